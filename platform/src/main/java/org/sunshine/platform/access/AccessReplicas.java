package org.sunshine.platform.access;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunshine.platform.cases.CaseRef;
import org.sunshine.platform.cases.Cases;
import org.sunshine.platform.cases.DisclosureCopies;
import org.sunshine.platform.organisation.Directory;

/**
 * Access across a split deployment (ADR 11). Applicants sign in and apply on the public node; the
 * application and its materials are copied to the internal node, where 案管 verifies it as any other;
 * the decision — with the grant and a copy of the one disclosure it opens — is copied back, and
 * again whenever that party's record moves, so the public node answers status queries without
 * holding any other case data.
 */
@Service
public class AccessReplicas {

  private final AccessCopyRows rows;
  private final AccessRows access;
  private final Cases cases;
  private final DisclosureCopies disclosures;
  private final Directory directory;
  private final Clock clock;

  AccessReplicas(
      AccessCopyRows rows,
      AccessRows access,
      Cases cases,
      DisclosureCopies disclosures,
      Directory directory,
      Clock clock) {
    this.rows = rows;
    this.access = access;
    this.cases = cases;
    this.disclosures = disclosures;
    this.directory = directory;
    this.clock = clock;
  }

  /** The application as the public node holds it, with its materials. */
  @Transactional(readOnly = true)
  public Optional<ApplicationCopy> exportApplication(long applicationId) {
    return rows.application(applicationId);
  }

  /**
   * Takes in an application from the public node (internal node): the same checks of the case and
   * party as one made here; materials sent again are not added twice, and new ones put an
   * application that waited for them back in 案管's queue.
   */
  @Transactional
  public void receiveApplication(ApplicationCopy c) {
    if (directory.find(c.verifyingUnitId()).isEmpty()) {
      throw new IllegalArgumentException("verifyingUnitId: 未知的检察院 " + c.verifyingUnitId());
    }
    var now = clock.instant();
    Optional<Long> known = rows.byOrigin(c.originId());
    long id;
    if (known.isPresent()) {
      id = known.get();
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
    for (ApplicationCopy.Material m : c.materials()) {
      added |= rows.insertMaterial(id, m, now);
    }
    if (known.isPresent() && added) {
      access
          .application(id)
          .filter(a -> a.status() == ApplicationStatus.MORE_INFO_REQUESTED)
          .ifPresent(a -> access.resubmit(a.id()));
    }
  }

  /** The decision on an application that came from the public node; empty for one made here. */
  @Transactional(readOnly = true)
  public Optional<DecisionCopy> exportDecision(long applicationId) {
    return rows.decided(applicationId)
        .filter(d -> d.originId() != null)
        .map(
            d -> {
              var grant = rows.grantOf(applicationId).orElse(null);
              return new DecisionCopy(
                  d.originId(),
                  d.status(),
                  d.note(),
                  d.decidedAt(),
                  d.caseId(),
                  d.partyId(),
                  d.handlingUnitId(),
                  grant,
                  grant == null
                      ? null
                      : disclosures.export(grant.caseId(), grant.partyId()).orElse(null));
            });
  }

  /** Records the decision on the public node, with the grant and its disclosure copy. */
  @Transactional
  public void applyDecision(DecisionCopy d) {
    if (!rows.applyDecision(d)) {
      throw new IllegalArgumentException("originId: 本节点没有申请 " + d.originId());
    }
    if (d.grant() != null) {
      if (d.disclosure() == null) {
        throw new IllegalArgumentException("disclosure: 授权缺少案件信息副本");
      }
      disclosures.apply(d.disclosure());
      rows.upsertGrant(d.originId(), rows.applicantOf(d.originId()), d.grant());
    }
  }

  /**
   * Applications from the public node whose case changed (import or hand-recorded event) since
   * their copy was last queued; claims them, so each change is sent once (internal node).
   */
  @Transactional
  public List<Long> claimChangedCopies() {
    return rows.claimChangedCopies(clock.instant());
  }

  /** Every application from the public node with a live grant (the daily refresh of copies). */
  @Transactional(readOnly = true)
  public List<Long> remoteApplicationsWithLiveGrants() {
    return rows.remoteWithActiveGrants(clock.instant());
  }
}
