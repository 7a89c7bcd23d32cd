package org.sunshine.platform.archives;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sunshine.platform.approval.ApprovalView;
import org.sunshine.platform.approval.Approvals;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.Role;
import org.sunshine.platform.organisation.StaffIdentity;

/** 年度检务公开报告 in the console: drafts, the editor (text editable, figures computed), approval. */
@Controller
@RequestMapping("/console/archives/annual")
class AnnualReportsController {

  private final AnnualReports reports;
  private final ArchiveAccess access;
  private final Approvals approvals;
  private final Directory directory;
  private final Clock clock;

  AnnualReportsController(
      AnnualReports reports,
      ArchiveAccess access,
      Approvals approvals,
      Directory directory,
      Clock clock) {
    this.reports = reports;
    this.access = access;
    this.approvals = approvals;
    this.directory = directory;
    this.clock = clock;
  }

  @GetMapping
  String list(@AuthenticationPrincipal(expression = "identity") StaffIdentity me, Model model) {
    model.addAttribute("reports", reports.visibleTo(me));
    model.addAttribute("names", directory);
    model.addAttribute("canDraft", me.hasRole(Role.CASE_MANAGEMENT));
    model.addAttribute("thisYear", LocalDate.now(clock).getYear());
    return "archives/annual-list";
  }

  /** 案管 drafts the unit's report of a year (or opens the one already drafted). */
  @PostMapping
  String draft(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @RequestParam int year,
      RedirectAttributes flash) {
    access.manage(me, me.unitId());
    try {
      return "redirect:/console/archives/annual/" + reports.draft(me.unitId(), year).id();
    } catch (IllegalArgumentException e) {
      flash.addFlashAttribute("error", e.getMessage());
      return "redirect:/console/archives/annual";
    }
  }

  @GetMapping("/{id}")
  String view(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @PathVariable long id,
      Model model) {
    AnnualReport r = reports.current(reports.readable(me, id));
    show(me, r, r.sections(), model);
    return "archives/annual";
  }

  private void show(StaffIdentity me, AnnualReport r, AnnualReport.Sections text, Model model) {
    model.addAttribute("report", r);
    model.addAttribute("texts", AnnualReportPdf.texts(text));
    model.addAttribute("paragraphs", AnnualReportPdf.paragraphs(text));
    model.addAttribute("unit", directory.get(r.unitId()));
    model.addAttribute("sections", AnnualReportPdf.SECTIONS);
    model.addAttribute(
        "editable",
        r.status() == AnnualReport.Status.DRAFT
            && me.hasRole(Role.CASE_MANAGEMENT)
            && access.units(me).contains(r.unitId()));
    var pending = approvals.pendingFor(AnnualReports.SUBJECT, r.id());
    model.addAttribute("approval", pending.orElse(null));
    model.addAttribute("history", approvals.history(AnnualReports.SUBJECT, r.id()));
    model.addAttribute("mayDecide", pending.map(p -> mayDecide(me, r, p)).orElse(false));
  }

  private static boolean mayDecide(StaffIdentity me, AnnualReport r, ApprovalView p) {
    return me.unitId() == r.unitId()
        && (me.hasRole(p.waitingFor())
            || (p.waitingFor() == Role.DEPUTY_CHIEF && me.hasRole(Role.CHIEF_PROCURATOR)));
  }

  /** Saves the text sections; a refused text is shown again with the reason, nothing saved. */
  @PostMapping("/{id}")
  String edit(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @PathVariable long id,
      @RequestParam(required = false) String active,
      @RequestParam(required = false) String request,
      @RequestParam(required = false) String objection,
      @RequestParam(required = false) String problems,
      @RequestParam(required = false) String oversight,
      Model model,
      RedirectAttributes flash) {
    AnnualReport.Sections text =
        new AnnualReport.Sections(active, request, objection, problems, oversight);
    try {
      reports.edit(me, id, text);
      flash.addFlashAttribute("message", "archives.annual.saved");
      return "redirect:/console/archives/annual/" + id;
    } catch (IllegalArgumentException | IllegalStateException e) {
      AnnualReport r = reports.readable(me, id);
      show(me, r, text, model);
      model.addAttribute("error", e.getMessage());
      return "archives/annual";
    }
  }

  @PostMapping("/{id}/submit")
  String submit(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @PathVariable long id,
      RedirectAttributes flash) {
    try {
      reports.submit(me, id);
      flash.addFlashAttribute("message", "archives.annual.submitted");
    } catch (IllegalArgumentException | IllegalStateException e) {
      flash.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:/console/archives/annual/" + id;
  }

  @PostMapping("/{id}/decision")
  String decide(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @PathVariable long id,
      @RequestParam boolean approve,
      @RequestParam(required = false) String comment,
      RedirectAttributes flash) {
    reports.readable(me, id);
    try {
      AnnualReport r = reports.decide(me, id, approve, comment);
      flash.addFlashAttribute(
          "message",
          r.status() == AnnualReport.Status.PUBLISHED
              ? "archives.annual.published"
              : approve ? "archives.annual.approved" : "archives.annual.returned");
    } catch (IllegalArgumentException | IllegalStateException e) {
      flash.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:/console/archives/annual/" + id;
  }
}
