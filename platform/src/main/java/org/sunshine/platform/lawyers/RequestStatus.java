package org.sunshine.platform.lawyers;

/** Where a lawyer request stands (see {@link LawyerRequest} for the transitions). */
enum RequestStatus {
  SUBMITTED,
  ACCEPTED,
  NEEDS_SUPPLEMENT,
  GRANTED,
  PARTLY_GRANTED,
  REFUSED,
  FULFILLED,
  CLOSED,
  WITHDRAWN;

  /** Still waiting for a decision: the clock runs (or is paused for a supplement). */
  boolean open() {
    return this == SUBMITTED || this == ACCEPTED || this == NEEDS_SUPPLEMENT;
  }

  boolean decided() {
    return this == GRANTED || this == PARTLY_GRANTED || this == REFUSED;
  }
}
