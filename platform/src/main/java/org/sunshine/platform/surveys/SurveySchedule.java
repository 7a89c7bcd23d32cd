package org.sunshine.platform.surveys;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every day: a month whose survey day has come and whose round was not held (the platform was down
 * on the 23rd) is held now, for the window of its survey day. ShedLock runs it on one instance; the
 * round's unique month would stop a second one anyway.
 */
@Component
class SurveySchedule {

  private final SurveyRounds rounds;
  private final Clock clock;

  SurveySchedule(SurveyRounds rounds, Clock clock) {
    this.rounds = rounds;
    this.clock = clock;
  }

  @Scheduled(cron = "${sunshine.surveys.cron:0 0 10 * * *}")
  @SchedulerLock(name = "surveys.round", lockAtMostFor = "PT30M")
  public void daily() {
    LocalDate today = LocalDate.now(clock);
    // Last month's round first: a platform down from the 23rd to the month's end holds it late
    // rather than never (each round covers its own days, so holding it late loses nothing).
    LocalDate last = rounds.surveyDay(YearMonth.from(today).minusMonths(1));
    if (!rounds.held(last)) {
      rounds.hold(last);
    }
    LocalDate day = rounds.surveyDay(YearMonth.from(today));
    if (!today.isBefore(day) && !rounds.held(day)) {
      rounds.hold(day);
    }
  }
}
