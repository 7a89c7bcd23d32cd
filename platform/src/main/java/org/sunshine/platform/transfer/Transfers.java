package org.sunshine.platform.transfer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunshine.platform.texts.Conflict;

/**
 * The transfer between an internal and a public node (ADR 11): pack changes, apply the peer's
 * packages, send a package again, and the channel's status. Console, command line and schedule all
 * come here.
 */
@Service
class Transfers {

  private final TransferExport export;
  private final TransferImport imports;
  private final TransferRows rows;
  private final TransferSettings settings;
  private final PackageRetention retention;
  private final Clock clock;
  private final Instant started;

  Transfers(
      TransferExport export,
      TransferImport imports,
      TransferRows rows,
      TransferSettings settings,
      PackageRetention retention,
      Clock clock) {
    this.retention = retention;
    this.export = export;
    this.imports = imports;
    this.rows = rows;
    this.settings = settings;
    this.clock = clock;
    this.started = clock.instant();
  }

  /** Whether this node takes part in a split deployment at all (not a combined node). */
  public boolean enabled() {
    return settings.role.split();
  }

  /**
   * Writes the next package if anything changed (or the heartbeat is due); with {@code everything}
   * it carries the whole published state. Returns its sequence number.
   */
  public Optional<Long> exportNow(boolean everything) {
    requireEnabled();
    Optional<Long> written = export.export(everything);
    retention.prune();
    return written;
  }

  /** Applies every verified package waiting in the inbox; returns how many were applied. */
  public ImportOutcome importNow() {
    requireEnabled();
    TransferImport.Run run = imports.importAll();
    // Acknowledgements arrive here: what the peer confirmed leaves the disk.
    retention.prune();
    return new ImportOutcome(run.applied(), run.refused(), run.waitingFor());
  }

  public record ImportOutcome(int applied, int refused, Long waitingFor) {}

  /** Puts package {@code sequence} in the outbox again (the peer skips it if it has it). */
  public void resend(long sequence) {
    requireEnabled();
    export.resend(sequence);
  }

  @Transactional(readOnly = true)
  public TransferStatus status() {
    Duration lag =
        rows.lastReceived().map(r -> Duration.between(r.createdAt(), clock.instant())).orElse(null);
    Duration alertAfter = settings.properties.alertAfter();
    boolean alert =
        settings.role.split()
            && (lag == null
                ? Duration.between(started, clock.instant()).compareTo(alertAfter) > 0
                : lag.compareTo(alertAfter) > 0);
    return new TransferStatus(
        settings.role.name().toLowerCase(Locale.ROOT),
        settings.source,
        settings.peer,
        rows.sentPackages(20),
        rows.receivedPackages(20),
        rows.refusals(20),
        lag,
        alertAfter,
        alert,
        imports.waitingFor());
  }

  private void requireEnabled() {
    if (!settings.role.split()) {
      throw Conflict.at("sunshine.node.role", "transfer.transfers.combined");
    }
  }
}
