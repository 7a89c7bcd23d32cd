package org.sunshine.platform.hearings;

import java.time.LocalDateTime;

/**
 * An open day as a unit schedules it: what it is about, when and where, how many seats and until
 * when the public may book.
 */
public record NewOpenDay(
    String theme,
    LocalDateTime startsAt,
    LocalDateTime endsAt,
    String place,
    int capacity,
    LocalDateTime bookingDeadline) {}
