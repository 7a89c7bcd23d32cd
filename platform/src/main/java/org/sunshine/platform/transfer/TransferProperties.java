package org.sunshine.platform.transfer;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of a split deployment ({@code sunshine.transfer.*}, docs/configuration.md). Paths left
 * empty default to {@code <data-dir>/transfer/...}.
 *
 * @param outbox where finished packages are put for the carrier (shared folder, diode, media)
 * @param inbox where the carrier puts the other side's packages
 * @param source this node's name in its packages (default: its role)
 * @param peer the name of the node whose packages this one applies
 * @param signingKey this node's Ed25519 private key file
 * @param trustedKeys the peer's public key files (more than one while keys are rotated)
 * @param exportEvery how often changes are packed (when the schedule runs)
 * @param importEvery how often the inbox is read
 * @param heartbeat a package is sent at least this often, even with no change, so silence means a
 *     broken channel
 * @param alertAfter no package from the peer for this long raises the alert
 * @param zip write packages as one .zip archive instead of a directory
 * @param maxRecords items per package at most (a large change becomes several packages)
 * @param scheduled export and import on the schedule (tests drive them by hand)
 * @param keepApplied how long an applied package stays in {@code applied/} for diagnosis
 */
@ConfigurationProperties("sunshine.transfer")
record TransferProperties(
    Path outbox,
    Path inbox,
    String source,
    String peer,
    Path signingKey,
    List<Path> trustedKeys,
    Duration exportEvery,
    Duration importEvery,
    Duration heartbeat,
    Duration alertAfter,
    boolean zip,
    Integer maxRecords,
    Boolean scheduled,
    Duration keepApplied) {

  TransferProperties {
    trustedKeys = trustedKeys == null ? List.of() : List.copyOf(trustedKeys);
    exportEvery = exportEvery == null ? Duration.ofMinutes(1) : exportEvery;
    importEvery = importEvery == null ? Duration.ofSeconds(10) : importEvery;
    heartbeat = heartbeat == null ? Duration.ofHours(1) : heartbeat;
    alertAfter = alertAfter == null ? Duration.ofHours(3) : alertAfter;
    scheduled = scheduled == null || scheduled;
    maxRecords = maxRecords == null ? 1000 : maxRecords;
    keepApplied = keepApplied == null ? Duration.ofDays(7) : keepApplied;
    if (maxRecords < 1) {
      throw new IllegalArgumentException("sunshine.transfer.max-records: at least 1");
    }
  }
}
