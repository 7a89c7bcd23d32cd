package org.sunshine.platform.petitions;

import java.time.LocalDate;
import org.sunshine.platform.texts.BadInput;
import org.sunshine.platform.texts.Conflict;

/**
 * A 行贿犯罪档案查询 (glossary: BriberyRecordCheck): requested with the names to check, answered once by 控申
 * with what the records show, in a result letter whose verification code anyone can check.
 */
class BriberyRecordCheck {

  enum State {
    REQUESTED,
    ANSWERED
  }

  /** As pages show it. */
  record View(
      long id,
      long unitId,
      String requester,
      String names,
      String purpose,
      State state,
      Boolean found,
      String finding,
      String verificationCode,
      LocalDate receivedOn,
      LocalDate dueOn,
      LocalDate answeredOn) {}

  View view() {
    return new View(
        id,
        unitId,
        requester,
        names,
        purpose,
        state,
        found,
        finding,
        verificationCode,
        receivedOn,
        dueOn,
        answeredOn);
  }

  final long id;
  final long unitId;
  final long applicantId;
  final String requester;
  final String names;
  final String purpose;
  final LocalDate receivedOn;
  final LocalDate dueOn;
  State state;
  Boolean found;
  String finding;
  String verificationCode;
  LocalDate answeredOn;
  String answeredBy;

  /** Requested on the public node: the answer goes back there. */
  boolean filedOutside;

  BriberyRecordCheck(
      long id,
      long unitId,
      long applicantId,
      String requester,
      String names,
      String purpose,
      LocalDate receivedOn,
      LocalDate dueOn) {
    this.id = id;
    this.unitId = unitId;
    this.applicantId = applicantId;
    this.requester = requester;
    this.names = names;
    this.purpose = purpose;
    this.receivedOn = receivedOn;
    this.dueOn = dueOn;
  }

  /**
   * Records what the records show: with a conviction of 行贿罪, 单位行贿罪, 对单位行贿罪 or 介绍贿赂罪, the finding
   * names it; the letter gets its verification code.
   */
  void answer(boolean convicted, String what, String code, LocalDate today, String by) {
    if (state != State.REQUESTED) {
      throw Conflict.of("petitions.bribery-record-check.answered.final");
    }
    if (convicted && (what == null || what.isBlank())) {
      throw BadInput.at("finding", "petitions.bribery-record-check.finding.required");
    }
    state = State.ANSWERED;
    found = convicted;
    finding = convicted ? what.strip() : null;
    verificationCode = code;
    answeredOn = today;
    answeredBy = by;
  }
}
