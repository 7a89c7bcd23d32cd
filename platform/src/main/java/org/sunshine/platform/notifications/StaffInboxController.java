package org.sunshine.platform.notifications;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.sunshine.platform.organisation.StaffIdentity;

/** 我的提醒: the signed-in staff member's reminders and messages, newest first. */
@Controller
class StaffInboxController {

  private final Notifications notifications;

  StaffInboxController(Notifications notifications) {
    this.notifications = notifications;
  }

  @GetMapping("/console/messages")
  String inbox(@AuthenticationPrincipal(expression = "identity") StaffIdentity me, Model model) {
    String recipient = "staff:" + me.username();
    model.addAttribute("messages", notifications.inbox(recipient, 100));
    notifications.markRead(recipient);
    return "notifications/staff-inbox";
  }
}
