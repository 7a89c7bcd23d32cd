package org.sunshine.platform.releases;

import java.time.LocalDate;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.StaffIdentity;
import org.sunshine.platform.publication.ReleaseCategories;

/** 重要案件信息 in the console: draft, check, approve, publish, pin, withdraw. */
@Controller
class ReleasesController {

  private final Releases releases;
  private final ReleaseCategories categories;
  private final Directory directory;
  private final MessageSource messages;

  ReleasesController(
      Releases releases,
      ReleaseCategories categories,
      Directory directory,
      MessageSource messages) {
    this.messages = messages;
    this.releases = releases;
    this.categories = categories;
    this.directory = directory;
  }

  @GetMapping("/console/releases")
  String list(@AuthenticationPrincipal(expression = "identity") StaffIdentity me, Model model) {
    model.addAttribute("releases", releases.visibleTo(me));
    model.addAttribute("categories", categories.names());
    return "releases/console-list";
  }

  @PostMapping("/console/releases")
  String draft(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @RequestParam String category,
      @RequestParam String title,
      @RequestParam String body,
      @RequestParam(required = false) String caseNumber,
      @RequestParam(defaultValue = "NONE") Escalation escalation,
      RedirectAttributes r) {
    try {
      long id = releases.draft(me, new NewRelease(category, title, body, caseNumber, escalation));
      return "redirect:/console/releases/" + id;
    } catch (IllegalArgumentException | AccessDeniedException e) {
      r.addFlashAttribute("error", e.getMessage());
      return "redirect:/console/releases";
    }
  }

  @GetMapping("/console/releases/{id}")
  String view(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @PathVariable long id,
      Model model) {
    model.addAttribute("r", releases.view(me, id));
    return "releases/console-detail";
  }

  @PostMapping("/console/releases/{id}/edit")
  String edit(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @PathVariable long id,
      @RequestParam String title,
      @RequestParam String body,
      RedirectAttributes r) {
    return attempt(id, r, "releases.flash.saved", () -> releases.edit(me, id, title, body));
  }

  @PostMapping("/console/releases/{id}/submit")
  String submit(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @PathVariable long id,
      RedirectAttributes r) {
    return attempt(id, r, "releases.flash.submitted", () -> releases.submit(me, id));
  }

  @PostMapping("/console/releases/{id}/decision")
  String decide(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @PathVariable long id,
      @RequestParam boolean approve,
      @RequestParam(required = false) String comment,
      @RequestParam String contentHash,
      RedirectAttributes r) {
    return attempt(
        id,
        r,
        approve ? "releases.flash.approved" : "releases.flash.returned",
        () -> releases.decide(me, id, approve, comment, contentHash));
  }

  @PostMapping("/console/releases/{id}/publish")
  String publish(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @PathVariable long id,
      RedirectAttributes r) {
    return attempt(id, r, "releases.flash.published", () -> releases.publish(me, id));
  }

  @PostMapping("/console/releases/{id}/pin")
  String pin(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @PathVariable long id,
      @RequestParam int level,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate until,
      RedirectAttributes r) {
    return attempt(id, r, "releases.flash.pinned", () -> releases.pin(me, id, level, until));
  }

  @PostMapping("/console/releases/{id}/withdraw")
  String withdraw(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @PathVariable long id,
      @RequestParam String reason,
      RedirectAttributes r) {
    return attempt(id, r, "releases.flash.withdrawn", () -> releases.withdraw(me, id, reason));
  }

  /** Runs the action; on success flashes the text of the key {@code ok}. */
  private String attempt(long id, RedirectAttributes r, String ok, Runnable action) {
    try {
      action.run();
      r.addFlashAttribute("message", pageText(ok));
    } catch (IllegalArgumentException | IllegalStateException | AccessDeniedException e) {
      r.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:/console/releases/" + id;
  }

  /** Text for the page, from the bundles. */
  private String pageText(String key, Object... args) {
    return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
  }
}
