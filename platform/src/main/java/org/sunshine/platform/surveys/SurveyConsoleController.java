package org.sunshine.platform.surveys;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sunshine.platform.audit.AuditLog;
import org.sunshine.platform.audit.Channel;
import org.sunshine.platform.notifications.InboundSms;
import org.sunshine.platform.organisation.DepartmentView;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.Role;
import org.sunshine.platform.organisation.StaffIdentity;
import org.sunshine.platform.texts.BadInput;
import org.sunshine.platform.texts.Forbidden;

/**
 * /console/surveys: a round's results for a unit (rolled up), the units below it and its
 * departments, with a chart beside each table; the follow-ups of 不满意 answers; and, while SMS only
 * go to the log, a form to type a reply as if it came from a phone.
 */
@Controller
class SurveyConsoleController {

  private static final Set<Role> READERS =
      Set.of(
          Role.CASE_MANAGEMENT,
          Role.INSPECTOR,
          Role.DEPUTY_CHIEF,
          Role.CHIEF_PROCURATOR,
          Role.DEPARTMENT_HEAD);

  private final SurveyResults results;
  private final SurveyRows rows;
  private final FollowUps followUps;
  private final Directory directory;
  private final InboundSms inbound;
  private final AuditLog audit;

  SurveyConsoleController(
      SurveyResults results,
      SurveyRows rows,
      FollowUps followUps,
      Directory directory,
      InboundSms inbound,
      AuditLog audit) {
    this.results = results;
    this.rows = rows;
    this.followUps = followUps;
    this.directory = directory;
    this.inbound = inbound;
    this.audit = audit;
  }

  /**
   * A reader of the results, for a unit in their scope (a county its own, an upper unit its own).
   */
  private long unitFor(StaffIdentity me, Long unit) {
    if (READERS.stream().noneMatch(me::hasRole)) {
      throw Forbidden.of("surveys.survey-console-controller.forbidden");
    }
    long id = unit == null ? me.unitId() : unit;
    if (!directory.unitsVisibleTo(me).contains(id)) {
      throw new AccessDeniedException("unit outside the staff member's data scope");
    }
    return id;
  }

  /** Whether the reader's data scope holds every unit below (a county sees its own only). */
  private boolean seesBelow(StaffIdentity me, long unitId) {
    return directory.unitsVisibleTo(me).containsAll(directory.selfAndDescendants(unitId));
  }

  private LocalDate monthOf(String month) {
    if (month != null && !month.isBlank()) {
      try {
        return YearMonth.parse(month).atDay(1);
      } catch (DateTimeParseException e) {
        throw BadInput.at("month", "surveys.survey-console-controller.month.format");
      }
    }
    List<LocalDate> months = rows.months();
    return months.isEmpty() ? YearMonth.from(followUps.today()).atDay(1) : months.get(0);
  }

  @GetMapping("/console/surveys")
  String page(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @RequestParam(required = false) Long unit,
      @RequestParam(required = false) String month,
      Model model) {
    long unitId = unitFor(me, unit);
    LocalDate m = monthOf(month);
    model.addAttribute("unit", directory.get(unitId));
    model.addAttribute("path", directory.path(unitId));
    model.addAttribute("month", YearMonth.from(m));
    model.addAttribute("months", rows.months().stream().map(YearMonth::from).toList());
    model.addAttribute("results", results.of(unitId, m, seesBelow(me, unitId)).orElse(null));
    model.addAttribute("dimensions", Dimension.values());
    model.addAttribute("scores", Score.values());
    Map<Long, String> departments = new HashMap<>();
    for (DepartmentView d : directory.departments(unitId)) {
      departments.put(d.id(), d.name());
    }
    model.addAttribute("departments", departments);
    Set<Long> scope = new HashSet<>(directory.selfAndDescendants(unitId));
    scope.retainAll(directory.unitsVisibleTo(me));
    List<FollowUp> list = followUps.of(scope, 200);
    model.addAttribute("followUps", list);
    Map<Long, String> unitNames = new HashMap<>();
    list.forEach(f -> unitNames.computeIfAbsent(f.unitId, id -> directory.get(id).name()));
    model.addAttribute("unitNames", unitNames);
    model.addAttribute("today", followUps.today());
    model.addAttribute("closable", unitId == me.unitId() && FollowUps.mayClose(me, unitId));
    model.addAttribute("simulate", inbound.simulationAllowed() && simulator(me));
    return "surveys/console";
  }

  @GetMapping("/api/console/surveys/figures")
  @ResponseBody
  SurveyFigures figures(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @RequestParam(required = false) Long unit,
      @RequestParam(required = false) String month) {
    long unitId = unitFor(me, unit);
    LocalDate m = monthOf(month);
    Tally t =
        results
            .of(unitId, m, seesBelow(me, unitId))
            .map(SurveyResults.Results::total)
            .orElseGet(Tally::new);
    return Surveys.figures(YearMonth.from(m), unitId, t);
  }

  @PostMapping("/console/surveys/follow-ups/{id}/close")
  String close(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @PathVariable long id,
      @RequestParam(required = false) String note,
      RedirectAttributes flash) {
    try {
      followUps.close(me, id, note);
      flash.addFlashAttribute("closed", true);
    } catch (IllegalArgumentException | IllegalStateException e) {
      flash.addFlashAttribute("error", e.getMessage());
      flash.addFlashAttribute("errorFor", id);
    }
    return "redirect:/console/surveys#follow-ups";
  }

  private static boolean simulator(StaffIdentity me) {
    return me.hasRole(Role.CASE_MANAGEMENT) || me.hasRole(Role.ADMINISTRATOR);
  }

  /** The demo's phone: a reply typed by staff, handled exactly as one from the gateway. */
  @PostMapping("/console/surveys/simulate-reply")
  String simulate(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @RequestParam(required = false) String mobile,
      @RequestParam(required = false) String text,
      RedirectAttributes flash) {
    if (!inbound.simulationAllowed() || !simulator(me)) {
      throw new AccessDeniedException("replies are simulated only while SMS go to the log");
    }
    String number = mobile == null ? "" : mobile.strip();
    try {
      inbound.received(number, text == null ? "" : text, null);
      audit.record(
          me.username(),
          me.unitId(),
          "SIMULATE_SMS_REPLY",
          "SmsReply",
          number.length() == 11 ? number.substring(0, 3) + "****" + number.substring(7) : "?",
          null,
          Channel.CONSOLE);
      flash.addFlashAttribute("simulated", true);
    } catch (IllegalArgumentException e) {
      flash.addFlashAttribute("simulateError", true);
    }
    return "redirect:/console/surveys#simulate";
  }
}
