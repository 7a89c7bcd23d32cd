package org.sunshine.platform.cases;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which days are 节假日: Saturdays and Sundays, the configured public holidays, except the configured
 * make-up working days (调休). The State Council announces each year's dates late in the year before,
 * so they are settings, not code.
 *
 * @param holidays public holidays, e.g. {@code 2026-10-01,2026-10-02}
 * @param workdays weekend days that are working days, e.g. {@code 2026-10-10}
 */
@ConfigurationProperties("sunshine.calendar")
public record WorkingCalendar(Set<LocalDate> holidays, Set<LocalDate> workdays) {

  public WorkingCalendar {
    holidays = holidays == null ? Set.of() : Set.copyOf(holidays);
    workdays = workdays == null ? Set.of() : Set.copyOf(workdays);
  }

  /** Weekends only. */
  public static WorkingCalendar weekendsOnly() {
    return new WorkingCalendar(null, null);
  }

  public static WorkingCalendar of(List<LocalDate> holidays, List<LocalDate> workdays) {
    return new WorkingCalendar(Set.copyOf(holidays), Set.copyOf(workdays));
  }

  /**
   * Whether any public holiday of that year is configured (deadlines otherwise skip weekends only).
   */
  public boolean hasHolidaysIn(int year) {
    return holidays.stream().anyMatch(d -> d.getYear() == year);
  }

  public boolean isWorkingDay(LocalDate day) {
    if (workdays.contains(day)) {
      return true;
    }
    DayOfWeek dow = day.getDayOfWeek();
    return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !holidays.contains(day);
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
