package org.sunshine.platform.hearings;

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

/** /console/hearings: schedule, announce and close public hearings; the 人民监督员 roster. */
@Controller
class ConsoleHearingsController {

  private final Hearings hearings;
  private final SupervisorRoster roster;
  private final HearingsProperties settings;

  ConsoleHearingsController(
      Hearings hearings, SupervisorRoster roster, HearingsProperties settings) {
    this.hearings = hearings;
    this.roster = roster;
    this.settings = settings;
  }

  @GetMapping("/console/hearings")
  String list(@AuthenticationPrincipal(expression = "identity") StaffIdentity me, Model model) {
    model.addAttribute("hearings", hearings.inScope(me));
    model.addAttribute("runs", Hearings.runs(me));
    model.addAttribute("kinds", HearingKind.values());
    model.addAttribute("defaultSupervisors", settings.supervisorsPerHearing());
    return "hearings/console-hearings";
  }

  @PostMapping("/console/hearings")
  String schedule(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @RequestParam(defaultValue = "") String caseNumber,
      @RequestParam(required = false) HearingKind kind,
      @RequestParam(defaultValue = "") String subject,
      @RequestParam(defaultValue = "") String startsAt,
      @RequestParam(defaultValue = "") String place,
      @RequestParam(defaultValue = "false") boolean observersAdmitted,
      @RequestParam(defaultValue = "0") String observerSeats,
      @RequestParam(defaultValue = "0") String supervisors,
      Model model,
      RedirectAttributes redirect) {
    try {
      long id =
          hearings.schedule(
              me,
              new NewHearing(
                  caseNumber,
                  kind,
                  subject,
                  Forms.dateTime(startsAt, "startsAt"),
                  place,
                  observersAdmitted,
                  Forms.number(observerSeats, "observerSeats"),
                  Forms.number(supervisors, "supervisors")));
      redirect.addFlashAttribute("message", "scheduled");
      return "redirect:/console/hearings/" + id;
    } catch (IllegalArgumentException e) {
      model.addAttribute("error", Forms.reason(e));
      model.addAttribute("errorField", Forms.field(e));
      // What was chosen comes back as chosen: an unticked "observers admitted" must stay unticked.
      model.addAttribute("formKind", kind == null ? null : kind.name());
      model.addAttribute("formObservers", observersAdmitted);
      model.addAttribute(
          "form", new String[] {caseNumber, subject, startsAt, place, observerSeats, supervisors});
      return list(me, model);
    }
  }

  @GetMapping("/console/hearings/{id}")
  String detail(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @PathVariable long id,
      Model model) {
    HearingView h = hearings.get(me, id);
    model.addAttribute("hearing", h);
    model.addAttribute("caseNumber", hearings.caseNumber(h));
    model.addAttribute("seats", hearings.seats(me, id));
    model.addAttribute("manages", hearings.manages(me, h));
    model.addAttribute("zone", hearings.zone());
    return "hearings/console-hearing";
  }

  @GetMapping("/console/hearings/{id}/observers")
  String observers(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @PathVariable long id,
      Model model) {
    model.addAttribute("observers", hearings.observers(me, id));
    return detail(me, id, model);
  }

  @PostMapping("/console/hearings/{id}/{step}")
  String step(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @PathVariable long id,
      @PathVariable String step,
      @RequestParam(required = false) String outcome,
      @RequestParam(required = false) Long supervisor,
      @RequestParam(required = false) String reason,
      RedirectAttributes redirect) {
    try {
      switch (step) {
        case "announce" -> hearings.announce(me, id);
        case "cancel" -> hearings.cancel(me, id);
        case "outcome" -> hearings.recordOutcome(me, id, outcome);
        case "excuse" -> hearings.excuse(me, id, supervisor == null ? -1 : supervisor, reason);
        default -> throw new NoSuchElementException(step);
      }
      redirect.addFlashAttribute("message", step);
    } catch (IllegalArgumentException | IllegalStateException | AccessDeniedException e) {
      redirect.addFlashAttribute("error", Forms.reason(e));
    }
    return "redirect:/console/hearings/" + id;
  }

  @GetMapping("/console/hearings/supervisors")
  String roster(@AuthenticationPrincipal(expression = "identity") StaffIdentity me, Model model) {
    model.addAttribute("roster", roster.roster(me));
    return "hearings/console-supervisors";
  }

  @PostMapping("/console/hearings/supervisors")
  String add(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @RequestParam(defaultValue = "") String name,
      @RequestParam(defaultValue = "") String mobile,
      @RequestParam(defaultValue = "") String occupation,
      RedirectAttributes redirect) {
    try {
      roster.addSupervisor(me, name, mobile, occupation);
      redirect.addFlashAttribute("message", "added");
    } catch (IllegalArgumentException e) {
      redirect.addFlashAttribute("error", Forms.reason(e));
    }
    return "redirect:/console/hearings/supervisors";
  }

  @PostMapping("/console/hearings/supervisors/{id}/active")
  String active(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @PathVariable long id,
      @RequestParam boolean active) {
    roster.setSupervisorActive(me, id, active);
    return "redirect:/console/hearings/supervisors";
  }
}
