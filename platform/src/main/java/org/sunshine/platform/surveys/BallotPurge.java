package org.sunshine.platform.surveys;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every night a public node drops the survey ballots past their days (a single process holds none).
 * ShedLock runs it on one instance; a delete run twice would drop nothing more anyway.
 */
@Component
class BallotPurge {

  private final SurveyBallots ballots;

  BallotPurge(SurveyBallots ballots) {
    this.ballots = ballots;
  }

  @Scheduled(cron = "${sunshine.surveys.purge-cron:0 40 3 * * *}")
  @SchedulerLock(name = "surveys.purge-ballots", lockAtMostFor = "PT30M")
  public void nightly() {
    ballots.purgeClosedBallots();
  }
}
