package org.sunshine.platform.statistics;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunshine.platform.organisation.StaffIdentity;
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

  private final LedgerRows ledger;
  private final LedgerRebuild rebuild;
  private final MonthlyPlans plans;
  private final MonthlyReports reports;
  private final Clock clock;

  Accountability(
      LedgerRows ledger,
      LedgerRebuild rebuild,
      MonthlyPlans plans,
      MonthlyReports reports,
      Clock clock) {
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
        throw new IllegalArgumentException("state: 未知的台账状态 " + h.state());
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

  /** Drafts a unit's report of a month into approval; returns its id. */
  public long draftReport(long unitId, LocalDate month) {
    return reports.draft(unitId, month).id();
  }

  public void decideReport(StaffIdentity staff, long reportId, boolean approve, String comment) {
    reports.decide(staff, reportId, approve, comment);
  }
}
