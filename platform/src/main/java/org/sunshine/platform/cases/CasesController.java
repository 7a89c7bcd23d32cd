package org.sunshine.platform.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sunshine.platform.organisation.StaffIdentity;

/**
 * 案件: the unit's case list with overdue flags, a case's parties and timelines, events recorded by
 * hand.
 */
@Controller
@RequestMapping("/console/cases")
class CasesController {

  private final Cases cases;
  private final ScreeningOverrides overrides;
  private final Clock clock;
  private final MessageSource messages;

  CasesController(Cases cases, ScreeningOverrides overrides, Clock clock, MessageSource messages) {
    this.messages = messages;
    this.cases = cases;
    this.overrides = overrides;
    this.clock = clock;
  }

  @PostMapping("/{id}/overrides")
  String requestOverride(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @PathVariable long id,
      @RequestParam String ruleId,
      @RequestParam String reason,
      RedirectAttributes redirect) {
    try {
      overrides.request(me, id, ruleId, reason);
      redirect.addFlashAttribute("message", pageText("cases.flash.overrideRequested"));
    } catch (IllegalArgumentException e) {
      redirect.addFlashAttribute("eventError", e.getMessage());
    }
    return "redirect:/console/cases/" + id;
  }

  @PostMapping("/{id}/overrides/{overrideId}")
  String decideOverride(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @PathVariable long id,
      @PathVariable long overrideId,
      @RequestParam boolean approve,
      RedirectAttributes redirect) {
    try {
      overrides.decide(me, overrideId, approve);
      redirect.addFlashAttribute(
          "message",
          pageText(approve ? "cases.flash.overrideApproved" : "cases.flash.overrideRejected"));
    } catch (IllegalStateException e) {
      redirect.addFlashAttribute("eventError", e.getMessage());
    }
    return "redirect:/console/cases/" + id;
  }

  @GetMapping
  String list(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @RequestParam(required = false) String q,
      @RequestParam(defaultValue = "false") boolean overdue,
      Model model) {
    model.addAttribute("cases", cases.visibleTo(me, q, overdue));
    model.addAttribute("q", q);
    model.addAttribute("overdueOnly", overdue);
    return "cases/list";
  }

  @GetMapping("/{id}")
  String view(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @PathVariable long id,
      Model model) {
    model.addAttribute("c", cases.view(me, id));
    model.addAttribute("overrides", overrides.of(me, id));
    model.addAttribute("eventTypes", CaseEventType.values());
    model.addAttribute("today", LocalDate.now(clock));
    return "cases/detail";
  }

  @PostMapping("/{id}/events")
  String record(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @PathVariable long id,
      @RequestParam(required = false) Long partyId,
      @RequestParam CaseEventType type,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
      @RequestParam(required = false) String detail,
      RedirectAttributes redirect) {
    try {
      cases.recordEvent(me, id, partyId, type, on, detail);
      redirect.addFlashAttribute("message", pageText("cases.flash.eventRecorded"));
    } catch (IllegalArgumentException e) {
      redirect.addFlashAttribute("eventError", e.getMessage());
    }
    return "redirect:/console/cases/" + id;
  }

  /** Text for the page, from the bundles. */
  private String pageText(String key, Object... args) {
    return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
  }
}
