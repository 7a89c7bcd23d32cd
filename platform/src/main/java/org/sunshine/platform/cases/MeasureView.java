package org.sunshine.platform.cases;

import java.time.LocalDate;

/** One compulsory measure with its dates (endedOn null while in force). */
record MeasureView(CompulsoryMeasureKind kind, LocalDate startedOn, LocalDate endedOn) {}
