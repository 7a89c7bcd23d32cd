package org.sunshine.platform.console;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.sunshine.platform.approval.Approvals;
import org.sunshine.platform.cases.Cases;
import org.sunshine.platform.cases.WorkingCalendar;
import org.sunshine.platform.documents.Documents;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.StaffIdentity;
import org.sunshine.platform.security.Credentials;
import org.sunshine.platform.security.StaffPrincipal;

/** 工作台: who I am, where I sit in the hierarchy, what my data scope covers, and my tasks. */
@Controller
class DashboardController {

  private final Directory directory;
  private final Credentials credentials;
  private final Cases cases;
  private final Documents documents;
  private final Approvals approvals;
  private final WorkingCalendar calendar;
  private final Clock clock;

  DashboardController(
      Directory directory,
      Credentials credentials,
      Cases cases,
      Documents documents,
      Approvals approvals,
      WorkingCalendar calendar,
      Clock clock) {
    this.calendar = calendar;
    this.clock = clock;
    this.directory = directory;
    this.credentials = credentials;
    this.cases = cases;
    this.documents = documents;
    this.approvals = approvals;
  }

  @GetMapping({"/console", "/console/"})
  String dashboard(@AuthenticationPrincipal StaffPrincipal principal, Model model) {
    describe(principal.identity(), model);
    model.addAttribute("overdueCases", cases.overdueCount(principal.identity()));
    model.addAttribute("overdueDocuments", documents.visibleTo(principal.identity(), true).size());
    model.addAttribute("approvalTasks", approvals.inbox(principal.identity()).size());
    model.addAttribute("noHolidays", !calendar.hasHolidaysIn(LocalDate.now(clock).getYear()));
    return "console/dashboard";
  }

  @GetMapping("/console/profile")
  String profile(@AuthenticationPrincipal StaffPrincipal principal, Model model) {
    describe(principal.identity(), model);
    return "console/profile";
  }

  private void describe(StaffIdentity me, Model model) {
    model.addAttribute("unit", directory.get(me.unitId()));
    model.addAttribute("unitPath", directory.path(me.unitId()));
    model.addAttribute(
        "department",
        directory.departments(me.unitId()).stream()
            .filter(d -> me.departmentId() != null && d.id() == me.departmentId())
            .findFirst()
            .orElse(null));
    model.addAttribute("visibleUnitCount", directory.unitsVisibleTo(me).size());
    model.addAttribute("credential", credentials.status(me.accountId()));
  }
}
