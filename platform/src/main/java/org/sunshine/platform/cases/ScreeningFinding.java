package org.sunshine.platform.cases;

/**
 * A screening rule that fired for a record, named and versioned, and whether an approved override
 * lifts it.
 */
public record ScreeningFinding(
    String ruleId,
    String ruleVersion,
    ScreeningOutcome outcome,
    String reason,
    boolean overridden) {}
