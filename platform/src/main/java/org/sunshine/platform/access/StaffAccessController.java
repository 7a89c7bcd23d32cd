package org.sunshine.platform.access;

import java.util.Locale;
import java.util.NoSuchElementException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sunshine.platform.audit.AuditLog;
import org.sunshine.platform.audit.Channel;
import org.sunshine.platform.notifications.MessageChannel;
import org.sunshine.platform.notifications.Notifications;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.Role;
import org.sunshine.platform.organisation.StaffIdentity;
import org.sunshine.platform.texts.BadInput;

/**
 * 案管's side: verify applications, issue and revoke grants, answer at the window and on the phone.
 */
@Controller
@RequestMapping("/console/access")
class StaffAccessController {

  private final AccessApplications applications;
  private final CaseStatusQueries queries;
  private final Notifications notifications;
  private final Directory directory;
  private final AuditLog audit;
  private final boolean demo;
  private final MessageSource messages;

  StaffAccessController(
      AccessApplications applications,
      CaseStatusQueries queries,
      Notifications notifications,
      Directory directory,
      AuditLog audit,
      @Value("${sunshine.demo.enabled:false}") boolean demo,
      MessageSource messages) {
    this.messages = messages;
    this.audit = audit;
    this.demo = demo;
    this.applications = applications;
    this.queries = queries;
    this.notifications = notifications;
    this.directory = directory;
  }

  @GetMapping
  String list(@AuthenticationPrincipal(expression = "identity") StaffIdentity me, Model model) {
    var shown = applications.forStaff(me);
    var grants = queries.grantsForStaff(me);
    // The list names applicants and parties: looking at it is a view of personal data.
    audit.record(
        me.username(),
        me.unitId(),
        "VIEW_ACCESS_LIST",
        "AccessApplication",
        null,
        shown.size() + " applications, " + grants.size() + " grants",
        Channel.CONSOLE);
    model.addAttribute("applications", shown);
    model.addAttribute("grants", grants);
    return "access/console-list";
  }

  @GetMapping("/applications/{id}")
  String application(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @PathVariable long id,
      Model model) {
    model.addAttribute("a", applications.view(me, id));
    return "access/console-application";
  }

  @GetMapping("/applications/{id}/materials/{materialId}")
  ResponseEntity<byte[]> material(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @PathVariable long id,
      @PathVariable long materialId) {
    var m = applications.material(me, id, materialId);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(m.contentType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment")
        .header("Content-Security-Policy", "sandbox")
        .header("X-Content-Type-Options", "nosniff")
        .body(m.content());
  }

  @PostMapping("/applications/{id}/decision")
  String decide(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @PathVariable long id,
      @RequestParam AccessApplications.Verdict verdict,
      @RequestParam(required = false) String note,
      RedirectAttributes redirect) {
    try {
      var decision = applications.decide(me, id, verdict, note);
      redirect.addFlashAttribute("decision", decision);
    } catch (IllegalArgumentException | IllegalStateException e) {
      redirect.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:/console/access/applications/" + id;
  }

  @PostMapping("/grants/{id}/revoke")
  String revoke(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @PathVariable long id,
      @RequestParam String reason,
      RedirectAttributes redirect) {
    try {
      queries.revoke(me, id, reason);
      redirect.addFlashAttribute("message", pageText("access.flash.revoked"));
    } catch (IllegalArgumentException e) {
      redirect.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:/console/access";
  }

  /**
   * 电话、窗口: an already-verified person gives their 查询码 and ID number; staff check them and read out
   * or print.
   */
  @GetMapping("/lookup")
  String lookupForm() {
    return "access/console-lookup";
  }

  @PostMapping("/lookup")
  String lookup(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @RequestParam String queryCode,
      @RequestParam String idNumber,
      @RequestParam Channel channel,
      Model model) {
    if (channel != Channel.PHONE && channel != Channel.WINDOW) {
      throw BadInput.at("channel", "access.staff-access-controller.channel.required");
    }
    try {
      var found = queries.staffLookup(me, queryCode, idNumber, channel);
      if (found.isEmpty()) {
        model.addAttribute("error", pageText("access.staffLookup.notFound"));
      } else {
        model.addAttribute("d", found.get());
        model.addAttribute("channel", channel);
      }
    } catch (TooManyAttempts e) {
      model.addAttribute("error", e.getMessage());
    }
    return "access/console-lookup";
  }

  /** The SMS sent (or logged by the default adapter), so a demo shows what would have gone out. */
  @GetMapping("/sms")
  String sms(@AuthenticationPrincipal(expression = "identity") StaffIdentity me, Model model) {
    // The outbox holds login codes: shown only in the demo, where no real gateway exists, and
    // audited.
    if (!demo || !me.hasRole(Role.ADMINISTRATOR) && !me.hasRole(Role.CASE_MANAGEMENT)) {
      throw new NoSuchElementException("sms outbox");
    }
    audit.record(
        me.username(), me.unitId(), "VIEW_SMS_OUTBOX", "SmsOutbox", null, null, Channel.CONSOLE);
    model.addAttribute(
        "messages",
        notifications.latest(MessageChannel.SMS, directory.unitsVisibleTo(me), true, 50));
    return "access/console-sms";
  }

  /** Text for the page, from the bundles. */
  private String pageText(String key, Object... args) {
    return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
  }
}
