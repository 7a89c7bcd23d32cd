package org.sunshine.platform.statistics;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunshine.platform.organisation.StaffIdentity;
import org.sunshine.platform.texts.BadInput;
import org.sunshine.redaction.DocumentType;

/**
 * What other modules (the demo, a migration from the previous platform) ask of the accountability
 * ledger: record entries of the months before this platform, catch the ledger up, freeze a plan,
 * draft and decide a monthly report. Lawyers' and petitions' figures are to join through their own
 * facades (ADR 17), not through this one.
 */
@Service
public class Accountability {

  /**
   * An entry of the previous platform's ledger, kept as recorded.
   *
   * @param id negative, unique among historical entries
   * @param handler the responsible person as the old system named them
   * @param state {@code OPEN}, {@code PUBLISHED}, {@code WITHHELD} or {@code WITHDRAWN}
   */
  public record HistoricalEntry(
      long id,
      long unitId,
      String documentNumber,
      DocumentType type,
      String handler,
      LocalDate publishableFrom,
      LocalDate dueOn,
      String state,
      LocalDate publishedOn) {}

  /**
   * One unit's own documents over a period (read only, for archives and the annual report): the
   * ledger's figures, 公开率 = 已公开 ÷ (应公开 − 依法不公开) (RULES.md §8), or null when nothing was due.
   */
  public record PeriodFigures(
      LocalDate firstMonth,
      LocalDate lastMonth,
      long due,
      long published,
      long withheld,
      long nonCompliant,
      long overdue,
      long pending,
      long onTime,
      Double rate) {}

  private final LedgerRows ledger;
  private final LedgerRebuild rebuild;
  private final MonthlyPlans plans;
  private final MonthlyReports reports;
  private final Completion completion;
  private final JdbcClient jdbc;
  private final Clock clock;

  Accountability(
      LedgerRows ledger,
      LedgerRebuild rebuild,
      MonthlyPlans plans,
      MonthlyReports reports,
      Completion completion,
      JdbcClient jdbc,
      Clock clock) {
    this.completion = completion;
    this.jdbc = jdbc;
    this.ledger = ledger;
    this.rebuild = rebuild;
    this.plans = plans;
    this.reports = reports;
    this.clock = clock;
  }

  @Transactional
  public void recordHistory(List<HistoricalEntry> entries) {
    for (HistoricalEntry h : entries) {
      if (!List.of("OPEN", "PUBLISHED", "WITHHELD", "WITHDRAWN").contains(h.state())) {
        throw BadInput.at("state", "statistics.accountability.history.state-unknown", h.state());
      }
      ledger.history(
          new LedgerEntry(
              h.id(),
              0,
              h.unitId(),
              h.documentNumber(),
              h.type().name(),
              "INTERNET",
              h.handler(),
              null,
              h.publishableFrom(),
              h.dueOn(),
              h.dueOn().withDayOfMonth(1),
              h.state(),
              h.publishedOn(),
              "WITHHELD".equals(h.state()) ? "MINOR_OFFENDER" : null,
              null,
              null,
              "PUBLISHED".equals(h.state()) ? 1 : 0),
          clock.instant());
    }
  }

  /** Brings the ledger up to the documents (as the nightly catch-up does). */
  public int catchUp() {
    return rebuild.rebuild().entries();
  }

  public void freezePlan(LocalDate month) {
    plans.freeze(month);
  }

  /** Drafts a unit's report of a month that has ended into approval; returns its id. */
  public long draftReport(long unitId, LocalDate month) {
    if (!YearMonth.from(month).isBefore(YearMonth.now(clock))) {
      throw BadInput.at("month", "statistics.accountability.month.not-ended");
    }
    return reports.draft(unitId, month).id();
  }

  public void decideReport(StaffIdentity staff, long reportId, boolean approve, String comment) {
    reports.decide(staff, reportId, approve, comment);
  }

  /**
   * A unit's own figures of one month as the dashboard shows them (due in the month plus carried
   * into its frozen plan), taken at the month's end or today.
   */
  public PeriodFigures month(long unitId, LocalDate month) {
    LocalDate m = month.withDayOfMonth(1);
    Figures f = completion.ownByUnit(m, List.of(unitId)).getOrDefault(unitId, Figures.NONE);
    return new PeriodFigures(
        m,
        m,
        f.due(),
        f.published(),
        f.withheld(),
        f.nonCompliant(),
        f.overdue(),
        f.pending(),
        f.onTime(),
        f.rate());
  }

  /**
   * A unit's own documents due from {@code firstMonth} to {@code lastMonth} (each counted once, not
   * again as carried over), taken at the period's end or today.
   */
  public PeriodFigures period(long unitId, LocalDate firstMonth, LocalDate lastMonth) {
    LocalDate from = firstMonth.withDayOfMonth(1);
    LocalDate to = lastMonth.withDayOfMonth(1);
    LocalDate end = to.plusMonths(1);
    LocalDate today = LocalDate.now(clock);
    String counts =
        List.of(
                Figure.PUBLISHED,
                Figure.WITHHELD,
                Figure.NON_COMPLIANT,
                Figure.OVERDUE,
                Figure.PENDING,
                Figure.ON_TIME)
            .stream()
            .map(f -> "count(*) filter (where " + f.condition + ")")
            .reduce("count(*)", (a, b) -> a + ", " + b);
    return jdbc.sql(
            "select "
                + counts
                + " from ledger_entry e where e.unit_id = :unit"
                + " and e.due_month between :from and :to")
        .param("unit", unitId)
        .param("from", from)
        .param("to", to)
        .param("asOf", today.isBefore(end) ? today : end)
        .query(
            (rs, n) -> {
              Figures f =
                  new Figures(
                      rs.getLong(1),
                      0,
                      rs.getLong(2),
                      rs.getLong(3),
                      rs.getLong(4),
                      rs.getLong(5),
                      rs.getLong(6),
                      rs.getLong(7));
              return new PeriodFigures(
                  from,
                  to,
                  f.due(),
                  f.published(),
                  f.withheld(),
                  f.nonCompliant(),
                  f.overdue(),
                  f.pending(),
                  f.onTime(),
                  f.rate());
            })
        .single();
  }
}
