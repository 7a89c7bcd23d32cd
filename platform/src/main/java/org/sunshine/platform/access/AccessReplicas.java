package org.sunshine.platform.access;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunshine.platform.cases.CaseRef;
import org.sunshine.platform.cases.Cases;
import org.sunshine.platform.cases.DisclosureReplicas;
import org.sunshine.platform.cases.PartyDisclosure;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.texts.BadInput;

/**
 * Access across a split deployment (ADR 11). Applicants sign in and apply on the public node; the
 * application and its materials are copied to the internal node, where 案管 verifies it as any other;
 * the decision — with the grant and a replica of the one disclosure it opens — is copied back, and
 * again whenever that party's record moves, so the public node answers status queries without
 * holding any other case data.
 */
@Service
public class AccessReplicas {

  private final AccessReplicaRows rows;
  private final AccessRows access;
  private final Cases cases;
  private final DisclosureReplicas disclosures;
  private final Directory directory;
  private final ApplicantNotices notices;
  private final CaseProgressPush push;
  private final Clock clock;

  AccessReplicas(
      AccessReplicaRows rows,
      AccessRows access,
      Cases cases,
      DisclosureReplicas disclosures,
      Directory directory,
      ApplicantNotices notices,
      CaseProgressPush push,
      Clock clock) {
    this.notices = notices;
    this.push = push;
    this.rows = rows;
    this.access = access;
    this.cases = cases;
    this.disclosures = disclosures;
    this.directory = directory;
    this.clock = clock;
  }

  /** The application as the public node holds it, with its materials. */
  @Transactional(readOnly = true)
  public Optional<ApplicationReplica> exportApplication(long applicationId) {
    return rows.application(applicationId);
  }

  /**
   * Takes in an application from the public node (internal node): the same checks of the case and
   * party as one made here; materials sent again are not added twice, and new ones put an
   * application that waited for them back in 案管's queue.
   */
  @Transactional
  public void receiveApplication(ApplicationReplica c) {
    if (directory.find(c.verifyingUnitId()).isEmpty()) {
      throw BadInput.at(
          "verifyingUnitId", "access.access-replicas.unit.unknown", c.verifyingUnitId());
    }
    if (c.originKey() == null || c.mobile() == null) {
      throw BadInput.at("originKey", "access.access-replicas.origin-key.missing");
    }
    var now = clock.instant();
    Optional<AccessReplicaRows.Known> known = rows.byOrigin(c.originKey());
    if (known.isPresent() && !known.get().mobile().equals(c.mobile())) {
      throw BadInput.at("mobile", "access.access-replicas.mobile.mismatch");
    }
    long id;
    if (known.isPresent()) {
      id = known.get().id();
    } else {
      var ref = cases.locate(c.caseNumber());
      Long partyId =
          ref.flatMap(
                  r -> r.parties().stream().filter(p -> p.name().equals(c.partyName())).findFirst())
              .map(CaseRef.PartyRef::id)
              .orElse(null);
      id =
          rows.insert(
              c,
              rows.applicant(c.mobile(), now),
              ref.map(CaseRef::caseId).orElse(null),
              partyId,
              ref.map(CaseRef::unitId).orElse(null));
    }
    boolean added = false;
    for (ApplicationReplica.Material m : c.materials()) {
      added |= rows.insertMaterial(id, m, now);
    }
    if (known.isPresent() && added) {
      access
          .application(id)
          .map(AccessApplication::new)
          .filter(AccessApplication::awaitsMaterials)
          .ifPresent(
              a -> {
                a.resubmit();
                access.save(a);
              });
    }
  }

  /**
   * The decision on an application that came from the public node; empty for one made here. The
   * disclosure replica goes only with a live grant, and the clear 查询码 only once: it is forgotten
   * here as it is packed (in the packing transaction).
   */
  @Transactional
  public Optional<DecisionReplica> exportDecision(long applicationId) {
    var now = clock.instant();
    return rows.decided(applicationId)
        .filter(d -> d.originId() != null && d.originKey() != null)
        .map(
            d -> {
              var grant = rows.grantOf(applicationId).orElse(null);
              boolean live =
                  grant != null && grant.revokedAt() == null && grant.expiresAt().isAfter(now);
              if (grant != null && grant.pendingCode() != null) {
                rows.forgetPendingCode(applicationId);
              }
              return new DecisionReplica(
                  d.originId(),
                  d.originKey(),
                  d.mobile(),
                  d.status(),
                  d.note(),
                  d.decidedAt(),
                  d.caseId(),
                  d.partyId(),
                  d.handlingUnitId(),
                  grant,
                  live ? disclosures.export(grant.caseId(), grant.partyId()).orElse(null) : null);
            });
  }

  /**
   * Records the decision on the public node — only on the application it names (same key, same
   * applicant's mobile) — with the grant and, while it is live, its disclosure replica. A decided
   * application's materials leave the internet-facing database; an ended grant's replica goes
   * unless another live grant needs it.
   */
  @Transactional
  public void applyDecision(DecisionReplica d) {
    ApplicationStatus was = rows.statusOf(d.originId()).orElse(null);
    PartyDisclosure before =
        d.grant() == null ? null : held(d.grant().caseId(), d.grant().partyId());
    if (d.originKey() == null || !rows.applyDecision(d)) {
      throw BadInput.at("originKey", "access.access-replicas.origin-key.unknown", d.originId());
    }
    if (d.status() == ApplicationStatus.APPROVED
        || d.status() == ApplicationStatus.REJECTED
        || d.status() == ApplicationStatus.FORWARDED) {
      rows.purgeMaterials(d.originId());
    }
    long applicant = rows.applicantOf(d.originId());
    if (d.status() != was) {
      notices.answeredHere(
          d.originId(),
          applicant,
          d.status(),
          d.handlingUnitId(),
          d.decidedAt() == null ? clock.instant() : d.decidedAt());
    }
    var g = d.grant();
    if (g == null) {
      return;
    }
    var now = clock.instant();
    boolean live = g.revokedAt() == null && g.expiresAt().isAfter(now);
    if (live && d.disclosure() == null) {
      throw BadInput.at("disclosure", "access.access-replicas.disclosure.missing");
    }
    if (live) {
      disclosures.apply(d.disclosure());
      if (before != null) {
        push.replicaMoved(
            applicant, g.id(), g.caseId(), g.partyId(), before, d.disclosure().disclosure());
      }
    }
    boolean wasLive = rows.grantLive(g.id(), now);
    rows.upsertGrant(d.originId(), rows.applicantOf(d.originId()), g);
    if (wasLive && g.revokedAt() != null) {
      notices.revokedHere(
          applicant, g.id(), d.disclosure() == null ? "" : d.disclosure().caseNumber(), now);
    }
    if (!live && !rows.otherLiveGrant(g.caseId(), g.partyId(), g.id(), now)) {
      disclosures.remove(g.caseId(), g.partyId());
    }
  }

  /** The replica this node holds of a party's record, if any. */
  private PartyDisclosure held(long caseId, long partyId) {
    try {
      return cases.disclosure(caseId, partyId);
    } catch (NoSuchElementException e) {
      return null;
    }
  }

  /** Removes the replicas no live grant needs any more (public node; daily, for expiries). */
  @Scheduled(cron = "0 20 0 * * *")
  @SchedulerLock(name = "access.purge-ended-replicas")
  @Transactional
  public void purgeNightly() {
    purgeEndedReplicas();
  }

  @Transactional
  public int purgeEndedReplicas() {
    var ended = rows.endedGrantsOf(disclosures.held(), clock.instant());
    ended.forEach(e -> disclosures.remove(e.caseId(), e.partyId()));
    return ended.size();
  }

  /**
   * Applications from the public node whose case changed (import or hand-recorded event) since
   * their replica was last queued; claims them, so each change is sent once (internal node).
   */
  @Transactional
  public List<Long> claimChangedReplicas() {
    var live = rows.liveRemoteGrantsForUpdate(clock.instant());
    Map<Long, Long> revisions =
        cases.revisions(
            live.stream().map(AccessReplicaRows.Copied::caseId).collect(Collectors.toSet()));
    var changed =
        live.stream()
            .filter(g -> revisions.containsKey(g.caseId()))
            .filter(g -> !revisions.get(g.caseId()).equals(g.revision()))
            .toList();
    rows.markCopied(changed, revisions);
    return changed.stream().map(AccessReplicaRows.Copied::applicationId).toList();
  }

  /** Every application from the public node with a live grant (the daily refresh of replicas). */
  @Transactional(readOnly = true)
  public List<Long> remoteApplicationsWithLiveGrants() {
    return rows.remoteWithActiveGrants(clock.instant());
  }
}
