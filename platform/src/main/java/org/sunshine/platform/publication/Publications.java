package org.sunshine.platform.publication;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The write side of the public read model, called by the documents and releases workflows inside
 * their publishing transaction (it joins theirs, and refuses to run without one, so a publication
 * and its workflow's state commit together or not at all). Each write publishes the event search,
 * feeds and transfer follow.
 */
@Service
public class Publications {

  private final PublicationRows documents;
  private final PublishedReleaseRows releases;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Publications(
      PublicationRows documents,
      PublishedReleaseRows releases,
      ApplicationEventPublisher events,
      Clock clock) {
    this.documents = documents;
    this.releases = releases;
    this.events = events;
    this.clock = clock;
  }

  /** Publishes a document revision; returns the id of its immutable published row. */
  @Transactional(propagation = Propagation.MANDATORY)
  public long publishDocument(DocumentRevision r) {
    documents.registerPublic(r.documentId(), r.unitId(), r.caseRef());
    long publishedId = documents.insert(r, fingerprint(r.title(), r.text()), clock.instant());
    if (r.correction() != null) {
      documents.correction(
          r.documentId(), "CORRECTED", r.correction(), r.publishedBy(), null, clock.instant());
    }
    events.publishEvent(
        new DocumentPublished(
            r.documentId(),
            publishedId,
            r.revision(),
            r.unitId(),
            r.type(),
            r.channel(),
            r.publishedOn()));
    return publishedId;
  }

  /**
   * Withdraws a published document with its public reason, by its unit or an upper unit's order.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void withdrawDocument(
      long documentId, long unitId, String reason, String by, Long orderedByUnit) {
    documents.markWithdrawn(documentId, clock.instant());
    documents.correction(documentId, "WITHDRAWN", reason, by, orderedByUnit, clock.instant());
    events.publishEvent(
        new DocumentWithdrawn(
            documentId, unitId, reason, LocalDate.now(clock), orderedByUnit != null));
  }

  /** A document's published revisions, newest first (empty when it was never published). */
  @Transactional(readOnly = true)
  public List<PublishedRevision> revisions(long documentId) {
    return documents.revisions(documentId);
  }

  /** A document's public correction log, newest first. */
  @Transactional(readOnly = true)
  public List<CorrectionEntry> corrections(long documentId) {
    return documents.corrections(documentId);
  }

  /** Publishes a release as approved; its id stays its public address. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void publishRelease(ReleaseEdition r) {
    releases.insert(r, clock.instant());
    events.publishEvent(
        new ReleasePublished(r.releaseId(), r.unitId(), r.category(), r.publishedOn()));
  }

  /** Pins a published release at a level until a date, or unpins it (level 0). */
  @Transactional(propagation = Propagation.MANDATORY)
  public void pinRelease(long releaseId, long unitId, int level, LocalDate until) {
    releases.pin(releaseId, level, level == 0 ? null : until);
    events.publishEvent(new ReleasePinned(releaseId, unitId, level));
  }

  /** Withdraws a published release; the public keeps only the notice and its reason. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void withdrawRelease(long releaseId, long unitId, String reason) {
    releases.withdraw(releaseId, reason, clock.instant());
    events.publishEvent(new ReleaseWithdrawn(releaseId, unitId, reason));
  }

  /**
   * The fingerprint of a public title and text (SHA-256): what approvals are recorded on and what a
   * replica's text is checked against.
   */
  public static String fingerprint(String title, String text) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      String content = (title == null ? "" : title) + "\n" + (text == null ? "" : text);
      return HexFormat.of().formatHex(md.digest(content.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
