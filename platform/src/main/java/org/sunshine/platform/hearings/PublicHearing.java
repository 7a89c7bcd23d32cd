package org.sunshine.platform.hearings;

import java.time.Instant;
import org.sunshine.platform.texts.BadInput;
import org.sunshine.platform.texts.Conflict;

/**
 * A public hearing of a case: scheduled, announced to the public, then held with its outcome in
 * public wording, or cancelled; withdrawn from the public if its case turns out to be withheld by
 * law. Observers are admitted only while it is announced, before it starts and within the seats.
 */
final class PublicHearing {

  enum State {
    SCHEDULED,
    ANNOUNCED,
    HELD,
    CANCELLED,
    /** Taken back from the public: its case was found withheld by law after it was announced. */
    WITHDRAWN
  }

  final long id;
  final long unitId;
  final long caseId;
  final HearingKind kind;
  final String subject;
  final Instant startsAt;
  final String place;
  final boolean observersAdmitted;
  final int observerSeats;
  final int supervisorsNeeded;
  State state;
  String outcome;

  /** Listed from the internal node: observers apply there by request, the inside admits them. */
  final boolean replica;

  PublicHearing(
      long id,
      long unitId,
      long caseId,
      HearingKind kind,
      String subject,
      Instant startsAt,
      String place,
      boolean observersAdmitted,
      int observerSeats,
      int supervisorsNeeded,
      State state,
      String outcome,
      boolean replica) {
    this.id = id;
    this.unitId = unitId;
    this.caseId = caseId;
    this.kind = kind;
    this.subject = subject;
    this.startsAt = startsAt;
    this.place = place;
    this.observersAdmitted = observersAdmitted;
    this.observerSeats = observerSeats;
    this.supervisorsNeeded = supervisorsNeeded;
    this.state = state;
    this.outcome = outcome;
    this.replica = replica;
  }

  void announce(Instant now) {
    if (state != State.SCHEDULED) {
      throw Conflict.at("state", "hearings.public-hearing.announce.not-scheduled");
    }
    if (!now.isBefore(startsAt)) {
      throw Conflict.at("startsAt", "hearings.public-hearing.announce.time-passed");
    }
    state = State.ANNOUNCED;
  }

  /** The outcome in public wording, once the hearing has taken place. */
  void recordOutcome(String text, Instant now) {
    // Never from SCHEDULED: a hearing the public was never told of would appear, outcome and all.
    if (state != State.ANNOUNCED) {
      throw Conflict.at("state", "hearings.public-hearing.outcome.not-announced");
    }
    if (now.isBefore(startsAt)) {
      throw Conflict.at("state", "hearings.public-hearing.outcome.not-held");
    }
    if (text == null || text.isBlank() || text.length() > 2000) {
      throw BadInput.at("outcome", "hearings.public-hearing.outcome.required");
    }
    state = State.HELD;
    outcome = text.strip();
  }

  /** Also once withdrawn from the public, if it was never held: its supervisors are released. */
  void cancel() {
    boolean withdrawnUnheld = state == State.WITHDRAWN && outcome == null;
    if (state != State.SCHEDULED && state != State.ANNOUNCED && !withdrawnUnheld) {
      throw Conflict.at("state", "hearings.public-hearing.cancel.over");
    }
    state = State.CANCELLED;
  }

  /**
   * The public loses sight of it (RULES.md §1): its case turned out to be withheld by law after the
   * hearing was announced. Only what the public saw can be withdrawn.
   */
  void withdraw() {
    if (!shownToThePublic()) {
      throw Conflict.at("state", "hearings.public-hearing.withdraw.not-public");
    }
    state = State.WITHDRAWN;
  }

  /** Announced or held: what the public list and page show. */
  boolean shownToThePublic() {
    return state == State.ANNOUNCED || state == State.HELD;
  }

  /** Supervisors are drawn and excused until the hearing is held or cancelled. */
  void openForSupervisors() {
    if (state != State.SCHEDULED && state != State.ANNOUNCED) {
      throw Conflict.at("state", "hearings.public-hearing.redraw.over");
    }
  }

  void admitObserver(int seatsTaken, Instant now) {
    if (state != State.ANNOUNCED || !observersAdmitted) {
      throw BadInput.at("hearing", "hearings.public-hearing.observe.not-open");
    }
    if (!now.isBefore(startsAt)) {
      throw BadInput.at("hearing", "hearings.public-hearing.observe.started");
    }
    if (seatsTaken >= observerSeats) {
      throw BadInput.at("hearing", "hearings.public-hearing.observe.full");
    }
  }
}
