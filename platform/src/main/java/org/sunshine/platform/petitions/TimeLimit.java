package org.sunshine.platform.petitions;

import java.time.LocalDate;
import java.util.Locale;
import org.sunshine.platform.cases.WorkingCalendar;

/**
 * A legal time limit as written in a setting: {@code "7 DAYS"}, {@code "20 WORKING_DAYS"}, {@code
 * "3 MONTHS"}. Sources differ on calendar or working days, so each limit says which it counts.
 */
record TimeLimit(int amount, Unit unit) {

  enum Unit {
    DAYS,
    WORKING_DAYS,
    MONTHS
  }

  static TimeLimit parse(String text) {
    String[] parts = text.strip().split("\\s+");
    if (parts.length != 2) {
      throw new IllegalArgumentException("time limit: expected e.g. '7 DAYS', got " + text);
    }
    return new TimeLimit(
        Integer.parseInt(parts[0]), Unit.valueOf(parts[1].toUpperCase(Locale.ROOT)));
  }

  /** The last day, before any move off a holiday: the start day itself is not counted. */
  LocalDate from(LocalDate start, WorkingCalendar calendar) {
    return switch (unit) {
      case DAYS -> start.plusDays(amount);
      case WORKING_DAYS -> calendar.plusWorkingDays(start, amount);
      case MONTHS -> start.plusMonths(amount);
    };
  }

  @Override
  public String toString() {
    return amount + " " + unit;
  }
}
