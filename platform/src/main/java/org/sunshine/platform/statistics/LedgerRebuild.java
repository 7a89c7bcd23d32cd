package org.sunshine.platform.statistics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.sunshine.platform.documents.DueDocument;
import org.sunshine.platform.documents.DueDocuments;

/**
 * The ledger rebuilt from the documents facade, and the drift check that compares the two (as the
 * search index does with the published rows). The nightly catch-up writes what changed without an
 * event (a kiosk document due from its own decision date has no event of its own).
 */
@Component
class LedgerRebuild {

  private static final Logger log = LoggerFactory.getLogger(LedgerRebuild.class);

  record Drift(int checked, List<Long> missing, List<Long> extra, List<Long> different) {
    public boolean none() {
      return missing.isEmpty() && extra.isEmpty() && different.isEmpty();
    }

    public int total() {
      return missing.size() + extra.size() + different.size();
    }
  }

  record Rebuilt(int entries, int removed, Duration took) {
    public long millis() {
      return took.toMillis();
    }

    public long perSecond() {
      return took.toMillis() == 0 ? entries : entries * 1000L / took.toMillis();
    }
  }

  private final DueDocuments due;
  private final LedgerRows rows;
  private final LedgerKeeper keeper;
  private final Clock clock;
  private final TransactionTemplate tx;

  LedgerRebuild(
      DueDocuments due, LedgerRows rows, LedgerKeeper keeper, Clock clock, TransactionTemplate tx) {
    this.due = due;
    this.rows = rows;
    this.keeper = keeper;
    this.clock = clock;
    this.tx = tx;
  }

  @Scheduled(cron = "${sunshine.statistics.catch-up-cron:0 15 6 * * *}")
  @SchedulerLock(name = "statistics.ledger-catch-up")
  // The scheduled run is one transaction, begun inside the lock (so it commits before the lock is
  // released); the annotated method is called on this object, past its proxy.
  public void nightly() {
    tx.executeWithoutResult(
        s -> {
          Drift d = drift();
          if (!d.none()) {
            log.info(
                "Ledger catch-up: {} entries differ from the documents; writing them", d.total());
            rebuild();
          }
        });
  }

  /** Writes every due document's entry and drops entries of documents no longer due. */
  @Transactional
  public Rebuilt rebuild() {
    Instant start = Instant.now();
    Map<Long, LedgerEntry> before = new HashMap<>();
    rows.all().forEach(e -> before.put(e.documentId(), e));
    int n = 0;
    for (DueDocument d : due.all()) {
      LedgerEntry old = before.remove(d.documentId());
      LedgerEntry now = keeper.entryOf(d, old, null);
      if (old == null || !old.fingerprint().equals(now.fingerprint())) {
        rows.move(
            d.documentId(),
            "REBUILT",
            "rebuilt:" + d.documentId() + ":" + now.fingerprint(),
            old == null ? null : old.state(),
            now.state(),
            LocalDate.now(clock),
            clock.instant());
      }
      rows.upsert(now, clock.instant());
      n++;
    }
    before.keySet().forEach(rows::delete);
    Rebuilt r = new Rebuilt(n, before.size(), Duration.between(start, Instant.now()));
    log.info(
        "Ledger rebuilt: {} entries, {} removed, {} per second", n, r.removed(), r.perSecond());
    return r;
  }

  /** What the ledger holds that the documents say otherwise. */
  @Transactional(readOnly = true)
  public Drift drift() {
    Map<Long, LedgerEntry> held = new HashMap<>();
    rows.all().forEach(e -> held.put(e.documentId(), e));
    List<Long> missing = new ArrayList<>();
    List<Long> different = new ArrayList<>();
    int checked = 0;
    for (DueDocument d : due.all()) {
      checked++;
      LedgerEntry e = held.remove(d.documentId());
      if (e == null) {
        missing.add(d.documentId());
      } else if (!e.fingerprint().equals(keeper.entryOf(d, e, null).fingerprint())) {
        different.add(d.documentId());
      }
    }
    return new Drift(checked, missing, List.copyOf(new TreeSet<>(held.keySet())), different);
  }
}
