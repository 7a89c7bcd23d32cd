package org.sunshine.platform.statistics;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The summary of closed months (V34): each unit's own figures per document type, computed with the
 * same conditions as the live figures ({@link Figure}) and recomputed when the month's version
 * moved since — so it never differs from the ledger, it only saves aggregating a month's entries on
 * every page (ADR 17, measured on 1,000,000 entries).
 */
@Component
class MonthSummaries {

  /** One unit's own figures of one type in a summarised month. */
  record Row(long unitId, String type, Figures figures) {}

  private static final String COUNTS =
      Stream.of(Figure.values())
          .map(f -> f == Figure.DUE ? "count(*)" : "count(*) filter (where " + f.condition + ")")
          .collect(Collectors.joining(", "));

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;
  private final Clock clock;

  MonthSummaries(JdbcClient jdbc, JdbcTemplate batch, Clock clock) {
    this.jdbc = jdbc;
    this.batch = batch;
    this.clock = clock;
  }

  /** A month is summarised once it is over: its figures are then taken at its end, for good. */
  boolean closed(LocalDate month) {
    return !month.plusMonths(1).isAfter(LocalDate.now(clock));
  }

  /**
   * A closed month's rows, brought up to the month's version first; empty when the month is still
   * open or its version is being written right now (the caller then counts live).
   */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public Optional<List<Row>> of(LocalDate month) {
    if (!closed(month)) {
      return Optional.empty();
    }
    jdbc.sql(
            "insert into ledger_month_version (month, version) values (?, 0) on conflict do nothing")
        .param(month)
        .update();
    // Writers bump the version under the same row lock: either they wait for this summary (and
    // bump it stale afterwards) or this waits for nothing and counts live.
    Optional<Long> version =
        jdbc.sql("select version from ledger_month_version where month = ? for update skip locked")
            .param(month)
            .query(Long.class)
            .optional();
    if (version.isEmpty()) {
      return Optional.empty();
    }
    Optional<Long> summarised =
        jdbc.sql("select version from ledger_month_summarised where month = ?")
            .param(month)
            .query(Long.class)
            .optional();
    if (!summarised.equals(version)) {
      summarise(month, version.get());
    }
    return Optional.of(read(month));
  }

  private void summarise(LocalDate month, long version) {
    List<Object[]> rows = new ArrayList<>();
    jdbc.sql(
            "select e.unit_id, e.doc_type, "
                + COUNTS
                + " from "
                + Figure.MONTH
                + " group by e.unit_id, e.doc_type")
        .param("month", month)
        .param("asOf", month.plusMonths(1))
        .query(
            rs -> {
              Object[] r = new Object[11];
              r[0] = month;
              r[1] = rs.getLong(1);
              r[2] = rs.getString(2);
              for (int i = 0; i < 8; i++) {
                r[3 + i] = rs.getInt(3 + i);
              }
              rows.add(r);
            });
    jdbc.sql("delete from ledger_month_summary where month = ?").param(month).update();
    batch.batchUpdate(
        "insert into ledger_month_summary (month, unit_id, doc_type, due, planned, published,"
            + " withheld, non_compliant, overdue, pending, on_time)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows);
    jdbc.sql(
            "insert into ledger_month_summarised (month, version, summarised_at) values (?, ?, ?)"
                + " on conflict (month) do update set version = excluded.version,"
                + " summarised_at = excluded.summarised_at")
        .params(month, version, Timestamp.from(clock.instant()))
        .update();
  }

  private List<Row> read(LocalDate month) {
    return jdbc.sql(
            "select unit_id, doc_type, due, planned, published, withheld, non_compliant, overdue,"
                + " pending, on_time from ledger_month_summary where month = ?")
        .param(month)
        .query(
            (rs, n) ->
                new Row(
                    rs.getLong(1),
                    rs.getString(2),
                    new Figures(
                        rs.getLong(3),
                        rs.getLong(4),
                        rs.getLong(5),
                        rs.getLong(6),
                        rs.getLong(7),
                        rs.getLong(8),
                        rs.getLong(9),
                        rs.getLong(10))))
        .list();
  }
}
