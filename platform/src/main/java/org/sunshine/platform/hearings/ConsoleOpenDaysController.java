package org.sunshine.platform.hearings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.NoSuchElementException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sunshine.platform.organisation.StaffIdentity;

/**
 * /console/open-days: a unit's organisers schedule, publish, cancel and close open days and read
 * the bookings; everyone in the console sees the year's figures against the minimum for the units
 * in their scope, each figure opening its list.
 */
@Controller
class ConsoleOpenDaysController {

  private final OpenDays openDays;
  private final OpenDayCoverage coverage;
  private final Clock clock;

  ConsoleOpenDaysController(OpenDays openDays, OpenDayCoverage coverage, Clock clock) {
    this.openDays = openDays;
    this.coverage = coverage;
    this.clock = clock;
  }

  @GetMapping("/console/open-days")
  String list(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) Long unit,
      @RequestParam(required = false) OpenDayCoverage.Figure figure,
      Model model) {
    int y = year == null ? LocalDate.now(clock).getYear() : year;
    model.addAttribute("year", y);
    model.addAttribute("unit", unit);
    model.addAttribute("figure", figure);
    model.addAttribute("days", coverage.list(me, y, unit, figure));
    model.addAttribute("organiser", OpenDays.organiser(me));
    return "hearings/console-open-days";
  }

  @GetMapping("/console/open-days/coverage")
  String coverage(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @RequestParam(required = false) Integer year,
      Model model) {
    int y = year == null ? LocalDate.now(clock).getYear() : year;
    model.addAttribute("year", y);
    model.addAttribute("rows", coverage.of(me, y));
    return "hearings/console-open-day-coverage";
  }

  @PostMapping("/console/open-days")
  String schedule(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @RequestParam(defaultValue = "") String theme,
      @RequestParam(defaultValue = "") String startsAt,
      @RequestParam(defaultValue = "") String endsAt,
      @RequestParam(defaultValue = "") String place,
      @RequestParam(defaultValue = "") String capacity,
      @RequestParam(defaultValue = "") String bookingDeadline,
      Model model,
      RedirectAttributes redirect) {
    try {
      long id =
          openDays.schedule(
              me,
              new NewOpenDay(
                  theme,
                  Forms.dateTime(startsAt, "startsAt"),
                  Forms.dateTime(endsAt, "endsAt"),
                  place,
                  Forms.number(capacity, "capacity"),
                  Forms.dateTime(bookingDeadline, "bookingDeadline")));
      redirect.addFlashAttribute("message", "scheduled");
      return "redirect:/console/open-days/" + id;
    } catch (IllegalArgumentException e) {
      model.addAttribute("error", Forms.reason(e));
      model.addAttribute("errorField", Forms.field(e));
      model.addAttribute(
          "form", new String[] {theme, startsAt, endsAt, place, capacity, bookingDeadline});
      return list(me, null, null, null, model);
    }
  }

  @GetMapping("/console/open-days/{id}")
  String detail(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @PathVariable long id,
      Model model) {
    OpenDayView d = openDays.inScope(me, id);
    model.addAttribute("day", d);
    model.addAttribute("manages", openDays.manages(me, d));
    model.addAttribute("zone", clock.getZone());
    return "hearings/console-open-day";
  }

  @GetMapping("/console/open-days/{id}/bookings")
  String bookings(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @PathVariable long id,
      Model model) {
    model.addAttribute("bookings", openDays.bookings(me, id));
    return detail(me, id, model);
  }

  @PostMapping("/console/open-days/{id}/{step}")
  String step(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @PathVariable long id,
      @PathVariable String step,
      @RequestParam(required = false) String reason,
      RedirectAttributes redirect) {
    try {
      switch (step) {
        case "publish" -> openDays.publish(me, id);
        case "cancel" -> openDays.cancel(me, id, reason);
        case "hold" -> openDays.hold(me, id);
        default -> throw new NoSuchElementException(step);
      }
      redirect.addFlashAttribute("message", step);
    } catch (IllegalArgumentException | IllegalStateException | AccessDeniedException e) {
      redirect.addFlashAttribute("error", Forms.reason(e));
    }
    return "redirect:/console/open-days/" + id;
  }
}
