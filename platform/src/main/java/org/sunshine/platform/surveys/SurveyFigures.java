package org.sunshine.platform.surveys;

import java.util.List;

/**
 * A unit's satisfaction survey figures for one month (its round), rolled up over the units below
 * it, as the statistics pages and the JSON API show them: counts and rates, never a respondent.
 *
 * @param replyRate answered ÷ asked; null when nobody was asked
 */
public record SurveyFigures(
    String month,
    long unitId,
    long asked,
    long answered,
    long optedOut,
    Double replyRate,
    List<DimensionFigure> dimensions) {

  public SurveyFigures {
    dimensions = List.copyOf(dimensions);
  }

  /**
   * One dimension's answers.
   *
   * @param dimension PROCEDURE (执法程序), ABILITY (执法能力), CIVILITY (执法文明) or INTEGRITY (廉洁执法)
   * @param satisfactionRate 满意 and 基本满意 ÷ answers; null without answers
   */
  public record DimensionFigure(
      String dimension,
      long satisfied,
      long basicallySatisfied,
      long dissatisfied,
      Double satisfactionRate) {}
}
