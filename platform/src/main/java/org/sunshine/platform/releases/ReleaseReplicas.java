package org.sunshine.platform.releases;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunshine.platform.organisation.Directory;

/**
 * Copies published releases between nodes (ADR 11): exported as the public sees them, applied
 * idempotently on a public node with the same events as publishing, so its search and feeds follow.
 * A withdrawal is final there too.
 */
@Service
public class ReleaseReplicas {

  private final ReleaseReplicaRows rows;
  private final Directory directory;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  ReleaseReplicas(
      ReleaseReplicaRows rows, Directory directory, ApplicationEventPublisher events, Clock clock) {
    this.rows = rows;
    this.directory = directory;
    this.events = events;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public List<Long> publicReleaseIds() {
    return rows.publicIds();
  }

  @Transactional(readOnly = true)
  public Optional<ReleaseReplica> export(long releaseId) {
    return rows.find(releaseId);
  }

  /**
   * Applies a copy.
   *
   * @throws IllegalArgumentException naming the field (an unknown unit, a missing date)
   */
  @Transactional
  public void apply(ReleaseReplica r) {
    if (directory.find(r.unitId()).isEmpty()) {
      throw new IllegalArgumentException("unitId: 未知的检察院 " + r.unitId());
    }
    if (r.publishedOn() == null || r.publishedAt() == null) {
      throw new IllegalArgumentException("publishedOn: 缺少发布日期");
    }
    if (r.withdrawn() && (r.withdrawalReason() == null || r.withdrawnAt() == null)) {
      throw new IllegalArgumentException("withdrawalReason: 撤回须有公开的理由");
    }
    String before = rows.status(r.id()).orElse(null);
    if ("WITHDRAWN".equals(before)) {
      return;
    }
    rows.upsert(r, clock.instant());
    if (r.withdrawn()) {
      events.publishEvent(new ReleaseWithdrawn(r.id(), r.unitId(), r.withdrawalReason()));
    } else if (before == null) {
      events.publishEvent(new ReleasePublished(r.id(), r.unitId(), r.category(), r.publishedOn()));
    }
  }
}
