package org.sunshine.platform.cases;

import java.time.LocalDate;

/**
 * A procedural event was recorded on a case (by import or by hand); notifications listen after
 * commit.
 */
public record CaseProgressed(
    long caseId, String caseNumber, Long partyId, CaseEventType type, LocalDate on) {}
