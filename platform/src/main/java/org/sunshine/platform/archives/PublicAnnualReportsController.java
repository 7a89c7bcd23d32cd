package org.sunshine.platform.archives;

import java.time.Clock;
import java.time.LocalDate;
import java.util.NoSuchElementException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.sunshine.platform.organisation.Directory;

/**
 * The public site's annual reports (seed 001: 年度检务公开工作情况 published before 31 December): the
 * published reports of a year by unit, each as a page and a PDF. A draft or a report in approval
 * does not exist here.
 */
@Controller
@RequestMapping("/reports/annual")
class PublicAnnualReportsController {

  private final AnnualReportRows rows;
  private final AnnualReportPdf pdf;
  private final Directory directory;
  private final Clock clock;

  PublicAnnualReportsController(
      AnnualReportRows rows, AnnualReportPdf pdf, Directory directory, Clock clock) {
    this.rows = rows;
    this.pdf = pdf;
    this.directory = directory;
    this.clock = clock;
  }

  @GetMapping
  String list(@RequestParam(required = false) Integer year, Model model) {
    var years = rows.publishedYears();
    int y = year != null ? year : years.isEmpty() ? LocalDate.now(clock).getYear() : years.get(0);
    model.addAttribute("year", y);
    model.addAttribute("years", years);
    model.addAttribute("reports", rows.published(y));
    model.addAttribute("names", directory);
    return "archives/public-list";
  }

  @GetMapping("/{id}")
  String view(@PathVariable long id, Model model) {
    AnnualReport r = published(id);
    model.addAttribute("report", r);
    model.addAttribute("unit", directory.get(r.unitId()));
    model.addAttribute("sections", AnnualReportPdf.SECTIONS);
    model.addAttribute("paragraphs", AnnualReportPdf.paragraphs(r.sections()));
    return "archives/public-report";
  }

  @GetMapping("/{id}.pdf")
  ResponseEntity<byte[]> pdf(@PathVariable long id) {
    AnnualReport r = published(id);
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline().filename("annual-report-" + id + ".pdf").build().toString())
        .body(pdf.render(directory.get(r.unitId()), r));
  }

  private AnnualReport published(long id) {
    return rows.find(id)
        .filter(r -> r.status() == AnnualReport.Status.PUBLISHED)
        .orElseThrow(() -> new NoSuchElementException("annual report " + id));
  }
}
