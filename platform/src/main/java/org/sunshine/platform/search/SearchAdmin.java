package org.sunshine.platform.search;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Rebuilds the index from the database (one job at a time, with progress) and checks for drift
 * between the two. On start-up an index that disagrees with the database in size is rebuilt.
 */
@Service
class SearchAdmin {

  private static final Logger log = LoggerFactory.getLogger(SearchAdmin.class);

  /** Where a rebuild stands. */
  public record Progress(
      boolean running, int done, int total, Instant startedAt, Instant finishedAt, String error) {

    public int percent() {
      return total == 0 ? (running ? 0 : 100) : (int) (100L * done / total);
    }
  }

  /** What differs: keys only in the database, only in the index, or with another text. */
  public record Drift(List<String> missing, List<String> extra, List<String> stale) {
    public boolean none() {
      return missing.isEmpty() && extra.isEmpty() && stale.isEmpty();
    }
  }

  private final SearchProjection projection;
  private final SearchIndex index;
  private final Clock clock;
  private final AtomicReference<Progress> progress =
      new AtomicReference<>(new Progress(false, 0, 0, null, null, null));

  private final boolean rebuildOnStart;

  SearchAdmin(
      SearchProjection projection,
      SearchIndex index,
      Clock clock,
      @Value("${sunshine.search.rebuild-on-start:true}") boolean rebuildOnStart) {
    this.projection = projection;
    this.index = index;
    this.clock = clock;
    this.rebuildOnStart = rebuildOnStart;
  }

  public Progress progress() {
    return progress.get();
  }

  /** Starts a rebuild in the background; false when one is already running. */
  public boolean startRebuild() {
    Progress idle = progress.get();
    if (idle.running()) {
      return false;
    }
    Progress started = new Progress(true, 0, 0, clock.instant(), null, null);
    if (!progress.compareAndSet(idle, started)) {
      return false;
    }
    Thread t = new Thread(this::runRebuild, "search-rebuild");
    t.setDaemon(true);
    t.start();
    return true;
  }

  /** Rebuilds now, in the caller's thread (CLI, tests). */
  public Progress rebuildNow() {
    progress.set(new Progress(true, 0, 0, clock.instant(), null, null));
    runRebuild();
    return progress.get();
  }

  private void runRebuild() {
    AtomicInteger done = new AtomicInteger();
    AtomicInteger total = new AtomicInteger();
    Instant started = progress.get().startedAt();
    try {
      projection.rebuild(
          () -> {
            int d = done.incrementAndGet();
            if (d % 100 == 0) {
              progress.set(new Progress(true, d, total.get(), started, null, null));
            }
          },
          n -> {
            total.set(n);
            progress.set(new Progress(true, 0, n, started, null, null));
          });
      progress.set(new Progress(false, done.get(), total.get(), started, clock.instant(), null));
      log.info("Search index rebuilt: {} entries", done.get());
    } catch (RuntimeException e) {
      progress.set(
          new Progress(false, done.get(), total.get(), started, clock.instant(), e.toString()));
      log.error("Search index rebuild failed", e);
    }
  }

  public Drift drift() {
    Map<String, String> expected = projection.expected();
    Map<String, String> actual = index.fingerprints();
    List<String> missing = new ArrayList<>();
    List<String> stale = new ArrayList<>();
    List<String> extra = new ArrayList<>();
    expected.forEach(
        (key, sha) -> {
          String there = actual.get(key);
          if (there == null) {
            missing.add(key);
          } else if (!there.equals(sha)) {
            stale.add(key);
          }
        });
    actual.keySet().stream().filter(k -> !expected.containsKey(k)).forEach(extra::add);
    missing.sort(null);
    extra.sort(null);
    stale.sort(null);
    return new Drift(missing, extra, stale);
  }

  /**
   * Every ten minutes: what the drift check finds is repaired item by item from the database (an
   * update whose listener failed, say), so the index cannot stay wrong.
   */
  // No scheduler lock: each instance repairs its own index on its own disk.
  @Scheduled(
      fixedDelayString = "${sunshine.search.repair-every:10m}",
      initialDelayString = "${sunshine.search.repair-every:10m}")
  public int repair() {
    if (progress.get().running()) {
      return 0;
    }
    Drift d = drift();
    List<String> keys = new ArrayList<>(d.missing());
    keys.addAll(d.extra());
    keys.addAll(d.stale());
    for (String key : keys) {
      projection.sync(key);
    }
    if (!keys.isEmpty()) {
      log.warn("Search index repaired {} entries: {}", keys.size(), keys);
    }
    return keys.size();
  }

  @EventListener(ApplicationReadyEvent.class)
  void rebuildWhenOutOfStep() {
    if (rebuildOnStart && index.count() != projection.expected().size()) {
      log.info("Search index out of step with the database: rebuilding in the background");
      startRebuild();
    }
  }
}
