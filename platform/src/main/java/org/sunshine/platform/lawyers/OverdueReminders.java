package org.sunshine.platform.lawyers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.sunshine.platform.cases.WorkingCalendar;
import org.sunshine.platform.notifications.Message;
import org.sunshine.platform.notifications.MessageChannel;
import org.sunshine.platform.notifications.Notifications;
import org.sunshine.platform.organisation.Role;
import org.sunshine.platform.organisation.StaffAccounts;
import org.sunshine.platform.texts.Texts;

/**
 * No request waits silently: each working morning an overdue request reminds 案管 of its unit; once
 * it is {@code escalate-after} working days late, the deputy chiefs too. Each person gets one
 * digest a day in 我的提醒; the request remembers how high it has climbed. ShedLock runs it on one
 * instance.
 */
@Component("lawyerOverdueReminders")
class OverdueReminders {

  private final RequestRows rows;
  private final StaffAccounts accounts;
  private final WorkingCalendar calendar;
  private final Notifications notifications;
  private final LawyerProperties properties;
  private final MessageSource messages;
  private final DueDateRecount recount;
  private final Clock clock;

  OverdueReminders(
      RequestRows rows,
      StaffAccounts accounts,
      WorkingCalendar calendar,
      Notifications notifications,
      LawyerProperties properties,
      MessageSource messages,
      DueDateRecount recount,
      Clock clock) {
    this.recount = recount;
    this.messages = messages;
    this.rows = rows;
    this.accounts = accounts;
    this.calendar = calendar;
    this.notifications = notifications;
    this.properties = properties;
    this.clock = clock;
  }

  @Scheduled(cron = "${sunshine.lawyers.reminder-cron:0 30 8 * * *}")
  @SchedulerLock(name = "lawyers.overdue-reminders")
  @Transactional
  public void runDaily() {
    // A holiday marked since yesterday moves running clocks before anyone is told they are late.
    recount.recountRunning();
    send();
  }

  /** Sends today's digests; returns how many people got one. */
  @Transactional
  public int send() {
    return send(LocalDate.now(clock));
  }

  /** As on that day (the job passes today). */
  int send(LocalDate today) {
    if (!calendar.isWorkingDay(today)) {
      return 0;
    }
    Map<String, List<String>> lines = new TreeMap<>();
    Map<String, Long> units = new TreeMap<>();
    for (LawyerRequest r : rows.overdue(today)) {
      int late = workingDaysLate(r.dueOn, today);
      List<String> who = new ArrayList<>(accounts.holdersOf(r.unitId, Role.CASE_MANAGEMENT));
      int level = 1;
      if (late >= properties.escalateAfter()) {
        who.addAll(accounts.holdersOf(r.unitId, Role.DEPUTY_CHIEF));
        level = 2;
      }
      String type = messages.getMessage("lawyers.type." + r.type, null, Locale.SIMPLIFIED_CHINESE);
      String line = Texts.text("lawyers.overdue-reminders.line", r.caseNumber, type, r.dueOn, late);
      for (String u : Set.copyOf(who)) {
        lines.computeIfAbsent(u, k -> new ArrayList<>()).add(line);
        units.putIfAbsent(u, r.unitId);
      }
      if (r.remindedLevel < level) {
        r.remindedLevel = level;
        rows.save(r);
      }
    }
    lines.forEach(
        (username, items) ->
            notifications.send(
                new Message(
                    "lawyer-overdue:" + today,
                    "staff:" + username,
                    Set.of(MessageChannel.INBOX),
                    null,
                    null,
                    "lawyer-overdue",
                    List.of(items.size(), String.join("；", items)),
                    "/console/lawyers",
                    false,
                    false,
                    units.get(username))));
    return lines.size();
  }

  /** Working days from the due date to today (the due day itself is not late). */
  private int workingDaysLate(LocalDate due, LocalDate today) {
    int late = 0;
    for (LocalDate day = due.plusDays(1); !day.isAfter(today); day = day.plusDays(1)) {
      late += calendar.isWorkingDay(day) ? 1 : 0;
    }
    return late;
  }
}
