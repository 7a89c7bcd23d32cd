package org.sunshine.platform.documents;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.sunshine.platform.cases.CaseView;
import org.sunshine.platform.cases.Cases;
import org.sunshine.platform.cases.WorkingCalendar;
import org.sunshine.platform.notifications.Message;
import org.sunshine.platform.notifications.MessageChannel;
import org.sunshine.platform.notifications.Notifications;
import org.sunshine.platform.organisation.Role;
import org.sunshine.platform.organisation.StaffAccounts;
import org.sunshine.platform.texts.Texts;

/**
 * Reminders that climb (issue 17): a document due within {@code remind-before} working days reminds
 * its handler; once overdue, the handler and the unit's department heads; overdue by {@code
 * escalate-after} working days, the deputy chiefs too. Each person gets one digest a day, not one
 * message per document, in the console's 我的提醒.
 */
@Component
class DueReminders {

  private final DocumentRows rows;
  private final Documents documents;
  private final Cases cases;
  private final StaffAccounts accounts;
  private final WorkingCalendar calendar;
  private final Notifications notifications;
  private final PublicationRules rules;
  private final Clock clock;

  DueReminders(
      DocumentRows rows,
      Documents documents,
      Cases cases,
      StaffAccounts accounts,
      WorkingCalendar calendar,
      Notifications notifications,
      PublicationRules rules,
      Clock clock) {
    this.rows = rows;
    this.documents = documents;
    this.cases = cases;
    this.accounts = accounts;
    this.calendar = calendar;
    this.notifications = notifications;
    this.rules = rules;
    this.clock = clock;
  }

  @Scheduled(cron = "${sunshine.documents.reminder-cron:0 0 7 * * *}")
  @SchedulerLock(name = "documents.due-reminders")
  @Transactional
  public void runDaily() {
    send();
  }

  /** Sends today's digests; returns how many people got one (none twice on one day). */
  @Transactional
  public int send() {
    LocalDate today = LocalDate.now(clock);
    Map<String, List<String>> lines = new TreeMap<>();
    Map<Long, CaseView> byCase = new HashMap<>();
    for (DocumentRows.DocumentRow d : rows.open()) {
      DocumentSummary s = documents.summary(d, byCase.computeIfAbsent(d.caseId(), cases::record));
      if (s.dueOn() != null && d.revision() == 0) {
        remind(d, s.dueOn(), today, lines);
      }
    }
    lines.forEach((username, items) -> digest(username, items, today));
    return lines.size();
  }

  private void remind(
      DocumentRows.DocumentRow d, LocalDate due, LocalDate today, Map<String, List<String>> lines) {
    int before = rules.reminders().remindBefore();
    if (today.isBefore(due)) {
      if (!calendar.plusWorkingDays(today, before).isBefore(due)) {
        add(
            lines,
            Set.of(d.createdBy()),
            Texts.text("documents.due-reminders.line.due", d.documentNumber(), due));
      }
      return;
    }
    int late = workingDaysLate(due, today);
    String line = Texts.text("documents.due-reminders.line.overdue", d.documentNumber(), due, late);
    List<String> who = new ArrayList<>(List.of(d.createdBy()));
    who.addAll(accounts.holdersOf(d.unitId(), Role.DEPARTMENT_HEAD));
    if (late >= rules.reminders().escalateAfter()) {
      who.addAll(accounts.holdersOf(d.unitId(), Role.DEPUTY_CHIEF));
    }
    add(lines, Set.copyOf(who), line);
  }

  /** Working days from the due date to today (the due day itself is not late). */
  private int workingDaysLate(LocalDate due, LocalDate today) {
    int late = 0;
    for (LocalDate day = due.plusDays(1); !day.isAfter(today); day = day.plusDays(1)) {
      late += calendar.isWorkingDay(day) ? 1 : 0;
    }
    return late;
  }

  private static void add(Map<String, List<String>> lines, Set<String> who, String line) {
    who.forEach(u -> lines.computeIfAbsent(u, k -> new ArrayList<>()).add(line));
  }

  private void digest(String username, List<String> items, LocalDate today) {
    Long unit = accounts.identity(username).map(i -> i.unitId()).orElse(null);
    notifications.send(
        new Message(
            "due-reminders:" + today,
            "staff:" + username,
            Set.of(MessageChannel.INBOX),
            null,
            null,
            "due-reminders",
            List.of(items.size(), String.join("；", items)),
            "/console/documents?overdue=true",
            false,
            false,
            unit));
  }
}
