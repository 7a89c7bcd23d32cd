package org.sunshine.platform.archives;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.NoSuchElementException;
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
import org.sunshine.platform.audit.AuditLog;
import org.sunshine.platform.audit.Channel;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.ProcuratorateView;
import org.sunshine.platform.organisation.Role;
import org.sunshine.platform.organisation.StaffIdentity;
import org.sunshine.platform.texts.BadInput;

/**
 * 立卷归档 in the console: the packages of the units in scope, generating one on demand (a run whose
 * progress the page polls), and downloading a package (each download audited).
 */
@Controller
@RequestMapping("/console/archives")
class ArchivesController {

  static final String PACKAGE = "ArchivePackage";

  private final ArchiveRows rows;
  private final ArchiveJobs jobs;
  private final ArchiveAccess access;
  private final Directory directory;
  private final AuditLog audit;
  private final Clock clock;

  ArchivesController(
      ArchiveRows rows,
      ArchiveJobs jobs,
      ArchiveAccess access,
      Directory directory,
      AuditLog audit,
      Clock clock) {
    this.rows = rows;
    this.jobs = jobs;
    this.access = access;
    this.directory = directory;
    this.audit = audit;
    this.clock = clock;
  }

  @GetMapping
  String list(@AuthenticationPrincipal(expression = "identity") StaffIdentity me, Model model) {
    var units = access.units(me);
    Quarter last = Quarter.of(LocalDate.now(clock)).previous();
    model.addAttribute("packages", rows.ofUnits(units, 300));
    model.addAttribute(
        "units",
        directory.all().stream()
            .filter(u -> units.contains(u.id()))
            .sorted(Comparator.comparing(ProcuratorateView::code))
            .toList());
    model.addAttribute("names", directory);
    model.addAttribute("canGenerate", me.hasRole(Role.CASE_MANAGEMENT));
    model.addAttribute("last", last);
    return "archives/packages";
  }

  /** 案管 generates a package now; the page follows the run. */
  @PostMapping("/packages")
  String generate(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @RequestParam long unit,
      @RequestParam int year,
      @RequestParam int quarter,
      RedirectAttributes flash) {
    access.manage(me, unit);
    Quarter q;
    try {
      q = new Quarter(year, quarter);
      if (q.firstDay().isAfter(LocalDate.now(clock))) {
        throw BadInput.at("quarter", "archives.archives-controller.quarter.not-started");
      }
    } catch (IllegalArgumentException e) {
      flash.addFlashAttribute("error", e.getMessage());
      return "redirect:/console/archives";
    }
    long job = jobs.start(unit, q, me.username());
    audit.record(
        me.username(),
        me.unitId(),
        "GENERATE_ARCHIVE_PACKAGE",
        PACKAGE,
        null,
        unit + "/" + q.code() + " job " + job,
        Channel.CONSOLE);
    return "redirect:/console/archives/jobs/" + job;
  }

  @GetMapping("/jobs/{id}")
  String job(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @PathVariable long id,
      Model model) {
    model.addAttribute("job", readableJob(me, id));
    model.addAttribute("names", directory);
    return "archives/job";
  }

  /** The progress block alone, polled by htmx while the run lasts. */
  @GetMapping("/jobs/{id}/progress")
  String progress(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @PathVariable long id,
      Model model) {
    model.addAttribute("job", readableJob(me, id));
    return "archives/job :: progress";
  }

  private ArchiveRows.Job readableJob(StaffIdentity me, long id) {
    ArchiveRows.Job job = rows.job(id).orElseThrow(() -> new NoSuchElementException("job"));
    access.read(me, job.unitId());
    return job;
  }

  @GetMapping("/packages/{id}.zip")
  ResponseEntity<byte[]> download(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me, @PathVariable long id) {
    ArchiveRows.Package p =
        rows.find(id).orElseThrow(() -> new NoSuchElementException("package " + id));
    access.read(me, p.unitId());
    audit.record(
        me.username(),
        me.unitId(),
        "DOWNLOAD_ARCHIVE_PACKAGE",
        PACKAGE,
        String.valueOf(id),
        p.unitId() + "/" + p.period().code() + "/r" + p.revision() + " " + p.zipSha256(),
        Channel.CONSOLE);
    String name =
        directory.get(p.unitId()).code() + "-" + p.period().code() + "-r" + p.revision() + ".zip";
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType("application/zip"))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(name, StandardCharsets.UTF_8)
                .build()
                .toString())
        .header("X-Manifest-SHA256", p.manifestSha256())
        .body(rows.zip(id));
  }
}
