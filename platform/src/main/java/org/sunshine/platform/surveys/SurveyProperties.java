package org.sunshine.platform.surveys;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code sunshine.surveys} (docs/configuration.md).
 *
 * @param day the day of the month the round is held (seed 003: the 23rd); a later day in a short
 *     month means its last day
 * @param replyDays how long after the SMS a reply or the web form is taken
 * @param followUpWorkingDays the unit's time to follow up a 不满意 answer, in working days
 * @param minimumAge nobody younger on the survey day is asked (未成年人)
 * @param cron when the daily check runs (a round not yet held this month, on or after the day, is
 *     held then)
 * @param ballotKeepDays how long past its last day a public node keeps a ballot it no longer needs
 *     (answered and taken inside, opted out of, or never answered)
 */
@ConfigurationProperties("sunshine.surveys")
record SurveyProperties(
    @DefaultValue("23") int day,
    @DefaultValue("30") int replyDays,
    @DefaultValue("2") int followUpWorkingDays,
    @DefaultValue("18") int minimumAge,
    @DefaultValue("0 0 10 * * *") String cron,
    @DefaultValue("30") int ballotKeepDays) {

  SurveyProperties {
    if (day < 1 || day > 31) {
      throw new IllegalArgumentException("sunshine.surveys.day: 1 to 31, not " + day);
    }
    if (ballotKeepDays < 0) {
      throw new IllegalArgumentException(
          "sunshine.surveys.ballot-keep-days: 0 or more, not " + ballotKeepDays);
    }
  }
}
