package org.sunshine.platform.archives;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.sunshine.platform.notifications.Message;
import org.sunshine.platform.notifications.MessageChannel;
import org.sunshine.platform.notifications.Notifications;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.ProcuratorateView;
import org.sunshine.platform.organisation.Role;
import org.sunshine.platform.organisation.StaffAccounts;

/**
 * Seed 001: the year's disclosure work is published before 31 December. From 1 December, each day
 * until its report is published, every 案管 of a unit is reminded in the inbox (one message a day:
 * the day is in the message's key).
 */
@Component
class AnnualReminders {

  private final AnnualReportRows reports;
  private final Directory directory;
  private final StaffAccounts accounts;
  private final Notifications notifications;
  private final MessageSource messages;
  private final Clock clock;
  private final TransactionTemplate tx;

  AnnualReminders(
      AnnualReportRows reports,
      Directory directory,
      StaffAccounts accounts,
      Notifications notifications,
      MessageSource messages,
      Clock clock,
      TransactionTemplate tx) {
    this.tx = tx;
    this.messages = messages;
    this.reports = reports;
    this.directory = directory;
    this.accounts = accounts;
    this.notifications = notifications;
    this.clock = clock;
  }

  @Scheduled(cron = "${sunshine.archives.reminder-cron:0 30 8 * * *}")
  @SchedulerLock(name = "archives.annual-report-reminders")
  // The scheduled run is one transaction, begun inside the lock (so it commits before the lock is
  // released); the annotated method is called on this object, past its proxy.
  public void daily() {
    tx.execute(s -> send());
  }

  /** Today's reminders; returns how many people were reminded. */
  @Transactional
  public int send() {
    LocalDate today = LocalDate.now(clock);
    if (today.getMonthValue() != 12) {
      return 0;
    }
    int year = today.getYear();
    long daysLeft = ChronoUnit.DAYS.between(today, LocalDate.of(year, 12, 31));
    int n = 0;
    for (ProcuratorateView u : directory.all()) {
      var report = reports.find(u.id(), year);
      if (report.isPresent() && report.get().status() == AnnualReport.Status.PUBLISHED) {
        continue;
      }
      String state =
          messages.getMessage(
              "archives.annual.status." + report.map(r -> r.status().name()).orElse("NONE"),
              null,
              Locale.CHINA);
      for (String username : accounts.holdersOf(u.id(), Role.CASE_MANAGEMENT)) {
        notifications.send(
            new Message(
                "annual-report-reminder:" + u.id() + ":" + today,
                "staff:" + username,
                Set.of(MessageChannel.INBOX),
                null,
                null,
                "annual-report-reminder",
                List.of(String.valueOf(year), u.name(), state, daysLeft),
                "/console/archives/annual",
                false,
                false,
                u.id()));
        n++;
      }
    }
    return n;
  }
}
