package org.sunshine.platform.statistics;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.sunshine.platform.cases.CaseEventsImported;
import org.sunshine.platform.cases.CaseProgressed;
import org.sunshine.platform.documents.DocumentOverdue;
import org.sunshine.platform.documents.DocumentWithheld;
import org.sunshine.platform.documents.DueDocument;
import org.sunshine.platform.documents.DueDocuments;
import org.sunshine.platform.organisation.StaffAccounts;
import org.sunshine.platform.organisation.StaffIdentity;
import org.sunshine.platform.publication.DocumentPublished;
import org.sunshine.platform.publication.DocumentWithdrawn;

/**
 * Keeps the ledger from the source modules' events, after their commit. Each event re-reads the
 * document's current state from {@link DueDocuments} and writes it whole, so a re-delivered or
 * out-of-order event leaves the same entry; the movement log holds each event once (its key).
 */
@Component
class LedgerKeeper {

  private final DueDocuments due;
  private final LedgerRows rows;
  private final StaffAccounts accounts;
  private final Clock clock;

  LedgerKeeper(DueDocuments due, LedgerRows rows, StaffAccounts accounts, Clock clock) {
    this.due = due;
    this.rows = rows;
    this.accounts = accounts;
    this.clock = clock;
  }

  /** A case event may make documents due (RULES.md §4: the judgment's effect, an announcement). */
  @ApplicationModuleListener
  void on(CaseProgressed e) {
    dueOf(e.caseId());
  }

  /**
   * The upstream feed brings judgments in batches: one event for the batch, not one per case event.
   * Each case of the batch once.
   */
  @ApplicationModuleListener
  void on(CaseEventsImported batch) {
    batch.events().stream().map(CaseProgressed::caseId).distinct().forEach(this::dueOf);
  }

  private void dueOf(long caseId) {
    for (DueDocument d : due.ofCase(caseId)) {
      apply(d, "DUE", "due:" + d.documentId(), d.publishableFrom(), null);
    }
  }

  @ApplicationModuleListener
  void on(DocumentPublished e) {
    String kind = e.revision() > 1 ? "CORRECTED" : "PUBLISHED";
    refresh(e.documentId(), kind, "published:" + e.publishedId(), e.publishedOn(), null);
  }

  @ApplicationModuleListener
  void on(DocumentWithheld e) {
    refresh(
        e.documentId(),
        "WITHHELD",
        "withheld:" + e.documentId() + ":" + e.withheldOn(),
        e.withheldOn(),
        null);
  }

  @ApplicationModuleListener
  void on(DocumentWithdrawn e) {
    refresh(
        e.documentId(),
        e.orderedByUpperUnit() ? "WITHDRAWN_BY_ORDER" : "WITHDRAWN",
        "withdrawn:" + e.documentId() + ":" + e.withdrawnOn(),
        e.withdrawnOn(),
        e.withdrawnOn());
  }

  @ApplicationModuleListener
  void on(DocumentOverdue e) {
    refresh(e.documentId(), "OVERDUE", "overdue:" + e.documentId(), e.dueOn(), null);
  }

  /** Brings one document's entry up to date (the daily catch-up and tests use it too). */
  @Transactional
  public void refresh(long documentId, String kind, String key, LocalDate on, LocalDate withdrawn) {
    due.find(documentId).ifPresent(d -> apply(d, kind, key, on, withdrawn));
  }

  @Transactional
  void apply(DueDocument d, String kind, String key, LocalDate on, LocalDate withdrawn) {
    Optional<LedgerEntry> before = rows.find(d.documentId());
    LedgerEntry after = entryOf(d, before.orElse(null), withdrawn);
    rows.move(
        d.documentId(),
        kind,
        key,
        before.map(LedgerEntry::state).orElse(null),
        after.state(),
        on == null ? LocalDate.now(clock) : on,
        clock.instant());
    rows.upsert(after, clock.instant());
  }

  /** The entry a due document makes; what only an event knew (the withdrawal day) is kept. */
  LedgerEntry entryOf(DueDocument d, LedgerEntry before, LocalDate withdrawn) {
    LocalDate withdrawnOn =
        !"WITHDRAWN".equals(d.state())
            ? null
            : withdrawn != null ? withdrawn : before == null ? null : before.withdrawnOn();
    Long department = accounts.identity(d.handler()).map(StaffIdentity::departmentId).orElse(null);
    return new LedgerEntry(
        d.documentId(),
        d.caseId(),
        d.unitId(),
        d.documentNumber(),
        d.type().name(),
        d.channel().name(),
        d.handler(),
        department,
        d.publishableFrom(),
        d.dueOn(),
        d.dueOn().withDayOfMonth(1),
        d.state(),
        d.firstPublishedOn(),
        d.withheldReason() == null ? null : d.withheldReason().name(),
        withdrawnOn,
        d.withdrawalReason(),
        d.revisions());
  }
}
