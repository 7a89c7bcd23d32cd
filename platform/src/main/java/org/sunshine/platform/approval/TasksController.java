package org.sunshine.platform.approval;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.sunshine.platform.organisation.StaffIdentity;

/** 待办审批: what waits for the signed-in staff member, most urgent first. */
@Controller
class TasksController {

  private final Approvals approvals;
  private final Map<String, ApprovalSubjectPages> pages;
  private final Clock clock;

  TasksController(Approvals approvals, List<ApprovalSubjectPages> pages, Clock clock) {
    this.approvals = approvals;
    this.pages =
        pages.stream()
            .collect(Collectors.toMap(ApprovalSubjectPages::subjectType, Function.identity()));
    this.clock = clock;
  }

  @GetMapping("/console/tasks")
  String inbox(@AuthenticationPrincipal(expression = "identity") StaffIdentity me, Model model) {
    List<ApprovalTask> tasks = approvals.inbox(me);
    model.addAttribute("tasks", tasks);
    model.addAttribute(
        "links",
        tasks.stream()
            .filter(t -> pages.containsKey(t.subjectType()))
            .collect(
                Collectors.toMap(
                    ApprovalTask::approvalId,
                    t -> pages.get(t.subjectType()).pageOf(t.subjectId()))));
    Map<Long, String> notes = new HashMap<>();
    for (ApprovalTask t : tasks) {
      ApprovalSubjectPages p = pages.get(t.subjectType());
      String note = p == null ? null : p.noteOf(t.subjectId());
      if (note != null) {
        notes.put(t.approvalId(), note);
      }
    }
    model.addAttribute("notes", notes);
    model.addAttribute("today", LocalDate.now(clock));
    return "approval/tasks";
  }
}
