package org.sunshine.platform.approval;

import java.time.Instant;
import org.sunshine.platform.organisation.Role;

/**
 * One recorded step: who decided what, when, with which comment, on which text version.
 *
 * @param actor the decider's login name (what the rules compare)
 * @param actorName the name people know the decider by (what pages show)
 * @param decision SUBMITTED, APPROVED, RETURNED or CANCELLED
 */
public record ApprovalDecision(
    int step,
    Role role,
    String actor,
    String actorName,
    String decision,
    String comment,
    String contentHash,
    Instant decidedAt) {}
