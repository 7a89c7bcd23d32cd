package org.sunshine.platform.statistics;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.ProcuratorateLevel;
import org.sunshine.platform.organisation.ProcuratorateView;
import org.sunshine.platform.texts.BadInput;

/**
 * What the public sees (RULES.md §8, seed 001): per unit and quarter, the figures of the published
 * monthly reports only — never a draft, never the live ledger — and where the unit's public
 * documents are.
 */
@Service
class PublicStatistics {

  record UnitQuarter(
      long unitId,
      String unitName,
      int year,
      int quarter,
      int due,
      int published,
      int withheld,
      int nonCompliant,
      int overdue,
      int onTime,
      Double rate,
      int monthsReported) {}

  private final PublishedFigures rows;
  private final Directory directory;
  private final Clock clock;

  PublicStatistics(PublishedFigures rows, Directory directory, Clock clock) {
    this.rows = rows;
    this.directory = directory;
    this.clock = clock;
  }

  /** The quarter before this one: the latest with every month reported. */
  int[] lastQuarter() {
    LocalDate d = LocalDate.now(clock).minusMonths(3);
    return new int[] {d.getYear(), (d.getMonthValue() - 1) / 3 + 1};
  }

  static void check(int year, int quarter) {
    if (quarter < 1 || quarter > 4) {
      throw BadInput.at("quarter", "statistics.public-statistics.quarter.range");
    }
    if (year < 2000 || year > 2100) {
      throw BadInput.at("year", "statistics.public-statistics.year.invalid");
    }
  }

  @Transactional(readOnly = true)
  UnitQuarter of(long unitId, int year, int quarter) {
    check(year, quarter);
    ProcuratorateView u = directory.get(unitId);
    LocalDate from = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    ReportRows.Line l = rows.published(unitId, top(u), from, from.plusMonths(2));
    return new UnitQuarter(
        unitId,
        u.name(),
        year,
        quarter,
        l.due(),
        l.published(),
        l.withheld(),
        l.nonCompliant(),
        l.overdue(),
        l.onTime(),
        l.rate(),
        l.ranking());
  }

  /**
   * The top of the reporting tree: a unit with none above, or a province, which reports to no one
   * here (the supreme procuratorate is in the directory but drafts no monthly report).
   */
  private boolean top(ProcuratorateView u) {
    return u.parentId() == null
        || directory.get(u.parentId()).level() == ProcuratorateLevel.SUPREME;
  }

  /** The unit and each unit directly below it. */
  @Transactional(readOnly = true)
  List<UnitQuarter> withChildren(long unitId, int year, int quarter) {
    List<UnitQuarter> all = new ArrayList<>();
    all.add(of(unitId, year, quarter));
    for (ProcuratorateView c : directory.children(unitId)) {
      all.add(of(c.id(), year, quarter));
    }
    return all;
  }
}
