package org.sunshine.platform.cases;

import java.time.Instant;
import java.time.LocalDate;

/** One change an administrator made to the working calendar, or the mark a day carries now. */
public record CalendarChange(
    LocalDate day, DayMark mark, String reason, String changedBy, Instant changedAt) {}
