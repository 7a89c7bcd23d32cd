package org.sunshine.platform.approval;

import java.time.Instant;
import org.sunshine.platform.organisation.Role;

/**
 * One recorded step: who decided what, when, with which comment, on which text version.
 *
 * @param decision SUBMITTED, APPROVED, RETURNED or CANCELLED
 */
public record ApprovalDecision(
    int step,
    Role role,
    String actor,
    String decision,
    String comment,
    String contentHash,
    Instant decidedAt) {}
