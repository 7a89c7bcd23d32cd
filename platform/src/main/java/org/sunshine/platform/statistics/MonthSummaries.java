package org.sunshine.platform.statistics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

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
  private final MonthSummaries self;

  MonthSummaries(JdbcClient jdbc, JdbcTemplate batch, Clock clock, @Lazy MonthSummaries self) {
    this.jdbc = jdbc;
    this.batch = batch;
    this.clock = clock;
    // Through the proxy, so a refresh runs in its own transaction.
    this.self = self;
  }

  /** A month is summarised once it is over: its figures are then taken at its end, for good. */
  boolean closed(LocalDate month) {
    return !month.plusMonths(1).isAfter(LocalDate.now(clock));
  }

  /**
   * The rows of the given months that are closed, each brought up to its month's version first; a
   * month still open, or being written right now, is absent (the caller counts it live). A fresh
   * month is read without locking or writing anything.
   */
  Map<LocalDate, List<Row>> of(Collection<LocalDate> months) {
    List<LocalDate> closed = months.stream().filter(this::closed).distinct().toList();
    if (closed.isEmpty()) {
      return Map.of();
    }
    Set<LocalDate> fresh =
        new HashSet<>(
            jdbc.sql(
                    "select v.month from ledger_month_version v join ledger_month_summarised s"
                        + " on s.month = v.month and s.version = v.version where v.month in (:months)")
                .param("months", closed)
                .query(LocalDate.class)
                .list());
    // A refresh takes a second connection (its own transaction). Inside a writing transaction,
    // which
    // may hold the very row locks the ledger's writers wait on while they hold the pool's other
    // connections, that could starve: there a stale month is counted live, and the background
    // refresh (MonthSummaryRefresh) or the next reader brings its summary up to date.
    boolean mayRefresh =
        !TransactionSynchronizationManager.isActualTransactionActive()
            || TransactionSynchronizationManager.isCurrentTransactionReadOnly();
    for (LocalDate m : closed) {
      if (!fresh.contains(m) && mayRefresh && self.refresh(m)) {
        fresh.add(m);
      }
    }
    Map<LocalDate, List<Row>> rows = new HashMap<>();
    fresh.forEach(m -> rows.put(m, new ArrayList<>()));
    if (!fresh.isEmpty()) {
      jdbc.sql(
              "select month, unit_id, doc_type, due, planned, published, withheld, non_compliant,"
                  + " overdue, pending, on_time from ledger_month_summary where month in (:months)")
          .param("months", fresh)
          .query(
              rs -> {
                rows.get(rs.getObject(1, LocalDate.class)).add(row(rs));
              });
    }
    return rows;
  }

  /**
   * Recomputes a closed month's summary for its current version, in its own transaction; false when
   * a writer holds the month right now.
   */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public boolean refresh(LocalDate month) {
    jdbc.sql(
            "insert into ledger_month_version (month, version) values (?, 0) on conflict do nothing")
        .param(month)
        .update();
    // Writers bump the version under the same row lock: either they wait for this summary (and
    // make it stale afterwards) or this gives way and the month is counted live.
    Optional<Long> version =
        jdbc.sql("select version from ledger_month_version where month = ? for update skip locked")
            .param(month)
            .query(Long.class)
            .optional();
    if (version.isEmpty()) {
      return false;
    }
    Optional<Long> summarised =
        jdbc.sql("select version from ledger_month_summarised where month = ?")
            .param(month)
            .query(Long.class)
            .optional();
    if (!summarised.equals(version)) {
      summarise(month, version.get());
    }
    return true;
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

  private static Row row(ResultSet rs) throws SQLException {
    return new Row(
        rs.getLong(2),
        rs.getString(3),
        new Figures(
            rs.getLong(4),
            rs.getLong(5),
            rs.getLong(6),
            rs.getLong(7),
            rs.getLong(8),
            rs.getLong(9),
            rs.getLong(10),
            rs.getLong(11)));
  }
}
