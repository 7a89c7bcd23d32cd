package org.sunshine.platform.documents;

import java.time.LocalDate;

/** A document will not be published, for a recorded reason (counts as 不公开). */
public record DocumentWithheld(
    long documentId, long unitId, WithholdingReason reason, LocalDate withheldOn) {}
