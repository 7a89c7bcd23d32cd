package org.sunshine.platform.cases;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which days are 节假日: Saturdays and Sundays, the public holidays, except the make-up working days
 * (调休). The State Council announces each year's dates late in the year before, so they are settings
 * ({@code sunshine.calendar.*}) plus the days administrators mark on the console's calendar page
 * (ADR 21).
 *
 * <p>The Spring bean is one shared instance that every module holds: {@link WorkingCalendars}
 * replaces the administrators' marks inside it after each change, so deadlines move at once without
 * any caller asking for a fresh copy. Instances made by {@link #of} and {@link #weekendsOnly} never
 * change.
 */
@ConfigurationProperties("sunshine.calendar")
public final class WorkingCalendar {

  /** The effective days; replaced whole, so a reader never sees half an update. */
  private record Days(Set<LocalDate> holidays, Set<LocalDate> workdays) {}

  private final Set<LocalDate> configuredHolidays;
  private final Set<LocalDate> configuredWorkdays;
  private volatile Days days;

  /**
   * @param holidays public holidays, e.g. {@code 2026-10-01,2026-10-02}
   * @param workdays weekend days that are working days, e.g. {@code 2026-10-10}
   */
  public WorkingCalendar(Set<LocalDate> holidays, Set<LocalDate> workdays) {
    configuredHolidays = holidays == null ? Set.of() : Set.copyOf(holidays);
    configuredWorkdays = workdays == null ? Set.of() : Set.copyOf(workdays);
    days = new Days(configuredHolidays, configuredWorkdays);
  }

  /** Weekends only. */
  public static WorkingCalendar weekendsOnly() {
    return new WorkingCalendar(null, null);
  }

  public static WorkingCalendar of(List<LocalDate> holidays, List<LocalDate> workdays) {
    return new WorkingCalendar(Set.copyOf(holidays), Set.copyOf(workdays));
  }

  /** The effective public holidays (configured and marked). */
  public Set<LocalDate> holidays() {
    return days.holidays();
  }

  /** The effective make-up working days (configured and marked). */
  public Set<LocalDate> workdays() {
    return days.workdays();
  }

  /** Whether the settings (not an administrator) make this day a holiday or a working day. */
  boolean configured(LocalDate day) {
    return configuredHolidays.contains(day) || configuredWorkdays.contains(day);
  }

  /**
   * Lays the administrators' marks over the settings: a day marked one way is taken out of the
   * other set, so a mark always wins over the configured default.
   */
  void adopt(Set<LocalDate> markedHolidays, Set<LocalDate> markedWorkdays) {
    Set<LocalDate> h = new HashSet<>(configuredHolidays);
    h.removeAll(markedWorkdays);
    h.addAll(markedHolidays);
    Set<LocalDate> w = new HashSet<>(configuredWorkdays);
    w.removeAll(markedHolidays);
    w.addAll(markedWorkdays);
    days = new Days(Set.copyOf(h), Set.copyOf(w));
  }

  /**
   * Whether any public holiday of that year is configured (deadlines otherwise skip weekends only).
   */
  public boolean hasHolidaysIn(int year) {
    return days.holidays().stream().anyMatch(d -> d.getYear() == year);
  }

  public boolean isWorkingDay(LocalDate day) {
    Days current = days;
    if (current.workdays().contains(day)) {
      return true;
    }
    DayOfWeek dow = day.getDayOfWeek();
    return dow != DayOfWeek.SATURDAY
        && dow != DayOfWeek.SUNDAY
        && !current.holidays().contains(day);
  }

  /** The day itself when it is a working day, otherwise the first working day after it. */
  public LocalDate onOrAfter(LocalDate day) {
    LocalDate d = day;
    while (!isWorkingDay(d)) {
      d = d.plusDays(1);
    }
    return d;
  }

  /** The working day {@code n} working days after {@code start} (the start day is not counted). */
  public LocalDate plusWorkingDays(LocalDate start, int n) {
    LocalDate d = start;
    for (int counted = 0; counted < n; ) {
      d = d.plusDays(1);
      if (isWorkingDay(d)) {
        counted++;
      }
    }
    return d;
  }
}
