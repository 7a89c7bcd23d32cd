package org.sunshine.platform.statistics;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
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
import org.sunshine.platform.approval.Approvals;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.ProcuratorateLevel;
import org.sunshine.platform.organisation.Role;
import org.sunshine.platform.organisation.StaffIdentity;
import org.sunshine.platform.texts.Forbidden;

/** 月度通报: the list, a report with its ranking, names, disputes and corrections, and its approval. */
@Controller
@RequestMapping("/console/statistics")
class ReportsController {

  private final MonthlyReports reports;
  private final ReportRows rows;
  private final Approvals approvals;
  private final Directory directory;
  private final Names names;
  private final ReportPdf pdf;
  private final Clock clock;
  private final MessageSource messages;

  ReportsController(
      MonthlyReports reports,
      ReportRows rows,
      Approvals approvals,
      Directory directory,
      Names names,
      ReportPdf pdf,
      Clock clock,
      MessageSource messages) {
    this.messages = messages;
    this.pdf = pdf;
    this.names = names;
    this.reports = reports;
    this.rows = rows;
    this.approvals = approvals;
    this.directory = directory;
    this.clock = clock;
  }

  @GetMapping("/reports")
  String list(@AuthenticationPrincipal(expression = "identity") StaffIdentity me, Model model) {
    model.addAttribute("reports", reports.visibleTo(me));
    model.addAttribute("names", directory);
    model.addAttribute("canDraft", canDraft(me));
    model.addAttribute("lastMonth", YearMonth.now(clock).minusMonths(1));
    return "statistics/reports";
  }

  private boolean canDraft(StaffIdentity me) {
    return me.hasRole(Role.CASE_MANAGEMENT)
        && directory.get(me.unitId()).level() != ProcuratorateLevel.COUNTY;
  }

  /** 案管 of a province or city drafts a month's report on demand (the job does it on the 1st). */
  @PostMapping("/reports")
  String draft(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @RequestParam YearMonth month,
      RedirectAttributes flash) {
    if (!canDraft(me)) {
      throw Forbidden.of("statistics.reports-controller.draft.forbidden");
    }
    if (!month.isBefore(YearMonth.now(clock))) {
      flash.addFlashAttribute("error", pageText("statistics.reports.error.monthNotEnded"));
      return "redirect:/console/statistics/reports";
    }
    var r = reports.draft(me.unitId(), month.atDay(1));
    return "redirect:/console/statistics/reports/" + r.id();
  }

  static final int NAMED_PER_PAGE = 100;

  @GetMapping("/reports/{id}")
  String view(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @PathVariable long id,
      @RequestParam(defaultValue = "0") int namedPage,
      Model model) {
    ReportRows.Report r = reports.readable(me, id);
    model.addAttribute("report", r);
    model.addAttribute("unit", directory.get(r.unitId()));
    model.addAttribute("month", YearMonth.from(r.month()));
    model.addAttribute("lines", rows.lines(id));
    List<ReportRows.Named> named = rows.named(id);
    // A province's report names hundreds: the page shows them in pages, the PDF has them all.
    int pages = Math.max(1, (named.size() + NAMED_PER_PAGE - 1) / NAMED_PER_PAGE);
    int page = Math.max(0, Math.min(namedPage, pages - 1));
    model.addAttribute("named", named);
    model.addAttribute(
        "namedShown",
        named.subList(page * NAMED_PER_PAGE, Math.min(named.size(), (page + 1) * NAMED_PER_PAGE)));
    model.addAttribute("namedPage", page);
    model.addAttribute("namedPages", pages);
    // Only the named person and their unit's leaders and 案管 may dispute (MonthlyReports.dispute).
    model.addAttribute(
        "unitDisputer",
        me.hasRole(Role.CASE_MANAGEMENT)
            || me.hasRole(Role.DEPUTY_CHIEF)
            || me.hasRole(Role.CHIEF_PROCURATOR)
            || me.hasRole(Role.DEPARTMENT_HEAD));
    model.addAttribute("unitNames", names.lookup());
    model.addAttribute("disputes", rows.disputesOf(id));
    model.addAttribute("corrections", rows.corrections(id));
    var pending = approvals.pendingFor(MonthlyReports.SUBJECT, id);
    model.addAttribute("approval", pending.orElse(null));
    model.addAttribute("history", approvals.history(MonthlyReports.SUBJECT, id));
    model.addAttribute(
        "mayDecide",
        pending.isPresent()
            && me.unitId() == r.unitId()
            && (me.hasRole(pending.get().waitingFor())
                || (pending.get().waitingFor() == Role.DEPUTY_CHIEF
                    && me.hasRole(Role.CHIEF_PROCURATOR))));
    model.addAttribute(
        "mayDecideDisputes", me.unitId() == r.unitId() && me.hasRole(Role.CASE_MANAGEMENT));
    // A returned report goes back to its unit's 案管, who drafts it again from today's figures.
    model.addAttribute(
        "mayRedraft", "DRAFT".equals(r.status()) && me.unitId() == r.unitId() && canDraft(me));
    return "statistics/report";
  }

  /** The published report as PDF (a draft has none: its figures are not final). */
  @GetMapping("/reports/{id}.pdf")
  ResponseEntity<byte[]> pdf(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me, @PathVariable long id) {
    ReportRows.Report r = reports.readable(me, id);
    if (!"PUBLISHED".equals(r.status())) {
      throw new NoSuchElementException("report " + id + " is not published");
    }
    byte[] body =
        pdf.render(
            directory.get(r.unitId()).name(),
            r,
            rows.lines(id),
            rows.named(id),
            rows.corrections(id));
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline().filename("report-" + id + ".pdf").build().toString())
        .body(body);
  }

  @PostMapping("/reports/{id}/decision")
  String decide(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @PathVariable long id,
      @RequestParam boolean approve,
      @RequestParam(required = false) String comment,
      RedirectAttributes flash) {
    try {
      reports.decide(me, id, approve, comment);
      flash.addFlashAttribute(
          "message", approve ? "statistics.report.approved" : "statistics.report.returned");
    } catch (IllegalArgumentException | IllegalStateException e) {
      flash.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:/console/statistics/reports/" + id;
  }

  @PostMapping("/named/{entryId}/dispute")
  String dispute(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @PathVariable long entryId,
      @RequestParam(required = false) String reason,
      RedirectAttributes flash) {
    long reportId = rows.reportOf(entryId);
    try {
      reports.dispute(me, entryId, reason);
      flash.addFlashAttribute("message", "statistics.dispute.raised");
    } catch (IllegalArgumentException | IllegalStateException e) {
      flash.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:/console/statistics/reports/" + reportId;
  }

  @PostMapping("/disputes/{disputeId}/decision")
  String decideDispute(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @PathVariable long disputeId,
      @RequestParam boolean uphold,
      @RequestParam(required = false) String note,
      RedirectAttributes flash) {
    var d = rows.findDispute(disputeId).orElseThrow();
    long reportId = rows.reportOf(d.namedEntryId());
    try {
      reports.decideDispute(me, disputeId, uphold, note);
      flash.addFlashAttribute("message", "statistics.dispute.decided");
    } catch (IllegalArgumentException | IllegalStateException e) {
      flash.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:/console/statistics/reports/" + reportId;
  }

  /** Text for the page, from the bundles. */
  private String pageText(String key, Object... args) {
    return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
  }
}
