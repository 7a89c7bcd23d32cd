package org.sunshine.platform.petitions;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
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

/**
 * Reminders that climb (群众来信件件有回复): a matter due within the 临期 days reminds the officer holding it,
 * or else 控申 of the unit; overdue, 控申 and the department heads; overdue by a week, the deputy
 * chiefs too. One digest per person per day, naming matters by number only.
 */
@Component("petitionOverdueReminders")
class OverdueReminders {

  private static final int ESCALATE_AFTER_DAYS = 7;

  private final PetitionRows rows;
  private final PetitionClocks clocks;
  private final StaffAccounts accounts;
  private final Notifications notifications;
  private final PetitionProperties settings;
  private final MessageSource messages;
  private final WorkingCalendar calendar;
  private final Clock clock;

  OverdueReminders(
      PetitionRows rows,
      PetitionClocks clocks,
      StaffAccounts accounts,
      Notifications notifications,
      PetitionProperties settings,
      MessageSource messages,
      WorkingCalendar calendar,
      Clock clock) {
    this.messages = messages;
    this.calendar = calendar;
    this.rows = rows;
    this.clocks = clocks;
    this.accounts = accounts;
    this.notifications = notifications;
    this.settings = settings;
    this.clock = clock;
  }

  @Scheduled(cron = "${sunshine.petitions.reminder-cron:0 10 7 * * *}")
  @SchedulerLock(name = "petitions.overdue-reminders")
  @Transactional
  public void runDaily() {
    send();
  }

  /** Sends today's digests; returns how many people got one (none twice on one day). */
  @Transactional
  public int send() {
    return send(LocalDate.now(clock));
  }

  /**
   * As on that day. Nobody is at the desk on a rest day: no digest then, and the next working day's
   * digest carries every matter still due or late.
   */
  int send(LocalDate today) {
    if (!calendar.isWorkingDay(today)) {
      return 0;
    }
    Map<String, List<String>> lines = new TreeMap<>();
    Map<String, Long> units = new TreeMap<>();
    for (PetitionRows.Row r : rows.open()) {
      Petition p = r.petition();
      clocks.of(p).stream()
          .filter(d -> d.met() == null)
          .min((a, b) -> a.due().compareTo(b.due()))
          .ifPresent(d -> remind(p, d, today, lines, units));
    }
    lines.forEach((who, items) -> digest(who, items, units.get(who), today));
    return lines.size();
  }

  private void remind(
      Petition p,
      Deadline d,
      LocalDate today,
      Map<String, List<String>> lines,
      Map<String, Long> units) {
    List<String> who = new ArrayList<>();
    String line;
    if (d.dueSoon(today, settings.dueSoonDays())) {
      line = text("petitions.reminder.soon", p.id, d.due());
      who.addAll(p.lockedBy != null ? List.of(p.lockedBy) : office(p));
    } else if (d.overdue(today)) {
      long late = ChronoUnit.DAYS.between(d.due(), today);
      line = text("petitions.reminder.overdue", p.id, d.due(), late);
      who.addAll(office(p));
      who.addAll(accounts.holdersOf(p.unitId, Role.DEPARTMENT_HEAD));
      if (late >= ESCALATE_AFTER_DAYS) {
        who.addAll(accounts.holdersOf(p.unitId, Role.DEPUTY_CHIEF));
      }
    } else {
      return;
    }
    for (String u : Set.copyOf(who)) {
      lines.computeIfAbsent(u, k -> new ArrayList<>()).add(line);
      units.put(u, p.unitId);
    }
  }

  /** A line of the digest, from the bundle (the matter by number only). */
  private String text(String key, Object... args) {
    return messages.getMessage(key, args, PetitionReplies.ZH);
  }

  private List<String> office(Petition p) {
    return accounts.holdersOf(p.unitId, Role.PETITIONS_OFFICE);
  }

  private void digest(String username, List<String> items, Long unit, LocalDate today) {
    notifications.send(
        new Message(
            "petition-reminders:" + today,
            "staff:" + username,
            Set.of(MessageChannel.INBOX),
            null,
            null,
            "petition-reminders",
            List.of(items.size(), String.join(text("petitions.reminder.separator"), items)),
            "/console/petitions?queue=OVERDUE",
            false,
            false,
            unit));
  }
}
