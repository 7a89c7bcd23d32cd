package org.sunshine.platform.surveys;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.sunshine.platform.texts.BadInput;
import org.sunshine.platform.texts.Conflict;

/**
 * One person asked about one concluded case. It is answered once (by SMS or on the web form) while
 * it is open; a reply that is not understood earns one help message, never a second; TD closes it.
 */
final class Invitation {

  enum Status {
    ASKED,
    ANSWERED,
    OPTED_OUT
  }

  /** Who was asked, as a kind: the results and follow-ups never carry more than this. */
  enum Respondent {
    PARTY,
    DEFENCE_COUNSEL,
    KEY_WITNESS
  }

  final long id;
  final long caseId;
  final String caseNumber;
  final long unitId;
  final Long departmentId;
  final Respondent respondent;
  final String recipient;
  final String mobile;
  final LocalDate answerBy;
  private Status status;
  private final Map<Dimension, Score> scores;
  private Instant answeredAt;
  private String channel;
  private int badReplies;
  private Instant helpSentAt;

  Invitation(
      long id,
      long caseId,
      String caseNumber,
      long unitId,
      Long departmentId,
      Respondent respondent,
      String recipient,
      String mobile,
      LocalDate answerBy,
      Status status,
      Map<Dimension, Score> scores,
      Instant answeredAt,
      String channel,
      int badReplies,
      Instant helpSentAt) {
    this.id = id;
    this.caseId = caseId;
    this.caseNumber = caseNumber;
    this.unitId = unitId;
    this.departmentId = departmentId;
    this.respondent = respondent;
    this.recipient = recipient;
    this.mobile = mobile;
    this.answerBy = answerBy;
    this.status = status;
    this.scores = scores.isEmpty() ? new EnumMap<>(Dimension.class) : new EnumMap<>(scores);
    this.answeredAt = answeredAt;
    this.channel = channel;
    this.badReplies = badReplies;
    this.helpSentAt = helpSentAt;
  }

  /** Whether an answer is still taken on this day. */
  boolean open(LocalDate today) {
    return open(status, answerBy, today);
  }

  /**
   * The one rule, for an invitation or its ballot on a public node: asked, and not past its day.
   */
  static boolean open(Status status, LocalDate answerBy, LocalDate today) {
    return status == Status.ASKED && !today.isAfter(answerBy);
  }

  /**
   * The answer, once.
   *
   * @throws IllegalStateException when it was answered, opted out of, or the time to answer ended
   */
  void answer(Map<Dimension, Score> given, String via, Instant at, LocalDate today) {
    if (status == Status.ANSWERED) {
      throw Conflict.at("survey", "surveys.invitation.answered");
    }
    if (status == Status.OPTED_OUT) {
      throw Conflict.at("survey", "surveys.invitation.opted-out");
    }
    if (today.isAfter(answerBy)) {
      throw Conflict.at("survey", "surveys.invitation.closed", answerBy);
    }
    if (given.size() != Dimension.values().length) {
      throw BadInput.at("scores", "surveys.invitation.scores.all");
    }
    scores.putAll(given);
    channel = via;
    answeredAt = at;
    status = Status.ANSWERED;
  }

  /** A reply not understood; true when this is the first, which earns the one help message. */
  boolean notUnderstood(Instant at) {
    badReplies++;
    if (helpSentAt != null) {
      return false;
    }
    helpSentAt = at;
    return true;
  }

  /** TD: an open invitation is closed; an answer already given stays. */
  void optOut() {
    if (status == Status.ASKED) {
      status = Status.OPTED_OUT;
    }
  }

  /** The dimensions rated 不满意, in order. */
  List<Dimension> dissatisfiedOn() {
    return scores.entrySet().stream()
        .filter(e -> e.getValue() == Score.DISSATISFIED)
        .map(Map.Entry::getKey)
        .toList();
  }

  Status status() {
    return status;
  }

  Map<Dimension, Score> scores() {
    return Map.copyOf(scores);
  }

  Instant answeredAt() {
    return answeredAt;
  }

  String channel() {
    return channel;
  }

  int badReplies() {
    return badReplies;
  }

  Instant helpSentAt() {
    return helpSentAt;
  }
}
