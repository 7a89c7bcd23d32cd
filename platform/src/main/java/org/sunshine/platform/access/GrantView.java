package org.sunshine.platform.access;

import java.time.Instant;

/**
 * A grant to follow one party's record of one case.
 *
 * @param newQueryCode the 查询码 in clear, present only the first time the applicant views the grant
 */
record GrantView(
    long id,
    long caseId,
    long partyId,
    String caseNumber,
    String partyName,
    Relation relation,
    Instant grantedAt,
    Instant expiresAt,
    boolean active,
    String newQueryCode) {}
