package org.sunshine.platform.publication;

import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.texts.BadInput;
import org.sunshine.platform.texts.Texts;

/**
 * Replicas published releases between nodes (ADR 11): exported as the public sees them, applied
 * idempotently on a public node with the same events as publishing, so its search and feeds follow.
 * A withdrawal is final there too, and erases the text the public node held.
 */
@Service
public class ReleaseReplicas {

  /** Releases are published by the press office (or 案管); a replica names the role, not a person. */
  static final String PUBLISHER = Texts.text("publication.release-replicas.publisher");

  private final PublishedReleaseRows rows;
  private final Directory directory;
  private final ApplicationEventPublisher events;

  ReleaseReplicas(
      PublishedReleaseRows rows, Directory directory, ApplicationEventPublisher events) {
    this.rows = rows;
    this.directory = directory;
    this.events = events;
  }

  @Transactional(readOnly = true)
  public List<Long> publicReleaseIds() {
    return rows.allIds();
  }

  @Transactional(readOnly = true)
  public Optional<ReleaseReplica> export(long releaseId) {
    return rows.find(releaseId).map(ReleaseReplicas::replica);
  }

  /**
   * Applies a replica.
   *
   * @throws IllegalArgumentException naming the field (an unknown unit, a missing date)
   */
  @Transactional
  public void apply(ReleaseReplica r) {
    validate(r);
    Optional<PublishedReleaseRows.Row> before = rows.find(r.id());
    if (before.map(PublishedReleaseRows.Row::withdrawn).orElse(false)) {
      return;
    }
    rows.register(r.id(), r.unitId(), r.caseRef());
    boolean isNew = rows.insertReplica(r);
    if (r.withdrawn()) {
      rows.withdraw(r.id(), r.withdrawalReason(), r.withdrawnAt());
      rows.eraseText(r.id());
      events.publishEvent(new ReleaseWithdrawn(r.id(), r.unitId(), r.withdrawalReason()));
      return;
    }
    rows.pin(r.id(), r.pinLevel(), r.pinLevel() == 0 ? null : r.pinnedUntil());
    if (isNew) {
      events.publishEvent(new ReleasePublished(r.id(), r.unitId(), r.category(), r.publishedOn()));
    }
  }

  private void validate(ReleaseReplica r) {
    if (directory.find(r.unitId()).isEmpty()) {
      throw BadInput.at("unitId", "publication.release-replicas.unit.unknown", r.unitId());
    }
    if (r.publishedOn() == null || r.publishedAt() == null) {
      throw BadInput.at("publishedOn", "publication.release-replicas.published-on.missing");
    }
    if (r.withdrawn() && (r.withdrawalReason() == null || r.withdrawnAt() == null)) {
      throw BadInput.at(
          "withdrawalReason", "publication.release-replicas.withdrawal-reason.missing");
    }
  }

  private static ReleaseReplica replica(PublishedReleaseRows.Row r) {
    boolean withdrawn = r.withdrawn();
    return new ReleaseReplica(
        r.id(),
        r.unitId(),
        r.category(),
        withdrawn ? PublishedReleases.WITHDRAWN_TITLE : r.title(),
        withdrawn ? "" : r.body(),
        r.caseRef(),
        withdrawn,
        r.pinLevel(),
        r.pinnedUntil(),
        r.publishedOn(),
        r.publishedAt(),
        r.withdrawalReason(),
        r.withdrawnAt());
  }
}
