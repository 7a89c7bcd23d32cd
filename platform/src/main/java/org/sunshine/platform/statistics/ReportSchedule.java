package org.sunshine.platform.statistics;

import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.sunshine.platform.cases.WorkingCalendar;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.ProcuratorateLevel;

/**
 * On the first working day of a month (holidays and 调休 from {@code sunshine.calendar.*}), every
 * province and city gets the draft of last month's report, in approval.
 */
@Component
class ReportSchedule {

  private static final Logger log = LoggerFactory.getLogger(ReportSchedule.class);

  private final MonthlyReports reports;
  private final Directory directory;
  private final WorkingCalendar calendar;
  private final Clock clock;

  ReportSchedule(
      MonthlyReports reports, Directory directory, WorkingCalendar calendar, Clock clock) {
    this.reports = reports;
    this.directory = directory;
    this.calendar = calendar;
    this.clock = clock;
  }

  @Scheduled(cron = "${sunshine.statistics.report-cron:0 0 8 * * *}")
  @SchedulerLock(name = "statistics.monthly-report")
  public void daily() {
    LocalDate today = LocalDate.now(clock);
    if (today.equals(calendar.onOrAfter(today.withDayOfMonth(1)))) {
      draftAll(today.minusMonths(1).withDayOfMonth(1));
    }
  }

  /**
   * Drafts the month's report of every province and city (each once); not the supreme
   * procuratorate's, which no one in a provincial deployment approves.
   */
  int draftAll(LocalDate month) {
    int n = 0;
    for (var u : directory.all()) {
      if (u.level() == ProcuratorateLevel.PROVINCIAL || u.level() == ProcuratorateLevel.MUNICIPAL) {
        reports.draft(u.id(), month);
        n++;
      }
    }
    log.info("Monthly reports of {} drafted for {} units", month, n);
    return n;
  }
}
