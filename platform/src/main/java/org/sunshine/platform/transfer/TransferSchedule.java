package org.sunshine.platform.transfer;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the transfer on a split node: packs changes, reads the inbox, and raises the alert when the
 * peer has been silent too long (an ERROR in the log, and the {@code transfer} health component
 * DOWN, which monitoring watches). A failing run is logged and retried on the next tick; the node
 * keeps serving.
 */
@Component("transfer")
class TransferSchedule implements HealthIndicator {

  private static final Logger log = LoggerFactory.getLogger(TransferSchedule.class);
  private final Transfers transfers;
  private final TransferSettings settings;
  private volatile boolean alerted;

  TransferSchedule(Transfers transfers, TransferSettings settings) {
    this.transfers = transfers;
    this.settings = settings;
  }

  @Scheduled(
      fixedDelayString = "${sunshine.transfer.export-every:PT1M}",
      initialDelayString = "PT20S")
  @SchedulerLock(name = "transfer.export")
  public void export() {
    if (active()) {
      run("export", () -> transfers.exportNow(false));
    }
  }

  @Scheduled(
      fixedDelayString = "${sunshine.transfer.import-every:PT10S}",
      initialDelayString = "PT15S")
  @SchedulerLock(name = "transfer.import")
  public void importInbox() {
    if (active()) {
      run("import", transfers::importNow);
    }
  }

  @Scheduled(fixedDelay = 60_000, initialDelay = 60_000)
  void watch() {
    if (!transfers.enabled()) {
      return;
    }
    TransferStatus s = transfers.status();
    if (s.alert() && !alerted) {
      log.error(
          "ALERT transfer: no package from {} for {} (limit {})",
          s.peer(),
          s.lagText(),
          s.alertAfter());
    } else if (!s.alert() && alerted) {
      log.info("transfer: packages from {} arrive again", s.peer());
    }
    alerted = s.alert();
  }

  @Override
  public Health health() {
    if (!transfers.enabled()) {
      return Health.up().withDetail("role", "combined").build();
    }
    TransferStatus s = transfers.status();
    Health.Builder b = s.alert() ? Health.down() : Health.up();
    return b.withDetail("role", s.role())
        .withDetail("peer", s.peer())
        .withDetail("lag", s.lagText())
        .withDetail("waitingFor", s.waitingFor() == null ? "-" : s.waitingFor())
        .build();
  }

  private boolean active() {
    return transfers.enabled() && settings.properties.scheduled();
  }

  private static void run(String what, Runnable task) {
    try {
      task.run();
    } catch (RuntimeException e) {
      log.error("transfer {} failed, retried on the next run", what, e);
    }
  }
}
