package org.sunshine.platform.archives;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Runs generations in the background, one at a time (rendering hundreds of PDFs is the slow part
 * and the machine is shared), recording each run's progress for the console to poll.
 */
@Service
class ArchiveJobs {

  private static final Logger log = LoggerFactory.getLogger(ArchiveJobs.class);

  private final ArchivePackages packages;
  private final ArchiveRows rows;
  private final Clock clock;
  private final ExecutorService runner =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "archive-packages");
            t.setDaemon(true);
            return t;
          });

  /** Runs recorded and not yet finished or failed, so a shutdown can say what it cut short. */
  private final Set<Long> unfinished = ConcurrentHashMap.newKeySet();

  ArchiveJobs(ArchivePackages packages, ArchiveRows rows, Clock clock) {
    this.packages = packages;
    this.rows = rows;
    this.clock = clock;
  }

  /** Records the run and starts it; returns the run's id at once. */
  long start(long unitId, Quarter q, String by) {
    long job = rows.startJob(unitId, q, by, clock.instant());
    unfinished.add(job);
    runner.submit(() -> run(job, unitId, q, by));
    return job;
  }

  /** Runs in the caller's thread (the scheduled job); returns the package id. */
  long runNow(long unitId, Quarter q, String by) {
    long job = rows.startJob(unitId, q, by, clock.instant());
    unfinished.add(job);
    Long id = run(job, unitId, q, by);
    if (id == null) {
      throw new IllegalStateException("archive package of unit " + unitId + " failed");
    }
    return id;
  }

  private Long run(long job, long unitId, Quarter q, String by) {
    try {
      long id =
          packages.generate(
              unitId,
              q,
              by,
              (done, total) -> {
                rows.progress(job, done, total);
                return done;
              });
      rows.finish(job, id, clock.instant());
      return id;
    } catch (RuntimeException e) {
      log.warn("Archive package of unit {} {} failed", unitId, q.code(), e);
      rows.fail(job, String.valueOf(e.getMessage()), clock.instant());
      return null;
    } finally {
      unfinished.remove(job);
    }
  }

  /**
   * Stops the runner and records every run it cut short as failed (the database closes after this
   * bean), so the console never shows a run "in progress" that no process is doing.
   */
  @PreDestroy
  void stop() throws InterruptedException {
    runner.shutdownNow();
    runner.awaitTermination(5, TimeUnit.SECONDS);
    for (long job : Set.copyOf(unfinished)) {
      rows.fail(job, "shutdown", clock.instant());
    }
  }
}
