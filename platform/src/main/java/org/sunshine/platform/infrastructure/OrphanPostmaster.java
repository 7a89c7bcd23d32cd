package org.sunshine.platform.infrastructure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL is a child process: when the platform is killed ({@code kill -9}, a power
 * button on the JVM) the postmaster outlives it and holds the data directory, so the next start
 * failed once with "Gave up waiting for server to start". Before starting, a postmaster still
 * running on our data directory is asked to stop (SIGTERM: a smart shutdown, which finishes at once
 * because its only client, the dead platform, is gone). A pid the system has reused for another
 * program is left alone.
 */
final class OrphanPostmaster {

  private static final Logger log = LoggerFactory.getLogger(OrphanPostmaster.class);
  private static final Duration PATIENCE = Duration.ofSeconds(30);

  private OrphanPostmaster() {}

  static void stopIfLeft(Path dataDir) throws IOException {
    Optional<ProcessHandle> orphan = postmasterOf(dataDir);
    if (orphan.isEmpty()) {
      return;
    }
    ProcessHandle postmaster = orphan.get();
    log.warn(
        "A PostgreSQL (pid {}) left running by an earlier run holds {}: stopping it",
        postmaster.pid(),
        dataDir);
    postmaster.destroy();
    try {
      postmaster.onExit().get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      // A fast shutdown (SIGINT) is not reachable from Java; SIGKILL is safe for PostgreSQL,
      // which recovers from its log at the next start.
      postmaster.destroyForcibly();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while stopping PostgreSQL " + postmaster.pid(), e);
    } catch (ExecutionException e) {
      throw new IOException("cannot stop PostgreSQL " + postmaster.pid(), e);
    }
  }

  /** The live postmaster named by the directory's postmaster.pid, if it is a PostgreSQL. */
  static Optional<ProcessHandle> postmasterOf(Path dataDir) throws IOException {
    Path pidFile = dataDir.resolve("postmaster.pid");
    if (!Files.isRegularFile(pidFile)) {
      return Optional.empty();
    }
    List<String> lines = Files.readAllLines(pidFile);
    if (lines.isEmpty() || !lines.get(0).strip().matches("\\d{1,10}")) {
      return Optional.empty();
    }
    return ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
        .filter(ProcessHandle::isAlive)
        .filter(OrphanPostmaster::isPostgres);
  }

  private static boolean isPostgres(ProcessHandle process) {
    return process.info().command().map(c -> c.endsWith("/postgres")).orElse(false);
  }
}
