package org.sunshine.platform.statistics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunshine.platform.organisation.Directory;

/**
 * Completion at any day of a month (at the month's end once it is over): per unit rolled up through
 * the hierarchy, per type, department and handler, and the entries behind each figure. Counts and
 * lists use the same conditions ({@link Figure}), so a list always has as many lines as its figure.
 */
@Service
class Completion {

  private static final String COUNTS =
      Stream.of(Figure.values())
          .filter(f -> f != Figure.DUE)
          .map(f -> "count(*) filter (where " + f.condition + ")")
          .collect(Collectors.joining(", ", "count(*), ", ""));

  private final JdbcClient jdbc;
  private final Directory directory;
  private final MonthSummaries summaries;
  private final Clock clock;

  Completion(JdbcClient jdbc, Directory directory, MonthSummaries summaries, Clock clock) {
    this.jdbc = jdbc;
    this.directory = directory;
    this.summaries = summaries;
    this.clock = clock;
  }

  /** The day figures are taken at: today within the month, the month's end once it is over. */
  LocalDate asOf(LocalDate month) {
    LocalDate next = month.plusMonths(1);
    LocalDate today = LocalDate.now(clock);
    return today.isBefore(next) ? today : next;
  }

  /**
   * Each unit's own figures (not rolled up), for the given units: a closed month from its summary,
   * the current month counted live.
   */
  @Transactional(readOnly = true)
  Map<Long, Figures> ownByUnit(LocalDate month, Collection<Long> units) {
    if (units.isEmpty()) {
      return Map.of();
    }
    List<MonthSummaries.Row> summary = summaries.of(List.of(month)).get(month);
    return summary == null ? liveByUnit(month, units) : byUnit(summary, units);
  }

  private static Map<Long, Figures> byUnit(List<MonthSummaries.Row> rows, Collection<Long> units) {
    Set<Long> wanted = Set.copyOf(units);
    Map<Long, Figures> byUnit = new HashMap<>();
    for (MonthSummaries.Row r : rows) {
      if (wanted.contains(r.unitId())) {
        byUnit.merge(r.unitId(), r.figures(), Figures::plus);
      }
    }
    return byUnit;
  }

  /** {@link #ownByUnit} counted from the ledger itself (the summary's reference). */
  Map<Long, Figures> liveByUnit(LocalDate month, Collection<Long> units) {
    Map<Long, Figures> byUnit = new HashMap<>();
    jdbc.sql(
            "select e.unit_id, "
                + COUNTS
                + " from "
                + Figure.MONTH
                + " where e.unit_id in (:units) group by e.unit_id")
        .param("month", month)
        .param("asOf", asOf(month))
        .param("units", units)
        .query(
            rs -> {
              byUnit.put(rs.getLong(1), figures(rs, 2));
            });
    return byUnit;
  }

  /** A unit's figures with everything below it. */
  Figures rolledUp(long unitId, LocalDate month) {
    return sum(ownByUnit(month, directory.selfAndDescendants(unitId)).values());
  }

  record UnitLine(long unitId, String name, boolean own, Figures figures) {}

  /**
   * The lines of a unit's dashboard: each unit directly below it with its subordinates, then the
   * unit's own documents (本院).
   */
  @Transactional(readOnly = true)
  List<UnitLine> lines(long unitId, LocalDate month) {
    Set<Long> all = directory.selfAndDescendants(unitId);
    Map<Long, Figures> own = ownByUnit(month, all);
    List<UnitLine> lines = new ArrayList<>();
    for (var child : directory.children(unitId)) {
      Figures f =
          sum(
              directory.selfAndDescendants(child.id()).stream()
                  .map(u -> own.getOrDefault(u, Figures.NONE))
                  .toList());
      lines.add(new UnitLine(child.id(), child.name(), false, f));
    }
    lines.add(
        new UnitLine(
            unitId, directory.get(unitId).name(), true, own.getOrDefault(unitId, Figures.NONE)));
    return lines;
  }

  /** A unit's month (rolled up) broken down by type, department or handler. */
  @Transactional(readOnly = true)
  Map<String, Figures> by(Dimension dim, long unitId, boolean ownOnly, LocalDate month) {
    if (dim == Dimension.TYPE) {
      List<MonthSummaries.Row> summary = summaries.of(List.of(month)).get(month);
      if (summary != null) {
        Set<Long> wanted = Set.copyOf(units(unitId, ownOnly));
        Map<String, Figures> byType = new TreeMap<>();
        for (MonthSummaries.Row r : summary) {
          if (wanted.contains(r.unitId())) {
            byType.merge(r.type(), r.figures(), Figures::plus);
          }
        }
        return new LinkedHashMap<>(byType);
      }
    }
    Map<String, Figures> groups = new LinkedHashMap<>();
    jdbc.sql(
            "select "
                + dim.column
                + ", "
                + COUNTS
                + " from "
                + Figure.MONTH
                + " where e.unit_id in (:units) group by 1 order by 1")
        .param("month", month)
        .param("asOf", asOf(month))
        .param("units", units(unitId, ownOnly))
        .query(
            rs -> {
              groups.put(rs.getString(1), figures(rs, 2));
            });
    return groups;
  }

  /** The entries behind one figure: as many as the figure counts. */
  @Transactional(readOnly = true)
  List<LedgerEntry> entries(
      long unitId, boolean ownOnly, LocalDate month, Figure f, Dimension dim, String key) {
    String where =
        "e.unit_id in (:units) and ("
            + f.condition
            + ")"
            + (dim == null ? "" : " and " + dim.column + " = :key");
    var spec =
        jdbc.sql(
                "select e.* from "
                    + Figure.MONTH
                    + " where "
                    + where
                    + " order by e.due_on, e.document_id")
            .param("month", month)
            .param("asOf", asOf(month))
            .param("units", units(unitId, ownOnly));
    if (dim != null) {
      spec = spec.param("key", key == null ? "" : key);
    }
    return spec.query((rs, n) -> LedgerRows.entry(rs)).list();
  }

  /**
   * A unit's rolled-up figures month by month (the trend chart): the closed months from their
   * summaries, the current one counted live.
   */
  @Transactional(readOnly = true)
  Map<LocalDate, Figures> trend(long unitId, LocalDate firstMonth, int months) {
    Set<Long> units = directory.selfAndDescendants(unitId);
    List<LocalDate> all = new ArrayList<>();
    for (int i = 0; i < months; i++) {
      all.add(firstMonth.plusMonths(i));
    }
    // The closed months in two queries, the current one (or any being written) counted live.
    Map<LocalDate, List<MonthSummaries.Row>> summarised = summaries.of(all);
    Map<LocalDate, Figures> trend = new LinkedHashMap<>();
    for (LocalDate m : all) {
      List<MonthSummaries.Row> rows = summarised.get(m);
      trend.put(m, sum((rows == null ? liveByUnit(m, units) : byUnit(rows, units)).values()));
    }
    return trend;
  }

  private Collection<Long> units(long unitId, boolean ownOnly) {
    return ownOnly ? List.of(unitId) : directory.selfAndDescendants(unitId);
  }

  static Figures sum(Collection<Figures> all) {
    return all.stream().reduce(Figures.NONE, Figures::plus);
  }

  /** Reads the counts in {@link Figure} order from column {@code first}. */
  private static Figures figures(ResultSet rs, int first) throws SQLException {
    Map<Figure, Long> n = new HashMap<>();
    int i = first;
    n.put(Figure.DUE, rs.getLong(i++));
    for (Figure f : Figure.values()) {
      if (f != Figure.DUE) {
        n.put(f, rs.getLong(i++));
      }
    }
    return new Figures(
        n.get(Figure.DUE),
        n.get(Figure.PLANNED),
        n.get(Figure.PUBLISHED),
        n.get(Figure.WITHHELD),
        n.get(Figure.NON_COMPLIANT),
        n.get(Figure.OVERDUE),
        n.get(Figure.PENDING),
        n.get(Figure.ON_TIME));
  }
}
