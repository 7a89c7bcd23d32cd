package org.sunshine.platform.hearings;

import java.time.Instant;

/**
 * A public hearing of a case: scheduled, announced to the public, then held with its outcome in
 * public wording, or cancelled. Observers are admitted only while it is announced, before it starts
 * and within the seats.
 */
final class PublicHearing {

  enum State {
    SCHEDULED,
    ANNOUNCED,
    HELD,
    CANCELLED
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
      throw new IllegalStateException("state: 只有待公告的听证可以公告");
    }
    if (!now.isBefore(startsAt)) {
      throw new IllegalStateException("startsAt: 听证时间已过，不能再公告");
    }
    state = State.ANNOUNCED;
  }

  /** The outcome in public wording, once the hearing has taken place. */
  void recordOutcome(String text, Instant now) {
    if (state != State.ANNOUNCED && state != State.SCHEDULED) {
      throw new IllegalStateException("state: 已办结或已取消的听证不能再登记结果");
    }
    if (now.isBefore(startsAt)) {
      throw new IllegalStateException("state: 听证尚未举行，不能登记结果");
    }
    if (text == null || text.isBlank() || text.length() > 2000) {
      throw new IllegalArgumentException("outcome: 请用可公开的表述填写听证结果（2000 字以内）");
    }
    state = State.HELD;
    outcome = text.strip();
  }

  void cancel() {
    if (state != State.SCHEDULED && state != State.ANNOUNCED) {
      throw new IllegalStateException("state: 已办结或已取消的听证不能取消");
    }
    state = State.CANCELLED;
  }

  /** Supervisors are drawn and excused until the hearing is held or cancelled. */
  void openForSupervisors() {
    if (state != State.SCHEDULED && state != State.ANNOUNCED) {
      throw new IllegalStateException("state: 已办结或已取消的听证不能再抽选人民监督员");
    }
  }

  void admitObserver(int seatsTaken, Instant now) {
    if (state != State.ANNOUNCED || !observersAdmitted) {
      throw new IllegalArgumentException("hearing: 该听证不接受旁听申请");
    }
    if (!now.isBefore(startsAt)) {
      throw new IllegalArgumentException("hearing: 听证已开始，旁听申请已截止");
    }
    if (seatsTaken >= observerSeats) {
      throw new IllegalArgumentException("hearing: 旁听席位已满");
    }
  }
}
