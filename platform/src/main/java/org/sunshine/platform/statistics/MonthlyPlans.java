package org.sunshine.platform.statistics;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.sunshine.platform.organisation.Directory;

/**
 * 月初上报计划数 (RULES.md §8): on the 1st the month's plan is computed from the ledger — the documents
 * due this month plus those still unpublished from earlier months (carried over) — and frozen: it
 * is never typed in and never recomputed, whatever becomes due or is published afterwards.
 */
@Service
class MonthlyPlans {

  record Plan(LocalDate month, long planned, long carried) {}

  private final JdbcClient jdbc;
  private final Directory directory;
  private final LedgerRebuild ledger;
  private final Clock clock;
  private final TransactionTemplate tx;

  MonthlyPlans(
      JdbcClient jdbc,
      Directory directory,
      LedgerRebuild ledger,
      Clock clock,
      TransactionTemplate tx) {
    this.jdbc = jdbc;
    this.directory = directory;
    this.ledger = ledger;
    this.clock = clock;
    this.tx = tx;
  }

  /** Shortly after midnight on the 1st: catch the ledger up, then freeze the month's plan. */
  @Scheduled(cron = "${sunshine.statistics.plan-cron:0 30 0 1 * *}")
  @SchedulerLock(name = "statistics.monthly-plan")
  // The ledger's catch-up commits on its own (a failing freeze keeps it); the freeze is one
  // transaction, begun inside the lock — freeze() is called on this object, past its proxy.
  public void onTheFirst() {
    ledger.nightly();
    tx.execute(s -> freeze(LocalDate.now(clock).withDayOfMonth(1)));
  }

  /**
   * A platform that was not running at 00:30 on the 1st freezes the month's plan at its next daily
   * run: late, and then with what the ledger holds that day, but never missing.
   */
  @Scheduled(cron = "${sunshine.statistics.plan-catch-up-cron:0 20 6 * * *}")
  @SchedulerLock(name = "statistics.monthly-plan-catch-up")
  public void catchUp() {
    if (find(LocalDate.now(clock)).isEmpty()) {
      onTheFirst();
    }
  }

  /** Freezes the plan of a month once; a second call returns the plan already frozen. */
  @Transactional
  public Plan freeze(LocalDate month) {
    LocalDate m = month.withDayOfMonth(1);
    boolean first =
        jdbc.sql(
                    "insert into monthly_plan (month, frozen_at, planned, carried) values (?, ?, 0, 0)"
                        + " on conflict do nothing")
                .params(m, Timestamp.from(clock.instant()))
                .update()
            > 0;
    if (first) {
      jdbc.sql(
              """
              insert into monthly_plan_item (month, document_id, unit_id, carried)
              select :month, e.document_id, e.unit_id, e.due_month < :month from ledger_entry e
              where e.due_month = :month or (e.due_month < :month and e.state = 'OPEN')
              """)
          .param("month", m)
          .update();
      // The month's plan and carried entries are part of its figures: its summary is stale now.
      jdbc.sql(
              "insert into ledger_month_version (month, version) values (?, 1)"
                  + " on conflict (month) do update set version = ledger_month_version.version + 1")
          .param(m)
          .update();
      jdbc.sql(
              """
              update monthly_plan set
                planned = (select count(*) from monthly_plan_item where month = :month),
                carried = (select count(*) from monthly_plan_item where month = :month and carried)
              where month = :month
              """)
          .param("month", m)
          .update();
    }
    return find(m).orElseThrow();
  }

  Optional<Plan> find(LocalDate month) {
    return jdbc.sql("select month, planned, carried from monthly_plan where month = ?")
        .param(month.withDayOfMonth(1))
        .query((rs, n) -> new Plan(rs.getObject(1, LocalDate.class), rs.getLong(2), rs.getLong(3)))
        .optional();
  }

  /** A unit's plan (with its subordinates), or null when the month's plan was never frozen. */
  @Transactional(readOnly = true)
  Plan of(long unitId, LocalDate month) {
    LocalDate m = month.withDayOfMonth(1);
    if (find(m).isEmpty()) {
      return null;
    }
    Collection<Long> units = directory.selfAndDescendants(unitId);
    return jdbc.sql(
            "select count(*), count(*) filter (where carried) from monthly_plan_item"
                + " where month = :month and unit_id in (:units)")
        .param("month", m)
        .param("units", units)
        .query((rs, n) -> new Plan(m, rs.getLong(1), rs.getLong(2)))
        .single();
  }
}
