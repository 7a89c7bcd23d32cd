package org.sunshine.platform.demo;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The demo's background loaders. When the platform stops they are interrupted and awaited before
 * anything is closed (ContextClosedEvent comes first), so they do not write into closed connection
 * pools: the application stops in order, the database last.
 */
@Component
class DemoWorkers {

  private static final Logger log = LoggerFactory.getLogger(DemoWorkers.class);
  private static final long WAIT_MILLIS = 5_000;

  private final List<Thread> threads = new CopyOnWriteArrayList<>();

  void start(String name, Runnable work) {
    Thread t = new Thread(work, name);
    t.setDaemon(true);
    threads.add(t);
    t.start();
  }

  /** In a loader's loop: the platform is stopping, leave the rest for the next start. */
  static boolean stopping() {
    return Thread.currentThread().isInterrupted();
  }

  @EventListener(ContextClosedEvent.class)
  void stopAll() throws InterruptedException {
    threads.forEach(Thread::interrupt);
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WAIT_MILLIS);
    for (Thread t : threads) {
      t.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
      if (t.isAlive()) {
        log.warn("Demo loader {} still busy at shutdown", t.getName());
      }
    }
  }
}
