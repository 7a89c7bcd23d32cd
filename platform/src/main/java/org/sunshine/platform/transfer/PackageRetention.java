package org.sunshine.platform.transfer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What a node keeps of its packages on disk. A package the peer acknowledged leaves {@code sent/}:
 * resending it is pointless (the peer skips or refuses a replay), and on the internet-facing node
 * it holds what the database has already let go, such as the ID-card scans of a decided
 * application. An applied package leaves {@code applied/} after {@code keep-applied}: the database
 * records its manifest for replays, so the copy serves only diagnosis. Refused packages stay in
 * {@code rejected/} until an operator has looked at them.
 */
@Component
class PackageRetention {

  private static final Logger log = LoggerFactory.getLogger(PackageRetention.class);
  private final TransferRows rows;
  private final TransferSettings settings;
  private final Clock clock;

  PackageRetention(TransferRows rows, TransferSettings settings, Clock clock) {
    this.rows = rows;
    this.settings = settings;
    this.clock = clock;
  }

  void prune() {
    try {
      pruneAcknowledged();
      pruneApplied(clock.instant().minus(settings.properties.keepApplied()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void pruneAcknowledged() throws IOException {
    for (Path p : packagesIn(settings.sent)) {
      OptionalLong sequence = sequenceOf(p, settings.source);
      if (sequence.isPresent() && rows.isAcknowledged(sequence.getAsLong())) {
        remove(p);
      }
    }
  }

  private void pruneApplied(Instant before) throws IOException {
    for (Path p : packagesIn(settings.applied)) {
      if (Files.getLastModifiedTime(p).toInstant().isBefore(before)) {
        remove(p);
      }
    }
  }

  private static List<Path> packagesIn(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> list = Files.list(folder)) {
      return list.filter(p -> !p.getFileName().toString().startsWith(".")).toList();
    }
  }

  /** The sequence of one of this node's packages ({@code source-0000000042[.zip]}), else empty. */
  static OptionalLong sequenceOf(Path p, String source) {
    String name = p.getFileName().toString();
    name = name.endsWith(".zip") ? name.substring(0, name.length() - 4) : name;
    String prefix = source + "-";
    if (!name.startsWith(prefix) || !name.substring(prefix.length()).matches("\\d{1,18}")) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(Long.parseLong(name.substring(prefix.length())));
  }

  private static void remove(Path p) throws IOException {
    if (Files.isDirectory(p)) {
      PackageArchive.delete(p);
    } else {
      Files.deleteIfExists(p);
    }
    log.info("transfer package {} removed from disk (retention)", p);
  }
}
