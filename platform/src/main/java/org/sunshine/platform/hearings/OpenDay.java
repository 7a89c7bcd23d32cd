package org.sunshine.platform.hearings;

import java.time.Instant;

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
      throw new IllegalStateException("state: 只有待发布的开放日可以发布");
    }
    if (!now.isBefore(bookingDeadline)) {
      throw new IllegalStateException("bookingDeadline: 预约截止时间已过，请重新安排后再发布");
    }
    state = State.PUBLISHED;
  }

  /** Calls it off with a reason the visitors are told; a held or cancelled one stays as it is. */
  void cancel(String reason) {
    if (state != State.SCHEDULED && state != State.PUBLISHED) {
      throw new IllegalStateException("state: 已举办或已取消的开放日不能取消");
    }
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("reason: 请填写取消原因，将通知已预约的群众");
    }
    state = State.CANCELLED;
    cancelReason = reason.strip();
  }

  /** Records that it took place: only a published open day, once it has begun. */
  void hold(Instant now) {
    if (state != State.PUBLISHED) {
      throw new IllegalStateException("state: 只有已发布的开放日可以登记为已举办");
    }
    if (now.isBefore(startsAt)) {
      throw new IllegalStateException("state: 开放日尚未开始，不能登记为已举办");
    }
    state = State.HELD;
  }

  /**
   * Whether a party of this size may book at {@code now} (for a request made outside, when it was
   * made there), with {@code seatsTaken} already booked.
   */
  void admit(int seatsTaken, int partySize, Instant now) {
    if (state != State.PUBLISHED) {
      throw new IllegalArgumentException("openDay: 该开放日不接受预约");
    }
    if (now.isAfter(bookingDeadline)) {
      throw new IllegalArgumentException("openDay: 预约已截止");
    }
    if (seatsTaken + partySize > capacity) {
      throw new IllegalArgumentException(
          "partySize: 名额不足，剩余 " + Math.max(0, capacity - seatsTaken) + " 个");
    }
  }

  /** A visitor may cancel their booking until the open day begins. */
  void releaseSeat(Instant now) {
    if (state == State.HELD || !now.isBefore(startsAt)) {
      throw new IllegalStateException("booking: 开放日已开始，不能取消预约");
    }
  }
}
