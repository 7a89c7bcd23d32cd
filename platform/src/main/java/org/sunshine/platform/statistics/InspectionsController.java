package org.sunshine.platform.statistics;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
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
import org.sunshine.platform.organisation.ProcuratorateView;
import org.sunshine.platform.organisation.Role;
import org.sunshine.platform.organisation.StaffIdentity;

/** 监督检查 and 整改 in the console: the inspections, a correction's follow-up, the PDF report. */
@Controller
@RequestMapping("/console/statistics")
class InspectionsController {

  private final Inspections inspections;
  private final InspectionRows rows;
  private final Corrections corrections;
  private final CorrectionRows correctionRows;
  private final InspectionPdf pdf;
  private final Names names;
  private final Directory directory;
  private final Approvals approvals;
  private final Clock clock;

  InspectionsController(
      Inspections inspections,
      InspectionRows rows,
      Corrections corrections,
      CorrectionRows correctionRows,
      InspectionPdf pdf,
      Names names,
      Directory directory,
      Approvals approvals,
      Clock clock) {
    this.inspections = inspections;
    this.rows = rows;
    this.corrections = corrections;
    this.correctionRows = correctionRows;
    this.pdf = pdf;
    this.names = names;
    this.directory = directory;
    this.approvals = approvals;
    this.clock = clock;
  }

  @GetMapping("/inspections")
  String list(@AuthenticationPrincipal(expression = "identity") StaffIdentity me, Model model) {
    List<ProcuratorateView> scope =
        directory.unitsVisibleTo(me).stream().sorted().map(directory::get).toList();
    model.addAttribute("inspections", inspections.visibleTo(me));
    model.addAttribute("corrections", corrections.involving(me));
    model.addAttribute("names", names.lookup());
    model.addAttribute("scope", scope);
    model.addAttribute("below", scope.stream().filter(u -> u.id() != me.unitId()).toList());
    model.addAttribute("mayInspect", me.hasRole(Role.INSPECTOR));
    model.addAttribute("mayOrder", me.hasRole(Role.INSPECTOR) || me.hasRole(Role.CASE_MANAGEMENT));
    model.addAttribute("today", LocalDate.now(clock));
    model.addAttribute("year", LocalDate.now(clock).getYear());
    model.addAttribute("half", LocalDate.now(clock).getMonthValue() <= 6 ? 1 : 2);
    return "statistics/inspections";
  }

  @PostMapping("/inspections")
  String open(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @RequestParam long unit,
      @RequestParam int year,
      @RequestParam int half,
      RedirectAttributes flash) {
    return attempt(
        flash,
        "/console/statistics/inspections",
        () -> "/console/statistics/inspections/" + inspections.open(me, unit, year, half).id());
  }

  @GetMapping("/inspections/{id}")
  String view(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @PathVariable long id,
      Model model) {
    Inspection i = inspections.readable(me, id);
    model.addAttribute("inspection", i);
    model.addAttribute("checklist", inspections.checklist());
    model.addAttribute("checks", rows.checks(id));
    model.addAttribute("findings", rows.findings(id));
    model.addAttribute("corrections", correctionRows.ofInspection(id));
    model.addAttribute("names", names.lookup());
    model.addAttribute(
        "units",
        directory.selfAndDescendants(i.unitId()).stream().sorted().map(directory::get).toList());
    model.addAttribute(
        "mayRecord",
        me.hasRole(Role.INSPECTOR)
            && me.unitId() == i.inspectorUnitId()
            && Inspection.RECORDING.equals(i.status()));
    model.addAttribute("today", LocalDate.now(clock));
    return "statistics/inspection";
  }

  @PostMapping("/inspections/{id}/checks")
  String check(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @PathVariable long id,
      @RequestParam String item,
      @RequestParam(required = false) String result,
      @RequestParam(required = false) String note,
      RedirectAttributes flash) {
    return attempt(flash, page(id), () -> run(() -> inspections.check(me, id, item, result, note)));
  }

  @PostMapping("/inspections/{id}/findings")
  String finding(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @PathVariable long id,
      @RequestParam(required = false) String text,
      RedirectAttributes flash) {
    return attempt(flash, page(id), () -> run(() -> inspections.finding(me, id, text)));
  }

  @PostMapping("/inspections/{id}/corrections")
  String require(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @PathVariable long id,
      @RequestParam long unit,
      @RequestParam(required = false) String requirement,
      @RequestParam(required = false) LocalDate dueOn,
      @RequestParam(required = false) String documentNumber,
      @RequestParam(required = false) Long finding,
      RedirectAttributes flash) {
    var order = new Corrections.Order(unit, requirement, dueOn, documentNumber);
    return attempt(
        flash, page(id), () -> run(() -> inspections.requireCorrection(me, id, finding, order)));
  }

  @PostMapping("/inspections/{id}/complete")
  String complete(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @PathVariable long id,
      @RequestParam(required = false) String summary,
      RedirectAttributes flash) {
    return attempt(flash, page(id), () -> run(() -> inspections.complete(me, id, summary)));
  }

  @GetMapping("/inspections/{id}.pdf")
  ResponseEntity<byte[]> pdf(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me, @PathVariable long id) {
    Inspection i = inspections.readable(me, id);
    byte[] body =
        pdf.render(
            directory.get(i.unitId()).name(),
            directory.get(i.inspectorUnitId()).name(),
            i,
            inspections.checklist(),
            rows.checks(id),
            rows.findings(id),
            correctionRows.ofInspection(id),
            names.lookup());
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline().filename("inspection-" + id + ".pdf").build().toString())
        .body(body);
  }

  /** An upper unit orders a correction in a unit below it, outside any inspection. */
  @PostMapping("/corrections")
  String order(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @RequestParam long unit,
      @RequestParam(required = false) String requirement,
      @RequestParam(required = false) LocalDate dueOn,
      @RequestParam(required = false) String documentNumber,
      RedirectAttributes flash) {
    var order = new Corrections.Order(unit, requirement, dueOn, documentNumber);
    return attempt(
        flash,
        "/console/statistics/inspections",
        () -> "/console/statistics/corrections/" + corrections.order(me, order));
  }

  @GetMapping("/corrections/{id}")
  String correction(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @PathVariable long id,
      Model model) {
    Correction c = corrections.readable(me, id);
    model.addAttribute("correction", c);
    model.addAttribute("steps", correctionRows.steps(id));
    model.addAttribute(
        "document",
        c.documentId() == null ? null : correctionRows.document(c.documentId()).orElse(null));
    model.addAttribute("names", names.lookup());
    model.addAttribute("overdue", c.overdue(LocalDate.now(clock)));
    model.addAttribute(
        "mayReport",
        Correction.ORDERED.equals(c.status())
            && me.unitId() == c.unitId()
            && me.hasRole(Role.CASE_MANAGEMENT));
    model.addAttribute(
        "mayConfirm",
        Correction.REPORTED.equals(c.status())
            && me.unitId() == c.orderingUnitId()
            && (me.hasRole(Role.INSPECTOR) || me.hasRole(Role.CASE_MANAGEMENT)));
    model.addAttribute("task", approvals.pendingFor(Corrections.SUBJECT, id).orElse(null));
    return "statistics/correction";
  }

  @PostMapping("/corrections/{id}/report")
  String report(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @PathVariable long id,
      @RequestParam(required = false) String note,
      RedirectAttributes flash) {
    return attempt(flash, correctionPage(id), () -> run(() -> corrections.report(me, id, note)));
  }

  @PostMapping("/corrections/{id}/confirm")
  String confirm(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @PathVariable long id,
      @RequestParam boolean accept,
      @RequestParam(required = false) String note,
      RedirectAttributes flash) {
    return attempt(
        flash, correctionPage(id), () -> run(() -> corrections.confirm(me, id, accept, note)));
  }

  private static String page(long id) {
    return "/console/statistics/inspections/" + id;
  }

  private static String correctionPage(long id) {
    return "/console/statistics/corrections/" + id;
  }

  private static String run(Runnable r) {
    r.run();
    return null;
  }

  /** Runs the step; on bad input the page comes back with the field's message. */
  private static String attempt(RedirectAttributes flash, String back, Supplier<String> step) {
    try {
      String to = step.get();
      flash.addFlashAttribute("message", "inspection.saved");
      return "redirect:" + (to == null ? back : to);
    } catch (IllegalArgumentException | IllegalStateException e) {
      flash.addFlashAttribute("error", e.getMessage());
      return "redirect:" + back;
    }
  }
}
