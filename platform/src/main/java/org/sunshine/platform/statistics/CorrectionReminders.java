package org.sunshine.platform.statistics;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every morning, each correction still ordered past its due date reminds the unit's 案管 (and the log
 * says so); once a day per correction, on one instance (ShedLock).
 */
@Component
class CorrectionReminders {

  private final CorrectionRows rows;
  private final Corrections corrections;
  private final Clock clock;

  CorrectionReminders(CorrectionRows rows, Corrections corrections, Clock clock) {
    this.rows = rows;
    this.corrections = corrections;
    this.clock = clock;
  }

  @Scheduled(cron = "${sunshine.statistics.correction-reminder-cron:0 10 7 * * *}")
  @SchedulerLock(name = "statistics.correction-reminders")
  @Transactional // remind() is called on this object, past the proxy: its own annotation is not
  // seen
  public void runDaily() {
    remind();
  }

  /** Reminds of today's overdue corrections; returns how many were reminded now. */
  @Transactional
  public int remind() {
    LocalDate today = LocalDate.now(clock);
    var dayStart = today.atStartOfDay(clock.getZone()).toInstant();
    int n = 0;
    for (Correction c : rows.overdue(today)) {
      if (rows.remindedOn(c.id(), dayStart)) {
        continue;
      }
      long late = ChronoUnit.DAYS.between(c.dueOn(), today);
      corrections.tell(
          c.unitId(),
          "correction-overdue:" + c.id() + ":" + today,
          "correction-overdue",
          List.of(c.requirement(), c.dueOn().toString(), late),
          c.id());
      rows.step(c.id(), "REMINDED", "system", "超期 " + late + " 天", clock.instant());
      n++;
    }
    return n;
  }
}
