package org.sunshine.platform.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.sunshine.platform.audit.AuditLog;
import org.sunshine.platform.audit.Channel;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.ProcuratorateLevel;
import org.sunshine.platform.organisation.Role;
import org.sunshine.platform.organisation.StaffIdentity;

/**
 * 工作日历: the days administrators mark 节假日 or 调休上班 on top of the settings. The marks live in
 * calendar_day and are laid into the shared {@link WorkingCalendar} bean at start, after each
 * change commits, and every minute (another instance's change reaches this one within that minute).
 */
@Service
public class WorkingCalendars implements SmartInitializingSingleton {

  static final String AUDIT_ACTION = "CHANGE_CALENDAR";
  static final int MAX_REASON = 200;

  private final WorkingCalendar calendar;
  private final CalendarRows rows;
  private final AuditLog audit;
  private final Directory directory;
  private final Clock clock;

  WorkingCalendars(
      WorkingCalendar calendar,
      CalendarRows rows,
      AuditLog audit,
      Directory directory,
      Clock clock) {
    this.calendar = calendar;
    this.rows = rows;
    this.audit = audit;
    this.directory = directory;
    this.clock = clock;
  }

  /**
   * Only an administrator of a provincial (or higher) procuratorate: one calendar serves the whole
   * node, so a county must not move every unit's deadlines.
   */
  public boolean mayChange(StaffIdentity staff) {
    return staff.hasRole(Role.ADMINISTRATOR)
        && directory
            .find(staff.unitId())
            .map(u -> u.level().compareTo(ProcuratorateLevel.PROVINCIAL) <= 0)
            .orElse(false);
  }

  /** Marks a day (or clears its mark) with a reason; audited, effective when it commits. */
  @Transactional
  public void mark(StaffIdentity staff, LocalDate day, DayMark mark, String reason) {
    if (!mayChange(staff)) {
      throw new AccessDeniedException("the calendar is changed by a provincial administrator");
    }
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty() || why.length() > MAX_REASON) {
      throw new IllegalArgumentException(
          "a calendar change needs a reason of at most 200 characters");
    }
    rows.save(new CalendarChange(day, mark, why, staff.username(), clock.instant()));
    audit.record(
        staff.username(),
        staff.unitId(),
        AUDIT_ACTION,
        "CalendarDay",
        day.toString(),
        mark.name() + " " + why,
        Channel.CONSOLE);
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            refresh();
          }
        });
  }

  /** The marks of that year's days, by day. */
  @Transactional(readOnly = true)
  public List<CalendarChange> marksIn(int year) {
    return rows.marksIn(year);
  }

  /** The latest changes, newest first. */
  @Transactional(readOnly = true)
  public List<CalendarChange> recentChanges(int limit) {
    return rows.recentChanges(limit);
  }

  /** Whether this day's holiday or working day comes from the settings (the shipped default). */
  public boolean isConfigured(LocalDate day) {
    return calendar.configured(day);
  }

  @Override
  public void afterSingletonsInstantiated() {
    refresh();
  }

  /**
   * Reads and lays in under one lock: a periodic reload that read before a change committed must
   * not overwrite the reload that change triggers.
   */
  @Scheduled(fixedDelayString = "${sunshine.calendar.refresh-millis:60000}")
  synchronized void refresh() {
    List<CalendarChange> marks = rows.marks();
    calendar.adopt(days(marks, DayMark.HOLIDAY), days(marks, DayMark.WORKDAY));
  }

  private static Set<LocalDate> days(List<CalendarChange> marks, DayMark mark) {
    return marks.stream()
        .filter(m -> m.mark() == mark)
        .map(CalendarChange::day)
        .collect(Collectors.toSet());
  }
}
