package org.sunshine.platform.surveys;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.sunshine.platform.organisation.StaffIdentity;

/**
 * The survey for other modules: a round held on a day and a follow-up closed (the demo; the
 * schedule and the console do these themselves), and a unit's figures for a month (statistics and
 * the JSON API).
 */
@Service
public class Surveys {

  private final SurveyRounds rounds;
  private final SurveyResults results;
  private final FollowUps followUps;

  Surveys(SurveyRounds rounds, SurveyResults results, FollowUps followUps) {
    this.rounds = rounds;
    this.results = results;
    this.followUps = followUps;
  }

  /** The open follow-ups of a unit, earliest due first (the demo closes one). */
  public List<Long> openFollowUps(long unitId) {
    return followUps.of(List.of(unitId), 100).stream()
        .filter(FollowUp::open)
        .map(f -> f.id)
        .toList();
  }

  /** The unit closes a follow-up with what it did (as on the console page). */
  public void closeFollowUp(StaffIdentity staff, long id, String note) {
    followUps.close(staff, id, note);
  }

  /** Holds the round of that survey day's month once; returns how many people were asked. */
  public int hold(LocalDate day) {
    return rounds.hold(day).asked();
  }

  /** A unit's figures for the round of a month, rolled up; all zero when no round was held. */
  public SurveyFigures figures(long unitId, YearMonth month) {
    Tally t =
        results.of(unitId, month.atDay(1)).map(SurveyResults.Results::total).orElseGet(Tally::new);
    return figures(month, unitId, t);
  }

  static SurveyFigures figures(YearMonth month, long unitId, Tally t) {
    List<SurveyFigures.DimensionFigure> dims = new ArrayList<>();
    for (Dimension d : Dimension.values()) {
      dims.add(
          new SurveyFigures.DimensionFigure(
              d.name(),
              t.count(d, Score.SATISFIED),
              t.count(d, Score.BASICALLY_SATISFIED),
              t.count(d, Score.DISSATISFIED),
              t.satisfaction(d)));
    }
    return new SurveyFigures(
        month.toString(), unitId, t.invited(), t.answered(), t.optedOut(), t.replyRate(), dims);
  }
}
