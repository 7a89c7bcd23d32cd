package org.sunshine.platform.cases;

import java.time.LocalDate;

/** One compulsory measure with its dates (endedOn null while in force). */
public record MeasureView(CompulsoryMeasureKind kind, LocalDate startedOn, LocalDate endedOn) {}
