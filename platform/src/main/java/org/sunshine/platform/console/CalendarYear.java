package org.sunshine.platform.console;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.sunshine.platform.cases.CalendarChange;
import org.sunshine.platform.cases.WorkingCalendar;
import org.sunshine.platform.cases.WorkingCalendars;

/** The year view: twelve month grids, weeks from Monday, each day with what makes it what it is. */
final class CalendarYear {

  /**
   * One day of a grid. {@code kind} is WORKDAY, WEEKEND, HOLIDAY (a public holiday) or MAKEUP (a
   * weekend or holiday worked, 调休); {@code source} is MARKED, CONFIGURED or null (the weekday
   * rule).
   */
  record Day(LocalDate date, String kind, String source, String reason) {}

  /** A month's weeks; a null day pads the first and last week. */
  record Month(int month, List<List<Day>> weeks) {}

  private CalendarYear() {}

  static List<Month> of(
      int year,
      WorkingCalendar calendar,
      WorkingCalendars marks,
      Map<LocalDate, CalendarChange> by) {
    List<Month> months = new ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      YearMonth ym = YearMonth.of(year, m);
      List<Day> cells =
          new ArrayList<>(Collections.nCopies(ym.atDay(1).getDayOfWeek().getValue() - 1, null));
      for (int d = 1; d <= ym.lengthOfMonth(); d++) {
        cells.add(day(ym.atDay(d), calendar, marks, by.get(ym.atDay(d))));
      }
      while (cells.size() % 7 != 0) {
        cells.add(null);
      }
      List<List<Day>> weeks = new ArrayList<>();
      for (int i = 0; i < cells.size(); i += 7) {
        weeks.add(cells.subList(i, i + 7));
      }
      months.add(new Month(m, weeks));
    }
    return months;
  }

  private static Day day(
      LocalDate date, WorkingCalendar calendar, WorkingCalendars marks, CalendarChange mark) {
    boolean weekend =
        date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    boolean working = calendar.isWorkingDay(date);
    String kind;
    if (working) {
      kind = weekend || calendar.holidays().contains(date) ? "MAKEUP" : "WORKDAY";
    } else {
      kind = calendar.holidays().contains(date) ? "HOLIDAY" : "WEEKEND";
    }
    String source = mark != null ? "MARKED" : marks.isConfigured(date) ? "CONFIGURED" : null;
    return new Day(date, kind, source, mark == null ? null : mark.reason());
  }
}
