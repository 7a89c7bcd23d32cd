package org.sunshine.platform.archives;

import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.sunshine.platform.cases.WorkingCalendar;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.ProcuratorateView;

/**
 * 每三个月…汇总立卷 (seed 001): on the first working day of a quarter (holidays and 调休 from the working
 * calendar) every unit's package of the quarter before is generated, once — a unit that already has
 * a package made after the quarter ended is skipped, so a restart or a second instance adds
 * nothing.
 */
@Component
class ArchiveSchedule {

  private static final Logger log = LoggerFactory.getLogger(ArchiveSchedule.class);

  private final ArchiveJobs jobs;
  private final ArchiveRows rows;
  private final Directory directory;
  private final WorkingCalendar calendar;
  private final Clock clock;

  ArchiveSchedule(
      ArchiveJobs jobs,
      ArchiveRows rows,
      Directory directory,
      WorkingCalendar calendar,
      Clock clock) {
    this.jobs = jobs;
    this.rows = rows;
    this.directory = directory;
    this.calendar = calendar;
    this.clock = clock;
  }

  /**
   * Daily from the quarter's first working day on: a unit that failed, or a platform that was down
   * that day, is packed at the next run ({@link #packAll} skips the units already packed).
   */
  @Scheduled(cron = "${sunshine.archives.package-cron:0 0 7 * * *}")
  @SchedulerLock(name = "archives.quarterly-packages", lockAtMostFor = "PT6H")
  public void daily() {
    LocalDate today = LocalDate.now(clock);
    Quarter current = Quarter.of(today);
    if (!today.isBefore(calendar.onOrAfter(current.firstDay()))) {
      packAll(current.previous());
    }
  }

  /** Each unit's package of the quarter, where it has none made after the quarter ended. */
  int packAll(Quarter q) {
    int n = 0;
    for (ProcuratorateView u : directory.all()) {
      if (!rows.hasComplete(u.id(), q)) {
        try {
          jobs.runNow(u.id(), q, "system");
          n++;
        } catch (RuntimeException e) {
          // Recorded as a failed run; the other units still get theirs, tomorrow retries this one.
          log.warn(
              "Archive package of unit {} {} not generated: {}", u.id(), q.code(), e.getMessage());
        }
      }
    }
    log.info("Archive packages of {} generated for {} units", q.code(), n);
    return n;
  }
}
