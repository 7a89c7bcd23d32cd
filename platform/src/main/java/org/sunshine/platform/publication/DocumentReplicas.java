package org.sunshine.platform.publication;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.texts.BadInput;
import org.sunshine.redaction.DocumentType;

/**
 * Replicas the public read model of documents between nodes (ADR 11): the internal node exports
 * what is published on the internet, a public node applies it. Applying is idempotent (a revision
 * or correction already there is skipped) and never undoes a withdrawal; it publishes the same
 * events as publishing does, so search follows on the public node too. Kiosk-only documents stay on
 * the internal network, where the kiosks are.
 */
@Service
public class DocumentReplicas {

  private final ReplicaRows rows;
  private final PublicationRows publications;
  private final Directory directory;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  DocumentReplicas(
      ReplicaRows rows,
      PublicationRows publications,
      Directory directory,
      ApplicationEventPublisher events,
      Clock clock) {
    this.rows = rows;
    this.publications = publications;
    this.directory = directory;
    this.events = events;
    this.clock = clock;
  }

  /** Every document with an internet revision (a full export). */
  @Transactional(readOnly = true)
  public List<Long> internetDocumentIds() {
    return rows.internetDocumentIds();
  }

  /** The document's public state now; empty when nothing of it was published on the internet. */
  @Transactional(readOnly = true)
  public Optional<DocumentReplica> export(long documentId) {
    List<DocumentReplica.Revision> revisions = rows.internetRevisions(documentId);
    if (revisions.isEmpty()) {
      return Optional.empty();
    }
    return rows.publicRecord(documentId)
        .map(
            p ->
                new DocumentReplica(
                    p.documentId(),
                    p.unitId(),
                    p.caseRef(),
                    p.withdrawnAt(),
                    liveTextOnly(revisions, p.withdrawnAt() != null),
                    rows.corrections(documentId)));
  }

  /**
   * Only the live revision's text crosses: a superseded or withdrawn text is nobody's to read, and
   * a withdrawal is often the repair of a bad redaction.
   */
  private static List<DocumentReplica.Revision> liveTextOnly(
      List<DocumentReplica.Revision> revisions, boolean withdrawn) {
    int live = revisions.stream().mapToInt(DocumentReplica.Revision::revision).max().orElse(0);
    return revisions.stream()
        .map(v -> withdrawn || v.revision() != live ? v.withoutText() : v)
        .toList();
  }

  /**
   * Applies a replica; returns whether anything changed.
   *
   * @throws IllegalArgumentException naming the field when the replica cannot be applied (an
   *     unknown unit, a text that does not match its fingerprint, an unknown document type)
   */
  @Transactional
  public boolean apply(DocumentReplica r) {
    validate(r);
    boolean changed = publications.registerPublic(r.documentId(), r.unitId(), r.caseRef());
    List<DocumentReplica.Revision> revisions =
        r.revisions().stream()
            .sorted(Comparator.comparingInt(DocumentReplica.Revision::revision))
            .toList();
    for (DocumentReplica.Revision v : revisions) {
      if (v.text().isEmpty()) {
        changed |= rows.eraseText(r.documentId(), v.revision());
      }
      if (rows.insertRevision(r.documentId(), r.unitId(), v)) {
        changed = true;
        events.publishEvent(
            new DocumentPublished(
                r.documentId(),
                v.id(),
                v.revision(),
                r.unitId(),
                DocumentType.valueOf(v.type()),
                PublicationChannel.INTERNET,
                v.publishedOn()));
      }
    }
    for (DocumentReplica.Correction c : r.corrections()) {
      changed |= rows.insertCorrection(r.documentId(), c);
    }
    if (r.withdrawnAt() != null && publications.markWithdrawn(r.documentId(), r.withdrawnAt())) {
      changed = true;
      DocumentReplica.Correction notice =
          r.corrections().stream()
              .filter(c -> "WITHDRAWN".equals(c.kind()))
              .reduce((a, b) -> b)
              .orElse(null);
      events.publishEvent(
          new DocumentWithdrawn(
              r.documentId(),
              r.unitId(),
              notice == null ? "" : notice.reason(),
              LocalDate.ofInstant(r.withdrawnAt(), clock.getZone()),
              notice != null && notice.orderedByUnit() != null));
    }
    return changed;
  }

  private void validate(DocumentReplica r) {
    if (directory.find(r.unitId()).isEmpty()) {
      throw BadInput.at("unitId", "publication.document-replicas.unit.unknown", r.unitId());
    }
    if (r.revisions().isEmpty()) {
      throw BadInput.at("revisions", "publication.document-replicas.revisions.none");
    }
    for (DocumentReplica.Revision v : r.revisions()) {
      try {
        DocumentType.valueOf(v.type());
      } catch (IllegalArgumentException e) {
        throw BadInput.at("type", "publication.document-replicas.type.unknown", v.type());
      }
      if (!v.text().isEmpty()
          && !Publications.fingerprint(v.title(), v.text()).equals(v.sha256())) {
        throw BadInput.at("text", "publication.document-replicas.text.fingerprint", v.revision());
      }
    }
    for (DocumentReplica.Correction c : r.corrections()) {
      if (c.orderedByUnit() != null && directory.find(c.orderedByUnit()).isEmpty()) {
        throw BadInput.at(
            "orderedByUnit", "publication.document-replicas.ordered-by.unknown", c.orderedByUnit());
      }
    }
  }
}
