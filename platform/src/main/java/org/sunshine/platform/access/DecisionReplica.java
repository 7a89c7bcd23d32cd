package org.sunshine.platform.access;

import java.time.Instant;
import java.util.UUID;
import org.sunshine.platform.cases.DisclosureReplica;

/**
 * 案管's decision on a forwarded application as it travels back to the public node: the status and
 * note the applicant sees, and when granted the grant (the clear 查询码 once, for the applicant to see
 * once) with the one disclosure it opens while it is live. The application's key and the
 * applicant's mobile must match on the public node, or nothing is applied.
 */
public record DecisionReplica(
    long originId,
    UUID originKey,
    String mobile,
    ApplicationStatus status,
    String note,
    Instant decidedAt,
    Long caseId,
    Long partyId,
    Long handlingUnitId,
    Grant grant,
    DisclosureReplica disclosure) {

  public record Grant(
      long id,
      long caseId,
      long partyId,
      Relation relation,
      String pendingCode,
      Instant grantedAt,
      Instant expiresAt,
      Instant revokedAt,
      String revokeReason) {}
}
