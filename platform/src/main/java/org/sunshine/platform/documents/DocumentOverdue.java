package org.sunshine.platform.documents;

import java.time.LocalDate;

/** A document passed its due date unpublished and undecided (reported once per document). */
public record DocumentOverdue(
    long documentId, long unitId, String documentNumber, LocalDate dueOn) {}
