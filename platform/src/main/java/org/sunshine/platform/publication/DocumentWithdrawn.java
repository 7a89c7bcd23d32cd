package org.sunshine.platform.publication;

import java.time.LocalDate;

/** A published document was withdrawn (by its unit's approval or by an upper unit's order). */
public record DocumentWithdrawn(
    long documentId,
    long unitId,
    String reason,
    LocalDate withdrawnOn,
    boolean orderedByUpperUnit) {}
