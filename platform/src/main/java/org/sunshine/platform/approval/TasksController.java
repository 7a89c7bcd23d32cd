package org.sunshine.platform.approval;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.sunshine.platform.organisation.StaffIdentity;

/** 待办审批: what waits for the signed-in staff member, most urgent first. */
@Controller
class TasksController {

  /** Where each kind of subject is decided (its module's page). */
  private static final Map<String, String> PAGES =
      Map.of("LegalDocument", "/console/documents/", "CaseRelease", "/console/releases/");

  private final Approvals approvals;
  private final Clock clock;

  TasksController(Approvals approvals, Clock clock) {
    this.approvals = approvals;
    this.clock = clock;
  }

  @GetMapping("/console/tasks")
  String inbox(@AuthenticationPrincipal(expression = "identity") StaffIdentity me, Model model) {
    model.addAttribute("tasks", approvals.inbox(me));
    model.addAttribute("pages", PAGES);
    model.addAttribute("today", LocalDate.now(clock));
    return "approval/tasks";
  }
}
