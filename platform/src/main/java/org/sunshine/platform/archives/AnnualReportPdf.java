package org.sunshine.platform.archives;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.sunshine.platform.organisation.ProcuratorateView;

/** The published annual report as a PDF/A file: each section's text, then its figures. */
@Component
class AnnualReportPdf {

  static final List<String> SECTIONS =
      List.of("active", "request", "objection", "problems", "oversight");

  private final ArchivePdf pdf;
  private final MessageSource messages;

  AnnualReportPdf(ArchivePdf pdf, MessageSource messages) {
    this.pdf = pdf;
    this.messages = messages;
  }

  byte[] render(ProcuratorateView unit, AnnualReport r) {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < SECTIONS.size(); i++) {
      String s = SECTIONS.get(i);
      lines.add(t("archives.annual.section.number." + (i + 1)) + t("archives.annual.section." + s));
      lines.addAll(List.of(text(r.sections(), s).split("\n", -1)));
      for (Map.Entry<String, Long> f : r.figures().of(s).entrySet()) {
        lines.add("  " + t("archives.figure." + f.getKey()) + "：" + f.getValue());
      }
      if (s.equals("active") && r.figures().rate() != null) {
        lines.add(
            "  "
                + t("archives.figure.rate")
                + "："
                + String.format("%.1f%%", r.figures().rate() * 100));
      }
      lines.add("");
    }
    lines.add(t("archives.annual.pdf.sha", r.contentSha256()));
    return pdf.render(
        t("archives.annual.title", unit.name(), String.valueOf(r.year())),
        unit.name(),
        lines,
        r.publishedAt());
  }

  /** Each section's text by its name, for the pages. */
  static Map<String, String> texts(AnnualReport.Sections s) {
    Map<String, String> m = new LinkedHashMap<>();
    SECTIONS.forEach(name -> m.put(name, text(s, name)));
    return m;
  }

  /** Each section's non-blank lines by its name, for the pages (one paragraph each). */
  static Map<String, List<String>> paragraphs(AnnualReport.Sections s) {
    Map<String, List<String>> m = new LinkedHashMap<>();
    SECTIONS.forEach(name -> m.put(name, text(s, name).lines().filter(l -> !l.isBlank()).toList()));
    return m;
  }

  static String text(AnnualReport.Sections s, String section) {
    return switch (section) {
      case "active" -> s.active();
      case "request" -> s.request();
      case "objection" -> s.objection();
      case "problems" -> s.problems();
      case "oversight" -> s.oversight();
      default -> throw new IllegalArgumentException(section);
    };
  }

  private String t(String key, Object... args) {
    return messages.getMessage(key, args, Locale.CHINA);
  }
}
