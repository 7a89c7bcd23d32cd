package org.sunshine.platform.surveys;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunshine.platform.notifications.Message;
import org.sunshine.platform.notifications.MessageChannel;
import org.sunshine.platform.notifications.Notifications;
import org.sunshine.platform.notifications.SmsReplyReceived;

/**
 * Answers, by SMS reply (notifications' inbound port) or on the web form. An SMS reply goes to the
 * newest open invitation of its number (a number asked about two cases answers the later one
 * first); a reply to no open invitation is not ours and is left alone.
 */
@Service
class Replies {

  private final SurveyRows rows;
  private final FollowUps followUps;
  private final Notifications notifications;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Replies(
      SurveyRows rows,
      FollowUps followUps,
      Notifications notifications,
      ApplicationEventPublisher events,
      Clock clock) {
    this.rows = rows;
    this.followUps = followUps;
    this.notifications = notifications;
    this.events = events;
    this.clock = clock;
  }

  /** After the reply was recorded by notifications (退订 applied there too). */
  @ApplicationModuleListener
  void on(SmsReplyReceived reply) {
    received(reply.mobile(), reply.text(), reply.receivedAt());
  }

  @Transactional
  void received(String mobile, String text, Instant at) {
    List<Invitation> asked = rows.asked(mobile);
    ReplyParser.Reply reply = ReplyParser.parse(text);
    if (reply instanceof ReplyParser.OptOut) {
      rows.optOut(mobile, "SMS", at);
      for (Invitation i : asked) {
        i.optOut();
        rows.save(i);
        events.publishEvent(new SurveyInvitationChanged(i.id));
      }
      return;
    }
    LocalDate day = LocalDate.ofInstant(at, clock.getZone());
    Optional<Invitation> open = asked.stream().filter(i -> i.open(day)).findFirst();
    if (open.isEmpty() || reply instanceof ReplyParser.NotForUs) {
      return;
    }
    Invitation i = open.get();
    if (reply instanceof ReplyParser.Answer a) {
      answer(i, a.scores(), "SMS", at);
    } else if (i.notUnderstood(at)) {
      rows.save(i);
      help(i);
    } else {
      rows.save(i);
    }
  }

  /**
   * The web form's answer.
   *
   * @throws IllegalStateException when the invitation was answered, opted out of or has ended
   */
  @Transactional
  void answerOnWeb(Invitation i, Map<Dimension, Score> scores) {
    Invitation locked = rows.byId(i.id).orElseThrow();
    answer(locked, scores, "WEB", clock.instant());
  }

  /**
   * The public node's form's answer, as of when it was given there (in the caller's work). Its
   * follow-up's two working days run from now, when the unit can first see it.
   */
  void answerFromOutside(Invitation locked, Map<Dimension, Score> scores, Instant at) {
    answer(locked, scores, "WEB", at, clock.instant());
  }

  private void answer(Invitation i, Map<Dimension, Score> scores, String via, Instant at) {
    answer(i, scores, via, at, at);
  }

  private void answer(
      Invitation i, Map<Dimension, Score> scores, String via, Instant at, Instant arrived) {
    i.answer(scores, via, at, LocalDate.ofInstant(at, clock.getZone()));
    rows.save(i);
    followUps.openIfDissatisfied(i, arrived);
    events.publishEvent(new SurveyInvitationChanged(i.id));
  }

  /** The one help message: how to answer (the form's link is in the first SMS). */
  private void help(Invitation i) {
    notifications.send(
        new Message(
            "survey-help:" + i.id,
            i.recipient,
            Set.of(MessageChannel.SMS),
            i.mobile,
            null,
            "survey-help",
            List.of(),
            null,
            false,
            true,
            i.unitId));
  }
}
