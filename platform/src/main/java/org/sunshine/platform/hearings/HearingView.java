package org.sunshine.platform.hearings;

import java.time.LocalDateTime;

/** A public hearing as pages show it; the case number only on staff pages. */
record HearingView(
    long id,
    long unitId,
    String unitName,
    long caseId,
    HearingKind kind,
    String subject,
    LocalDateTime startsAt,
    String place,
    boolean observersAdmitted,
    int observerSeats,
    int observers,
    int supervisorsNeeded,
    String state,
    String outcome) {

  public int seatsLeft() {
    return Math.max(0, observerSeats - observers);
  }

  public boolean open(LocalDateTime now) {
    return "ANNOUNCED".equals(state)
        && observersAdmitted
        && seatsLeft() > 0
        && now.isBefore(startsAt);
  }
}
