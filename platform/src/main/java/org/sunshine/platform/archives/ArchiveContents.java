package org.sunshine.platform.archives;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.sunshine.platform.organisation.ProcuratorateView;
import org.sunshine.platform.petitions.PetitionStatistics;
import org.sunshine.platform.petitions.Petitions;
import org.sunshine.platform.publication.Disclosures;
import org.sunshine.platform.publication.Disclosures.DisclosedDocument;
import org.sunshine.platform.publication.Disclosures.DisclosedRelease;
import org.sunshine.platform.statistics.Accountability;
import org.sunshine.platform.statistics.Accountability.PeriodFigures;

/**
 * What goes into a unit's quarterly package (seed 001: 司法信息公开资料汇总至本院办公室…立卷): every revision of a
 * document it published in the quarter, every release, and its statistics of the quarter — each a
 * PDF/A file, rendered only when the run reaches it, so the run can show progress. Read through the
 * publication, statistics and petitions facades only.
 */
@Component
class ArchiveContents {

  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  /** A file still to render. */
  record Item(String path, Supplier<byte[]> render) {}

  private final Disclosures disclosures;
  private final Accountability accountability;
  private final Petitions petitions;
  private final ArchivePdf pdf;
  private final MessageSource messages;

  ArchiveContents(
      Disclosures disclosures,
      Accountability accountability,
      Petitions petitions,
      ArchivePdf pdf,
      MessageSource messages) {
    this.disclosures = disclosures;
    this.accountability = accountability;
    this.petitions = petitions;
    this.pdf = pdf;
    this.messages = messages;
  }

  String t(String key, Object... args) {
    return messages.getMessage(key, args, Locale.CHINA);
  }

  List<Item> plan(ProcuratorateView unit, Quarter q, Instant at) {
    List<Item> items = new ArrayList<>();
    for (DisclosedDocument d : disclosures.documents(unit.id(), q.firstDay(), q.lastDay())) {
      String path =
          t("archives.folder.documents")
              + "/"
              + d.publishedOn()
              + "-"
              + clean(d.documentNumber())
              + "-"
              + t("archives.file.revision", d.revision())
              + ".pdf";
      items.add(new Item(path, () -> document(unit, d)));
    }
    for (DisclosedRelease r : disclosures.releases(unit.id(), q.firstDay(), q.lastDay())) {
      String path =
          t("archives.folder.releases") + "/" + r.publishedOn() + "-" + r.releaseId() + ".pdf";
      items.add(new Item(path, () -> release(unit, r)));
    }
    items.add(
        new Item(
            t("archives.folder.statistics")
                + "/"
                + q.code()
                + "-"
                + t("archives.file.statistics")
                + ".pdf",
            () -> statistics(unit, q, at)));
    return items;
  }

  /** The list of files (卷内目录), first in the package. */
  byte[] index(ProcuratorateView unit, Quarter q, int revision, List<String> paths, Instant at) {
    List<String> lines = new ArrayList<>();
    lines.add(t("archives.index.lead", unit.name(), q.year(), q.quarter(), revision));
    lines.add("");
    for (int i = 0; i < paths.size(); i++) {
      lines.add((i + 1) + ". " + paths.get(i));
    }
    lines.add("");
    lines.add(t("archives.index.manifest"));
    return pdf.render(
        t("archives.index.title", unit.name(), q.year(), q.quarter()), unit.name(), lines, at);
  }

  private byte[] document(ProcuratorateView unit, DisclosedDocument d) {
    List<String> lines = new ArrayList<>();
    lines.add(t("archives.doc.number", d.documentNumber()));
    lines.add(t("archives.doc.type", d.typeTitle()));
    lines.add(t("archives.doc.published", d.publishedOn(), d.revision()));
    lines.add(t("archives.doc.channel." + d.channel().name()));
    lines.add(t("archives.doc.sha", d.textSha256()));
    if (d.withdrawnSince()) {
      lines.add(t("archives.doc.withdrawn"));
    }
    lines.add("");
    lines.addAll(List.of(d.text().split("\n", -1)));
    return pdf.render(d.publicTitle(), unit.name(), lines, d.publishedAt());
  }

  private byte[] release(ProcuratorateView unit, DisclosedRelease r) {
    List<String> lines = new ArrayList<>();
    String category =
        messages.getMessage(
            "archives.release.category." + r.category(), null, r.category(), Locale.CHINA);
    lines.add(t("archives.release.category", category));
    lines.add(t("archives.release.published", r.publishedOn()));
    if (r.withdrawnSince()) {
      lines.add(t("archives.release.withdrawn"));
    }
    lines.add("");
    lines.addAll(List.of((r.body() == null ? "" : r.body()).split("\n", -1)));
    String title =
        r.title() == null || r.title().isBlank() ? t("archives.release.erased") : r.title();
    return pdf.render(title, unit.name(), lines, r.publishedAt());
  }

  private byte[] statistics(ProcuratorateView unit, Quarter q, Instant at) {
    List<String> lines = new ArrayList<>();
    lines.add(t("archives.stats.lead", LocalDate.ofInstant(at, CHINA)));
    lines.add("");
    for (int i = 0; i < 3; i++) {
      LocalDate m = q.firstDay().plusMonths(i);
      lines.add(
          t("archives.stats.month", m.getYear(), m.getMonthValue())
              + figures(accountability.month(unit.id(), m)));
    }
    PeriodFigures total = accountability.period(unit.id(), q.firstDay(), q.lastDay());
    lines.add(t("archives.stats.quarter") + figures(total));
    lines.add("");
    lines.add(t("archives.stats.petitions"));
    for (int i = 0; i < 3; i++) {
      YearMonth m = YearMonth.from(q.firstDay().plusMonths(i));
      PetitionStatistics p = petitions.statistics(unit.id(), m);
      lines.add(
          t(
              "archives.stats.petitions.month",
              m.getYear(),
              m.getMonthValue(),
              p.received(),
              rate(p.proceduralRate()),
              rate(p.resultRate()),
              p.overdue()));
    }
    return pdf.render(
        t("archives.stats.title", unit.name(), q.year(), q.quarter()), unit.name(), lines, at);
  }

  String figures(PeriodFigures f) {
    return t(
        "archives.stats.figures",
        f.due(),
        f.published(),
        f.withheld(),
        f.nonCompliant(),
        f.overdue(),
        f.onTime(),
        f.rate() == null ? "—" : String.format("%.1f%%", f.rate() * 100));
  }

  private static String rate(Double percent) {
    return percent == null ? "—" : percent + "%";
  }

  /** A number as a file name: no separators or characters archivers stumble on. */
  private static String clean(String s) {
    return s.replaceAll("[\\\\/:*?\"<>|\\s]", "_");
  }
}
