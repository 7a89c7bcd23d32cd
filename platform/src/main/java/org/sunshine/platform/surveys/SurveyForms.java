package org.sunshine.platform.surveys;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunshine.platform.infrastructure.NodeRole;
import org.sunshine.platform.texts.Conflict;

/**
 * What the web form reads and writes, wherever this node is: the invitation itself on a combined or
 * internal node, its ballot on a public node (where the answer then waits to cross inside).
 */
@Service
class SurveyForms {

  private static final Pattern TOKEN = Pattern.compile("^[A-Za-z0-9_-]{16,64}$");

  /** An invitation as the form shows it: never the case or the person. */
  record Form(long unitId, LocalDate answerBy, Invitation.Status status) {

    boolean open(LocalDate today) {
      return Invitation.open(status, answerBy, today);
    }
  }

  private final SurveyRows rows;
  private final BallotRows ballots;
  private final Replies replies;
  private final NodeRole role;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  SurveyForms(
      SurveyRows rows,
      BallotRows ballots,
      Replies replies,
      NodeRole role,
      ApplicationEventPublisher events,
      Clock clock) {
    this.rows = rows;
    this.ballots = ballots;
    this.replies = replies;
    this.role = role;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Whether a token not known here may still become known: on a public node a ballot reaches the
   * site with the next package, which may come after the SMS.
   */
  boolean mayStillArrive(String token) {
    return role == NodeRole.PUBLIC && TOKEN.matcher(token).matches();
  }

  /** The form of a token, or nothing for a token nobody was sent. */
  @Transactional(readOnly = true)
  public Optional<Form> find(String token) {
    if (!TOKEN.matcher(token).matches()) {
      return Optional.empty();
    }
    String hash = SurveyRounds.hash(token);
    if (role == NodeRole.PUBLIC) {
      return ballots
          .byTokenHash(hash, false)
          .map(b -> new Form(b.unitId(), b.answerBy(), b.status()));
    }
    return rows.byTokenHash(hash).map(i -> new Form(i.unitId, i.answerBy, i.status()));
  }

  /**
   * The form's answer, once.
   *
   * @throws IllegalStateException when it was answered, opted out of, or the time to answer ended
   */
  @Transactional
  public void answer(String token, Map<Dimension, Score> scores) {
    String hash = SurveyRounds.hash(token);
    if (role != NodeRole.PUBLIC) {
      Invitation i = rows.byTokenHash(hash).orElseThrow();
      replies.answerOnWeb(i, scores);
      return;
    }
    BallotRows.StoredBallot b = ballots.byTokenHash(hash, true).orElseThrow();
    Instant now = clock.instant();
    if (!Invitation.open(b.status(), b.answerBy(), LocalDate.ofInstant(now, clock.getZone()))) {
      throw Conflict.at("survey", "surveys.survey-forms.closed");
    }
    ballots.answered(b.id(), scores, now);
    events.publishEvent(new SurveyAnsweredOutside(b.originId()));
  }
}
