package org.sunshine.platform.hearings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The day before an open day, every visitor with a live booking is reminded of the time and place.
 * Runs on one instance (ShedLock); a booking is reminded once, however often the job runs.
 */
@Component
class OpenDayReminders {

  private final OpenDayRows rows;
  private final OpenDays openDays;
  private final OpenDayNotices notices;
  private final Clock clock;

  OpenDayReminders(OpenDayRows rows, OpenDays openDays, OpenDayNotices notices, Clock clock) {
    this.rows = rows;
    this.openDays = openDays;
    this.notices = notices;
    this.clock = clock;
  }

  @Scheduled(cron = "${sunshine.hearings.reminder-cron:0 0 9 * * *}")
  @SchedulerLock(name = "hearings.open-day-reminders")
  public void runDaily() {
    remind();
  }

  /** Reminds the visitors of open days starting tomorrow; returns how many were reminded. */
  @Transactional
  public int remind() {
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
