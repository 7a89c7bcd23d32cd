package org.sunshine.platform.hearings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The day before an open day, every visitor with a live booking is reminded of the time and place.
 * Runs on one instance (ShedLock); a booking is reminded once, however often the job runs. A run is
 * one transaction: its notices and the bookings' marks commit together or not at all.
 */
@Component
class OpenDayReminders {

  private final OpenDayRows rows;
  private final OpenDays openDays;
  private final OpenDayNotices notices;
  private final Clock clock;
  // Not @Transactional: the scheduler calls runDaily, and a call from runDaily to a method of this
  // same object never passes Spring's proxy, so the annotation would be ignored there.
  private final TransactionTemplate transaction;

  OpenDayReminders(
      OpenDayRows rows,
      OpenDays openDays,
      OpenDayNotices notices,
      Clock clock,
      PlatformTransactionManager transactions) {
    this.rows = rows;
    this.openDays = openDays;
    this.notices = notices;
    this.clock = clock;
    this.transaction = new TransactionTemplate(transactions);
  }

  @Scheduled(cron = "${sunshine.hearings.reminder-cron:0 0 9 * * *}")
  @SchedulerLock(name = "hearings.open-day-reminders")
  public void runDaily() {
    remind();
  }

  /** Reminds the visitors of open days starting tomorrow; returns how many were reminded. */
  public int remind() {
    Integer sent = transaction.execute(status -> remindTomorrow());
    return sent == null ? 0 : sent;
  }

  private int remindTomorrow() {
    LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
    var from = tomorrow.atStartOfDay(clock.getZone()).toInstant();
    var to = tomorrow.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
    Map<Long, OpenDayView> days = new HashMap<>();
    int sent = 0;
    for (OpenDayRows.Booking b : rows.toRemind(from, to)) {
      OpenDayView d = days.computeIfAbsent(b.openDayId(), openDays::get);
      notices.reminder(b, d);
      rows.reminded(b.id(), clock.instant());
      sent++;
    }
    return sent;
  }
}
