package org.sunshine.platform.lawyers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Pattern;
import org.sunshine.platform.texts.BadInput;
import org.sunshine.platform.texts.Conflict;

/**
 * A lawyer's request on a bound case: submitted → accepted → decided (granted, partly granted, or
 * refused with a reason code and text) → fulfilled → closed; withdrawn by the lawyer while it
 * waits; a request for a supplement stops the clock until the lawyer supplies it. Every other move
 * throws.
 */
final class LawyerRequest {

  /** Reasons a refusal or partial grant may give (their words are in the message bundle). */
  /** An office phone: digits with an area code, an extension, spaces or dashes. */
  private static final Pattern PHONE = Pattern.compile("[0-9][0-9 -]{5,24}[0-9]");

  static final Set<String> REASONS =
      Set.of(
          "NOT_BOUND_FOR_MATTER",
          "STATE_SECRET",
          "OBSTRUCTS_INVESTIGATION",
          "NO_LEGAL_GROUNDS",
          "NOT_NEEDED_FOR_DEFENCE",
          "DUPLICATE",
          "OTHER");

  final long id;
  final long lawyerId;
  final long grantId;
  final long caseId;
  final long partyId;
  final String caseNumber;
  final String partyName;
  final long unitId;
  final RequestType type;
  final String details;
  final String proposedTimes;
  final Instant submittedAt;
  final int version;
  RequestStatus status;
  LocalDate dueOn;
  String dueBasis;
  LocalDate pausedOn;
  int pausedDays;
  String note;
  RequestStatus outcome;
  String reasonCode;
  String reasonText;
  String decidedBy;
  Instant decidedAt;
  Instant closedAt;
  int remindedLevel;
  String handlerPhone;

  LawyerRequest(RequestRows.RequestRow r) {
    this.id = r.id();
    this.lawyerId = r.lawyerId();
    this.grantId = r.grantId();
    this.caseId = r.caseId();
    this.partyId = r.partyId();
    this.caseNumber = r.caseNumber();
    this.partyName = r.partyName();
    this.unitId = r.unitId();
    this.type = r.type();
    this.details = r.details();
    this.proposedTimes = r.proposedTimes();
    this.submittedAt = r.submittedAt();
    this.version = r.version();
    this.status = r.status();
    this.dueOn = r.dueOn();
    this.dueBasis = r.dueBasis();
    this.pausedOn = r.pausedOn();
    this.pausedDays = r.pausedDays();
    this.note = r.note();
    this.outcome = r.outcome();
    this.reasonCode = r.reasonCode();
    this.reasonText = r.reasonText();
    this.decidedBy = r.decidedBy();
    this.decidedAt = r.decidedAt();
    this.closedAt = r.closedAt();
    this.remindedLevel = r.remindedLevel();
    this.handlerPhone = r.handlerPhone();
  }

  void accept() {
    require(status == RequestStatus.SUBMITTED, "lawyers.lawyer-request.accept.not-new");
    status = RequestStatus.ACCEPTED;
  }

  /** 案管 asks for more: the clock stops today. */
  void askForSupplement(String what, LocalDate today) {
    require(
        status == RequestStatus.SUBMITTED || status == RequestStatus.ACCEPTED,
        "lawyers.lawyer-request.correction.answered");
    if (what == null || what.isBlank()) {
      throw BadInput.at("note", "lawyers.lawyer-request.correction.note-required");
    }
    status = RequestStatus.NEEDS_SUPPLEMENT;
    note = what.strip();
    pausedOn = today;
  }

  /** The lawyer supplied it: the clock runs again from today, the due date moved by the pause. */
  void supplied(DueDates.Due moved, int days) {
    require(
        status == RequestStatus.NEEDS_SUPPLEMENT, "lawyers.lawyer-request.correction.not-asked");
    status = RequestStatus.ACCEPTED;
    dueOn = moved.dueOn();
    dueBasis = moved.basis();
    pausedDays += days;
    pausedOn = null;
  }

  /**
   * The decision. A refusal or a partial grant carries a reason code and written reasons (刑事诉讼规则
   * 第四十八条、第五十条、第五十二条; 刑事诉讼法 第九十七条); without them nothing changes.
   */
  void decide(RequestStatus to, String code, String text, String by, Instant at) {
    decide(to, code, text, by, null, at);
  }

  /** The decision, with the office phone the lawyer may call about it (null: the unit's). */
  void decide(RequestStatus to, String code, String text, String by, String phone, Instant at) {
    String cleanPhone = phone == null || phone.isBlank() ? null : phone.strip();
    if (cleanPhone != null && !PHONE.matcher(cleanPhone).matches()) {
      throw BadInput.at("handlerPhone", "lawyers.lawyer-request.handler-phone.format");
    }
    require(
        status == RequestStatus.SUBMITTED || status == RequestStatus.ACCEPTED,
        "lawyers.lawyer-request.answer.not-pending");
    if (to == null || !to.decided()) {
      throw BadInput.at("outcome", "lawyers.lawyer-request.outcome.required");
    }
    boolean reasoned = to == RequestStatus.REFUSED || to == RequestStatus.PARTLY_GRANTED;
    if (reasoned && (code == null || !REASONS.contains(code))) {
      throw BadInput.at("reasonCode", "lawyers.lawyer-request.reason-code.required");
    }
    if (reasoned && (text == null || text.strip().length() < 4)) {
      throw BadInput.at("reasonText", "lawyers.lawyer-request.reason-text.required");
    }
    status = to;
    outcome = to;
    reasonCode = reasoned ? code : null;
    reasonText = text == null || text.isBlank() ? null : text.strip();
    decidedBy = by;
    decidedAt = at;
    handlerPhone = cleanPhone;
  }

  /** Done as granted (the review took place, the file was released, the meeting held). */
  void fulfil(String what) {
    require(
        status == RequestStatus.GRANTED || status == RequestStatus.PARTLY_GRANTED,
        "lawyers.lawyer-request.complete.not-granted");
    status = RequestStatus.FULFILLED;
    if (what != null && !what.isBlank()) {
      note = what.strip();
    }
  }

  void close(Instant at) {
    require(
        status == RequestStatus.FULFILLED || status == RequestStatus.REFUSED,
        "lawyers.lawyer-request.archive.not-finished");
    status = RequestStatus.CLOSED;
    closedAt = at;
  }

  void withdraw(Instant at) {
    require(status.open(), "lawyers.lawyer-request.withdraw.answered");
    status = RequestStatus.WITHDRAWN;
    closedAt = at;
  }

  private static void require(boolean condition, String key) {
    if (!condition) {
      throw Conflict.of(key);
    }
  }

  /**
   * The working calendar changed (a holiday or 调休 marked after submission): the running clock is
   * counted again on the new calendar. Only while it runs; a decided request keeps its date.
   */
  boolean recount(DueDates.Due due) {
    if (status != RequestStatus.SUBMITTED && status != RequestStatus.ACCEPTED) {
      throw new IllegalStateException("only a running clock is counted again: " + status);
    }
    if (due.dueOn().equals(dueOn)) {
      return false;
    }
    dueOn = due.dueOn();
    dueBasis = due.basis();
    return true;
  }
}
