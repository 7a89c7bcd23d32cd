package org.sunshine.platform.hearings;

import java.time.LocalDateTime;

/** An open day as pages show it, in the platform's time zone. */
record OpenDayView(
    long id,
    long unitId,
    String unitName,
    String theme,
    LocalDateTime startsAt,
    LocalDateTime endsAt,
    String place,
    int capacity,
    int seatsTaken,
    LocalDateTime bookingDeadline,
    String state,
    String cancelReason) {

  public int seatsLeft() {
    return Math.max(0, capacity - seatsTaken);
  }

  /** Whether the public may book now (published, seats left, deadline ahead). */
  public boolean bookable(LocalDateTime now) {
    return "PUBLISHED".equals(state) && seatsLeft() > 0 && !now.isAfter(bookingDeadline);
  }
}
