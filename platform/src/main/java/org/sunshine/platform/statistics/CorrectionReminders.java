package org.sunshine.platform.statistics;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.sunshine.platform.texts.Texts;

/**
 * Every morning, each correction still ordered past its due date reminds the unit's 案管 (and the log
 * says so); once a day per correction, on one instance (ShedLock). Reminders climb: once it is
 * {@code escalate-days} late, the unit's deputy chiefs and whoever ordered it are told too.
 */
@Component
class CorrectionReminders {

  private final CorrectionRows rows;
  private final Corrections corrections;
  private final Clock clock;
  private final TransactionTemplate tx;
  private final int escalateDays;

  CorrectionReminders(
      CorrectionRows rows,
      Corrections corrections,
      Clock clock,
      TransactionTemplate tx,
      @Value("${sunshine.statistics.correction-escalate-days:5}") int escalateDays) {
    this.rows = rows;
    this.corrections = corrections;
    this.clock = clock;
    this.tx = tx;
    this.escalateDays = escalateDays;
  }

  @Scheduled(cron = "${sunshine.statistics.correction-reminder-cron:0 10 7 * * *}")
  @SchedulerLock(name = "statistics.correction-reminders")
  // The scheduled run is one transaction, begun inside the lock (so it commits before the lock is
  // released); the annotated method is called on this object, past its proxy.
  public void runDaily() {
    tx.execute(s -> remind());
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
      String key = "correction-overdue:" + c.id() + ":" + today;
      List<Object> args = List.of(c.requirement(), c.dueOn().toString(), late);
      corrections.tell(c.unitId(), key, "correction-overdue", args, c.id());
      if (late >= escalateDays) {
        corrections.escalate(c, key, args);
      }
      rows.step(
          c.id(),
          "REMINDED",
          "system",
          Texts.text("statistics.correction-reminders.reminded.note", late),
          clock.instant());
      n++;
    }
    return n;
  }
}
