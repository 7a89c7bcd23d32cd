package org.sunshine.platform.petitions;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.sunshine.redaction.DocumentType;

/**
 * One petition for staff (no identity: that is {@link PetitionQueries#petitioner}, audited). A
 * transferred matter (移送) names the matter it came from and the one it became at the receiving unit
 * (filled on the detail views only).
 */
record PetitionView(
    long id,
    long unitId,
    String unitName,
    PetitionKind kind,
    PetitionChannel channel,
    PetitionState state,
    String subject,
    String body,
    String caseNumber,
    boolean anonymous,
    boolean confidential,
    LocalDate receivedOn,
    LocalDate completeOn,
    List<Deadline> deadlines,
    Long departmentId,
    String departmentName,
    String referredTo,
    String transferredTo,
    Long transferredFromId,
    Long takenUpAsId,
    Outcome outcome,
    String lockedBy,
    String lockedByName,
    int round,
    Long documentId,
    String withheldType,
    boolean extended,
    List<PetitionRows.ReplyRow> replies,
    List<PetitionRows.StepRow> steps,
    List<PetitionRows.ScanRow> scans) {

  /** The outcomes that fit this matter, for the result form. */
  public List<Outcome> outcomes() {
    return Arrays.stream(Outcome.values())
        .filter(o -> Petition.fits(kind, withheldType, o))
        .toList();
  }

  /** An objection to a withholding: the type of the document not published, as titled. */
  public String withheldTitle() {
    return withheldType == null ? null : DocumentType.valueOf(withheldType).title();
  }

  /** The next open clock (null when every clock is met). */
  public Deadline next() {
    return deadlines.stream()
        .filter(d -> d.met() == null)
        .min((a, b) -> a.due().compareTo(b.due()))
        .orElse(null);
  }

  public boolean overdue(LocalDate today) {
    Deadline n = next();
    return state.open() && n != null && n.overdue(today);
  }

  public boolean dueSoon(LocalDate today, int days) {
    Deadline n = next();
    return state.open() && n != null && n.dueSoon(today, days);
  }
}
