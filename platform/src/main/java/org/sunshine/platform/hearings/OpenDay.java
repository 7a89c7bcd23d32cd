package org.sunshine.platform.hearings;

import java.time.Instant;
import org.sunshine.platform.texts.BadInput;
import org.sunshine.platform.texts.Conflict;

/**
 * 检察开放日: scheduled by a unit, published for the public to book, then held or cancelled. Each
 * transition checks where the open day stands and fails with the reason; bookings are taken only
 * while it is published, before the booking deadline and within the seats left.
 */
final class OpenDay {

  enum State {
    SCHEDULED,
    PUBLISHED,
    CANCELLED,
    HELD
  }

  final long id;
  final long unitId;
  final String theme;
  final Instant startsAt;
  final Instant endsAt;
  final String place;
  final int capacity;
  final Instant bookingDeadline;
  State state;
  String cancelReason;

  /**
   * Listed from the internal node (a split deployment's public node): its bookings are requests the
   * internal node confirms, since only there are all the seats counted.
   */
  final boolean replica;

  OpenDay(
      long id,
      long unitId,
      String theme,
      Instant startsAt,
      Instant endsAt,
      String place,
      int capacity,
      Instant bookingDeadline,
      State state,
      String cancelReason,
      boolean replica) {
    this.id = id;
    this.unitId = unitId;
    this.theme = theme;
    this.startsAt = startsAt;
    this.endsAt = endsAt;
    this.place = place;
    this.capacity = capacity;
    this.bookingDeadline = bookingDeadline;
    this.state = state;
    this.cancelReason = cancelReason;
    this.replica = replica;
  }

  /** Opens it to the public: only a scheduled open day whose booking deadline is still ahead. */
  void publish(Instant now) {
    if (state != State.SCHEDULED) {
      throw Conflict.at("state", "hearings.open-day.publish.not-planned");
    }
    if (!now.isBefore(bookingDeadline)) {
      throw Conflict.at("bookingDeadline", "hearings.open-day.publish.deadline-passed");
    }
    state = State.PUBLISHED;
  }

  /** Calls it off with a reason the visitors are told; a held or cancelled one stays as it is. */
  void cancel(String reason) {
    if (state != State.SCHEDULED && state != State.PUBLISHED) {
      throw Conflict.at("state", "hearings.open-day.cancel.over");
    }
    if (reason == null || reason.isBlank()) {
      throw BadInput.at("reason", "hearings.open-day.cancel.reason-required");
    }
    state = State.CANCELLED;
    cancelReason = reason.strip();
  }

  /** Records that it took place: only a published open day, once it has begun. */
  void hold(Instant now) {
    if (state != State.PUBLISHED) {
      throw Conflict.at("state", "hearings.open-day.held.not-published");
    }
    if (now.isBefore(startsAt)) {
      throw Conflict.at("state", "hearings.open-day.held.not-started");
    }
    state = State.HELD;
  }

  /**
   * Whether a party of this size may book at {@code now} (for a request made outside, when it was
   * made there), with {@code seatsTaken} already booked.
   */
  void admit(int seatsTaken, int partySize, Instant now) {
    if (state != State.PUBLISHED) {
      throw BadInput.at("openDay", "hearings.open-day.book.not-open");
    }
    if (now.isAfter(bookingDeadline)) {
      throw BadInput.at("openDay", "hearings.open-day.book.closed");
    }
    if (seatsTaken + partySize > capacity) {
      throw BadInput.at(
          "partySize", "hearings.open-day.book.seats-left", Math.max(0, capacity - seatsTaken));
    }
  }

  /** A visitor may cancel their booking until the open day begins. */
  void releaseSeat(Instant now) {
    if (state == State.HELD || !now.isBefore(startsAt)) {
      throw Conflict.at("booking", "hearings.open-day.booking.cancel-started");
    }
  }
}
