package org.sunshine.platform.transfer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.sunshine.platform.transfer.PackageRejected.Reason;

/**
 * Applies the peer's packages from the inbox, strictly in sequence (ADR 11). A package is verified
 * whole before anything of it is applied; then each record is applied in its own transaction
 * together with the package's cursor, so a crash resumes at the record it stopped on and never
 * half-applies one. A rejected record (an unknown unit, say) is skipped and reported; a refused
 * package is moved aside and reported; a package after a gap waits for the missing one.
 */
@Service
class TransferImport {

  private static final Logger log = LoggerFactory.getLogger(TransferImport.class);
  private final TransferRows rows;
  private final TransferSettings settings;
  private final RecordApplier applier;
  private final TransactionTemplate tx;
  private final Clock clock;
  private volatile Long waitingFor;

  static final int FINISHING = -1;
  static final int FINISHED = -2;

  /**
   * Fault injection for the crash tests: called with the record number inside its transaction, with
   * {@link #FINISHING} inside the closing transaction and {@link #FINISHED} after it (before the
   * package leaves the inbox).
   */
  volatile IntConsumer crashPoint = i -> {};

  TransferImport(
      TransferRows rows,
      TransferSettings settings,
      RecordApplier applier,
      TransactionTemplate tx,
      Clock clock) {
    this.rows = rows;
    this.settings = settings;
    this.applier = applier;
    this.tx = tx;
    this.clock = clock;
  }

  /** The outcome of one pass over the inbox. */
  record Run(int applied, int refused, Long waitingFor) {}

  synchronized Run importAll() {
    int applied = 0;
    int refused = 0;
    waitingFor = null;
    for (Path candidate : candidates()) {
      String name = candidate.getFileName().toString();
      long last = rows.lastApplied(settings.peer);
      TransferPackage p;
      try {
        Path dir =
            name.endsWith(".zip")
                ? PackageArchive.unzip(candidate, settings.work.resolve(name))
                : candidate;
        p = PackageReader.read(dir, settings.trustedKeys(), last);
        if (!p.source().equals(settings.peer)) {
          throw new PackageRejected(
              Reason.UNKNOWN_SOURCE, p.source() + ", expected " + settings.peer);
        }
      } catch (PackageRejected e) {
        if (e.reason() == Reason.SEQUENCE_GAP) {
          waitingFor = last + 1;
          log.warn("transfer package {} waits: {}", name, e.getMessage());
          break;
        }
        if (e.reason() == Reason.REPLAY && alreadyApplied(candidate, name)) {
          continue;
        }
        refuse(candidate, e.reason().name(), e.getMessage());
        cleanWork(name);
        refused++;
        continue;
      } catch (IOException e) {
        // An archive or folder that cannot be read as a package is refused like a damaged one,
        // rather than retried for ever in front of every later package.
        refuse(candidate, Reason.DAMAGED_ARCHIVE.name(), "unreadable package: " + e);
        cleanWork(name);
        refused++;
        continue;
      }
      try {
        apply(p);
      } catch (PackageRejected e) {
        refuse(candidate, e.reason().name(), e.getMessage());
        cleanWork(name);
        refused++;
        continue;
      }
      move(candidate, settings.applied);
      cleanWork(name);
      applied++;
    }
    return new Run(applied, refused, waitingFor);
  }

  Long waitingFor() {
    return waitingFor;
  }

  /**
   * A package this node already applied, sent again (a re-send, or a crash after applying it and
   * before moving it): skipped quietly, since it changes nothing. A different package under an
   * applied number is a replay and refused.
   */
  private boolean alreadyApplied(Path candidate, String name) {
    Path dir = name.endsWith(".zip") ? settings.work.resolve(name) : candidate;
    long sequence = PackageReader.claimedSequence(dir);
    Optional<String> applied = rows.manifestOf(settings.peer, sequence);
    String sha;
    try {
      sha = PackageReader.sha256(Files.readAllBytes(dir.resolve("manifest.json")));
    } catch (IOException e) {
      return false;
    }
    if (applied.isEmpty() || !applied.get().equals(sha)) {
      return false;
    }
    log.info("transfer package {} was applied before; skipped", name);
    move(candidate, settings.applied);
    cleanWork(name);
    return true;
  }

  private void apply(TransferPackage p) throws PackageRejected {
    Optional<String> started = rows.manifestOf(p.source(), p.sequence());
    if (started.isPresent() && started.get() != null && !started.get().equals(p.manifestSha256())) {
      throw new PackageRejected(
          Reason.REPLAY, "a different package " + p.sequence() + " was started before");
    }
    TransferStatus.Received state =
        rows.startOrResume(
            p.source(),
            p.sequence(),
            p.manifestSha256(),
            p.createdAt(),
            p.records().size(),
            clock.instant());
    for (int i = state.nextRecord(); i < p.records().size(); i++) {
      int index = i;
      String record = p.records().get(i);
      String rejection;
      try {
        rejection =
            tx.execute(
                s -> {
                  applier.apply(record);
                  rows.advance(p.source(), p.sequence(), index, true, null);
                  crashPoint.accept(index);
                  return null;
                });
      } catch (RecordRejected e) {
        rejection = e.getMessage();
      }
      if (rejection != null) {
        String line = "#" + (index + 1) + " " + RecordApplier.key(record) + "：" + rejection;
        tx.executeWithoutResult(s -> rows.advance(p.source(), p.sequence(), index, false, line));
        log.warn("transfer package {} record rejected: {}", p.sequence(), line);
      }
    }
    tx.executeWithoutResult(
        s -> {
          rows.finished(p.source(), p.sequence(), clock.instant());
          if (settings.role.split() && RecordApplier.needsAcknowledgement(p.records())) {
            rows.queue(OutboxListener.ACK, p.sequence(), clock.instant());
          }
          crashPoint.accept(FINISHING);
        });
    crashPoint.accept(FINISHED);
    log.info("transfer package {} from {} applied", p.sequence(), p.source());
  }

  private void refuse(Path candidate, String reason, String detail) {
    String name = candidate.getFileName().toString();
    rows.refusal(name, reason, detail, clock.instant());
    log.error("transfer package {} refused, nothing applied: {}", name, detail);
    move(candidate, settings.rejected);
  }

  private List<Path> candidates() {
    if (!Files.isDirectory(settings.inbox)) {
      return List.of();
    }
    try (Stream<Path> list = Files.list(settings.inbox)) {
      return list.filter(p -> !p.getFileName().toString().startsWith("."))
          .filter(p -> Files.isDirectory(p) || p.getFileName().toString().endsWith(".zip"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void cleanWork(String name) {
    try {
      PackageArchive.delete(settings.work.resolve(name));
    } catch (IOException e) {
      log.warn("could not clean {}: {}", settings.work.resolve(name), e.toString());
    }
  }

  /** Moves a handled package out of the inbox; a name already there gets a suffix. */
  private void move(Path candidate, Path folder) {
    try {
      Files.createDirectories(folder);
      Path target = folder.resolve(candidate.getFileName());
      if (Files.exists(target)) {
        target = folder.resolve(candidate.getFileName() + "." + clock.millis());
      }
      try {
        Files.move(candidate, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        // The inbox is on another file system (a mounted share): replica, then remove.
        if (Files.isDirectory(candidate)) {
          TransferExport.copyDirectory(candidate, folder, target.getFileName().toString());
          PackageArchive.delete(candidate);
        } else {
          Files.copy(candidate, target);
          Files.delete(candidate);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
