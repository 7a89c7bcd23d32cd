package org.sunshine.platform.console;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sunshine.platform.cases.CalendarChange;
import org.sunshine.platform.cases.DayMark;
import org.sunshine.platform.cases.WorkingCalendar;
import org.sunshine.platform.cases.WorkingCalendars;
import org.sunshine.platform.organisation.StaffIdentity;
import org.sunshine.platform.security.StaffPrincipal;

/**
 * 工作日历: every console user may see which days count as working days; a provincial administrator
 * marks 节假日 and 调休上班 days, each with a reason, and deadlines move at once.
 */
@Controller
@RequestMapping("/console/calendar")
class CalendarController {

  private static final int FIRST_YEAR = 2000;
  private static final int LAST_YEAR = 2100;

  private final WorkingCalendar calendar;
  private final WorkingCalendars calendars;
  private final Clock clock;

  CalendarController(WorkingCalendar calendar, WorkingCalendars calendars, Clock clock) {
    this.calendar = calendar;
    this.calendars = calendars;
    this.clock = clock;
  }

  @GetMapping
  String year(
      @AuthenticationPrincipal StaffPrincipal principal,
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
      Model model) {
    int shown = year == null ? LocalDate.now(clock).getYear() : year;
    if (shown < FIRST_YEAR || shown > LAST_YEAR) {
      shown = LocalDate.now(clock).getYear();
    }
    model.addAttribute("day", day == null ? null : day.toString());
    return show(principal.identity(), shown, model);
  }

  @PostMapping
  String mark(
      @AuthenticationPrincipal StaffPrincipal principal,
      @RequestParam(required = false) String day,
      @RequestParam(required = false) DayMark mark,
      @RequestParam(required = false) String reason,
      Model model,
      RedirectAttributes redirect) {
    StaffIdentity me = principal.identity();
    if (!calendars.mayChange(me)) {
      throw new AccessDeniedException("the calendar is changed by a provincial administrator");
    }
    LocalDate date = parse(day);
    String error = error(date, mark, reason);
    if (error != null) {
      model.addAttribute("error", error);
      model.addAttribute("day", day);
      model.addAttribute("mark", mark);
      model.addAttribute("reason", reason);
      int year = date != null ? date.getYear() : LocalDate.now(clock).getYear();
      return show(me, year, model);
    }
    calendars.mark(me, date, mark, reason);
    redirect.addFlashAttribute("saved", date.toString());
    redirect.addAttribute("year", date.getYear());
    return "redirect:/console/calendar";
  }

  private String show(StaffIdentity me, int year, Model model) {
    Map<LocalDate, CalendarChange> marks =
        calendars.marksIn(year).stream()
            .collect(Collectors.toMap(CalendarChange::day, Function.identity()));
    model.addAttribute("year", year);
    model.addAttribute("months", CalendarYear.of(year, calendar, calendars, marks));
    model.addAttribute("changes", calendars.recentChanges(50));
    model.addAttribute("mayChange", calendars.mayChange(me));
    model.addAttribute("noHolidays", !calendar.hasHolidaysIn(year));
    model.addAttribute("marks", DayMark.values());
    return "console/calendar";
  }

  private static String error(LocalDate date, DayMark mark, String reason) {
    if (date == null || date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
      return "calendar.error.day";
    }
    if (mark == null) {
      return "calendar.error.mark";
    }
    if (reason == null || reason.isBlank() || reason.strip().length() > 200) {
      return "calendar.error.reason";
    }
    return null;
  }

  private static LocalDate parse(String day) {
    try {
      return day == null || day.isBlank() ? null : LocalDate.parse(day.strip());
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
