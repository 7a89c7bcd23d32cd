package org.sunshine.platform.publication;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A published document as it crosses to a public node: its public record, every internet revision
 * (the text of the live one only, none once withdrawn) and its public correction log — nothing else
 * (no original, no findings, no staff names).
 */
public record DocumentReplica(
    long documentId,
    long unitId,
    long caseRef,
    Instant withdrawnAt,
    List<Revision> revisions,
    List<Correction> corrections) {

  public DocumentReplica {
    revisions = List.copyOf(revisions);
    corrections = List.copyOf(corrections);
  }

  public record Revision(
      long id,
      int revision,
      String type,
      String number,
      String title,
      String text,
      String sha256,
      String charge,
      LocalDate decidedOn,
      LocalDate publishedOn,
      Instant publishedAt,
      long approvalId) {

    /** The same revision with its text erased (its fingerprint stays, to show what it was). */
    public Revision withoutText() {
      return new Revision(
          id,
          revision,
          type,
          number,
          title,
          "",
          sha256,
          charge,
          decidedOn,
          publishedOn,
          publishedAt,
          approvalId);
    }
  }

  public record Correction(
      long id, String kind, String reason, Long orderedByUnit, Instant occurredAt) {}
}
