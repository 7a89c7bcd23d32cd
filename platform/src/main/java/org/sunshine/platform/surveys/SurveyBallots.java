package org.sunshine.platform.surveys;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.texts.BadInput;

/**
 * The survey's web form across a split deployment (ADR 11, 24). The invitation and its person stay
 * inside; its ballot — the token's hash, the unit, the last day and where it stands — is sent to
 * the public node, whose form the SMS links to. An answer given there crosses inside and is taken
 * if the invitation is still open as of when it was given (an SMS answer that reached the unit
 * first wins); the invitation's state then comes back, so the form says it was answered.
 */
@Service
public class SurveyBallots {

  private static final Pattern HASH = Pattern.compile("^[0-9a-f]{64}$");

  /** An invitation as the public node knows it, by its id inside. */
  public record Ballot(
      long originId, String tokenHash, long unitId, LocalDate answerBy, String status) {}

  /** An answer given on the public node: the four scores (1–3) in the questions' order. */
  public record BallotAnswer(long originId, List<Integer> scores, Instant answeredAt) {}

  private final BallotRows ballots;
  private final SurveyRows rows;
  private final Replies replies;
  private final Directory directory;
  private final ApplicationEventPublisher events;
  private final SurveyProperties properties;
  private final Clock clock;

  SurveyBallots(
      BallotRows ballots,
      SurveyRows rows,
      Replies replies,
      Directory directory,
      ApplicationEventPublisher events,
      SurveyProperties properties,
      Clock clock) {
    this.ballots = ballots;
    this.rows = rows;
    this.replies = replies;
    this.directory = directory;
    this.events = events;
    this.properties = properties;
    this.clock = clock;
  }

  /** An invitation's ballot (internal node). */
  @Transactional(readOnly = true)
  public Optional<Ballot> exportBallot(long invitationId) {
    return ballots.ofInvitation(invitationId);
  }

  /** The invitations still open (internal node): what a new public node is sent. */
  @Transactional(readOnly = true)
  public List<Long> openBallots() {
    return ballots.openInvitations(LocalDate.now(clock));
  }

  /** Keeps a ballot sent from inside (public node); sent again, it is updated, not doubled. */
  @Transactional
  public void applyBallot(Ballot b) {
    if (b.tokenHash() == null || !HASH.matcher(b.tokenHash()).matches()) {
      throw BadInput.at("tokenHash", "surveys.survey-ballots.token-hash.invalid");
    }
    if (directory.find(b.unitId()).isEmpty()) {
      throw BadInput.at("unitId", "surveys.survey-ballots.unit.unknown", b.unitId());
    }
    if (b.answerBy() == null) {
      throw BadInput.at("answerBy", "surveys.survey-ballots.answer-by.missing");
    }
    Invitation.Status.valueOf(b.status());
    ballots.upsert(b, clock.instant());
  }

  /** An answer given here (public node), for the internal node. */
  @Transactional(readOnly = true)
  public Optional<BallotAnswer> exportAnswer(long originId) {
    return ballots
        .byOrigin(originId)
        .filter(b -> b.answeredAt() != null && b.scores().size() == Dimension.values().length)
        .map(b -> new BallotAnswer(b.originId(), b.scores(), b.answeredAt()));
  }

  /**
   * Takes an answer given on the public node (internal node), as of when it was given; an
   * invitation answered by SMS meanwhile, or opted out of, keeps what it has. Either way its state
   * goes out again.
   */
  @Transactional
  public void receiveAnswer(BallotAnswer a) {
    Invitation i =
        rows.byId(a.originId())
            .orElseThrow(
                () ->
                    BadInput.at("originId", "surveys.survey-ballots.origin.unknown", a.originId()));
    Map<Dimension, Score> scores = scores(a.scores());
    Instant now = clock.instant();
    // As of when it was given outside, within what can be true: not before the SMS, not later
    // than now (the nodes' clocks may differ).
    Instant at = a.answeredAt() == null || a.answeredAt().isAfter(now) ? now : a.answeredAt();
    Instant sent = ballots.sentAt(i.id);
    if (at.isBefore(sent)) {
      at = sent;
    }
    if (i.open(LocalDate.ofInstant(at, clock.getZone()))) {
      replies.answerFromOutside(i, scores, at); // its state goes out with the answer's event
    } else {
      events.publishEvent(new SurveyInvitationChanged(i.id));
    }
  }

  /**
   * Drops the ballots the public node no longer needs, {@code ballot-keep-days} after their last
   * day: the internet-facing node keeps no token hash longer than its form can be used (plus a
   * margin for a late link). An answer still on its way in is kept.
   */
  @Transactional
  public int purgeClosedBallots() {
    return ballots.purgeClosedBefore(LocalDate.now(clock).minusDays(properties.ballotKeepDays()));
  }

  private static Map<Dimension, Score> scores(List<Integer> given) {
    if (given == null || given.size() != Dimension.values().length) {
      throw BadInput.at("scores", "surveys.survey-ballots.scores.four");
    }
    Map<Dimension, Score> scores = new EnumMap<>(Dimension.class);
    for (Dimension d : Dimension.values()) {
      Integer n = given.get(d.ordinal());
      scores.put(d, Score.of(n == null ? 0 : n));
    }
    return scores;
  }
}
