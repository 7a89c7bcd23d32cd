package org.sunshine.platform.notifications;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;
import org.springframework.context.MessageSource;
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
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.ProcuratorateLevel;
import org.sunshine.platform.organisation.Role;
import org.sunshine.platform.organisation.StaffIdentity;
import org.sunshine.platform.texts.Forbidden;

/**
 * 消息发送 in the console: what went out on behalf of the units in the staff member's scope, how
 * delivery stands, and the messages given up (dead letters) to send again or cancel. Addresses are
 * personal data: every view is audited.
 */
@Controller
@RequestMapping("/console/notifications")
class NotificationsController {

  private static final Set<String> STATUSES =
      Set.of("QUEUED", "SENT", "DELIVERED", "FAILED", "GIVEN_UP", "CANCELLED", "REFUSED", "HELD");
  private final NotificationRows rows;
  private final Directory directory;
  private final AuditLog audit;
  private final MessageSource messages;
  private final Clock clock;

  NotificationsController(
      NotificationRows rows,
      Directory directory,
      AuditLog audit,
      MessageSource messages,
      Clock clock) {
    this.rows = rows;
    this.messages = messages;
    this.directory = directory;
    this.audit = audit;
    this.clock = clock;
  }

  @GetMapping
  String list(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @RequestParam(required = false) String status,
      Model model) {
    requireOperator(me);
    String s = status == null || status.isBlank() || !STATUSES.contains(status) ? null : status;
    audit.record(
        me.username(), me.unitId(), "VIEW_NOTIFICATIONS", "Notification", null, s, Channel.CONSOLE);
    model.addAttribute("status", s);
    model.addAttribute("statuses", STATUSES.stream().sorted().toList());
    NotificationRows.Scope scope = scope(me);
    model.addAttribute("messages", masked(rows.latest(null, s, scope, 200)));
    model.addAttribute("deadLetters", masked(rows.latest(null, "GIVEN_UP", scope, 200)));
    return "notifications/console";
  }

  @PostMapping("/{id}/retry")
  String retry(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @PathVariable long id,
      RedirectAttributes redirect) {
    requireOperator(me);
    if (!rows.requeue(id, clock.instant(), scope(me))) {
      throw new NoSuchElementException("notification " + id);
    }
    audit.record(
        me.username(),
        me.unitId(),
        "RETRY_NOTIFICATION",
        "Notification",
        "" + id,
        null,
        Channel.CONSOLE);
    redirect.addFlashAttribute("done", "notifications.retried");
    return "redirect:/console/notifications";
  }

  @PostMapping("/{id}/cancel")
  String cancel(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @PathVariable long id,
      RedirectAttributes redirect) {
    requireOperator(me);
    if (!rows.cancel(id, scope(me))) {
      throw new NoSuchElementException("notification " + id);
    }
    audit.record(
        me.username(),
        me.unitId(),
        "CANCEL_NOTIFICATION",
        "Notification",
        "" + id,
        null,
        Channel.CONSOLE);
    redirect.addFlashAttribute("done", "notifications.cancelled");
    return "redirect:/console/notifications";
  }

  /**
   * The units in the staff member's scope; messages of no unit (login codes) only for the
   * administrators of a provincial or the supreme procuratorate, who run the platform.
   */
  private NotificationRows.Scope scope(StaffIdentity me) {
    ProcuratorateLevel level = directory.get(me.unitId()).level();
    boolean top = level == ProcuratorateLevel.PROVINCIAL || level == ProcuratorateLevel.SUPREME;
    return NotificationRows.Scope.of(
        directory.unitsVisibleTo(me), top && me.hasRole(Role.ADMINISTRATOR));
  }

  private List<SentMessage> masked(List<SentMessage> messages) {
    String hidden =
        this.messages.getMessage("notifications.hidden", null, Locale.SIMPLIFIED_CHINESE);
    return messages.stream().map(m -> m.masked(hidden)).toList();
  }

  private static void requireOperator(StaffIdentity me) {
    if (!me.hasRole(Role.ADMINISTRATOR) && !me.hasRole(Role.CASE_MANAGEMENT)) {
      throw Forbidden.of("notifications.notifications-controller.forbidden");
    }
  }
}
