package org.sunshine.platform.access;

import java.time.Instant;
import org.sunshine.platform.cases.DisclosureCopy;

/**
 * 案管's decision on a forwarded application as it travels back to the public node: the status and
 * note the applicant sees, and when granted the grant (the 查询码 only as its hash, plus the clear
 * code until the applicant has seen it) with the one disclosure it opens.
 */
public record DecisionCopy(
    long originId,
    ApplicationStatus status,
    String note,
    Instant decidedAt,
    Long caseId,
    Long partyId,
    Long handlingUnitId,
    Grant grant,
    DisclosureCopy disclosure) {

  public record Grant(
      long id,
      long caseId,
      long partyId,
      Relation relation,
      String queryCodeHash,
      String pendingCode,
      String idNumberHash,
      Instant grantedAt,
      Instant expiresAt,
      Instant revokedAt,
      String revokeReason) {}
}
