package org.sunshine.platform.infrastructure;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The platform's clock: the system's, except on a thread that replays the past. The demo lives its
 * year of history this way (a document approved and published in March is dated March in the
 * approval log, the audit trail, the public list and the search year), through the same workflow
 * staff use, while every other thread keeps real time.
 */
public final class ReplayableClock extends Clock {

  private static final ThreadLocal<Duration> SHIFT = new ThreadLocal<>();

  private final Clock system;

  ReplayableClock(ZoneId zone) {
    this(Clock.system(zone));
  }

  private ReplayableClock(Clock system) {
    this.system = system;
  }

  /**
   * Runs {@code work} on this thread as if it were {@code at} (time goes on from there); other
   * threads are not affected.
   */
  public static void asOf(Instant at, Runnable work) {
    Duration before = SHIFT.get();
    SHIFT.set(Duration.between(Instant.now(), at));
    try {
      work.run();
    } finally {
      if (before == null) {
        SHIFT.remove();
      } else {
        SHIFT.set(before);
      }
    }
  }

  @Override
  public ZoneId getZone() {
    return system.getZone();
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return new ReplayableClock(system.withZone(zone));
  }

  @Override
  public Instant instant() {
    Duration shift = SHIFT.get();
    return shift == null ? system.instant() : system.instant().plus(shift);
  }
}
