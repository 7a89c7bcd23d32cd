package org.sunshine.platform.notifications;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers what the after-commit attempt could not (a gateway down, a retry due). ShedLock makes
 * one instance run it at a time when several share the database (ADR 14); claiming rows with skip
 * locked would already prevent double sends, the lock saves the others the work.
 */
@Component
class DispatchSchedule {

  private final Dispatcher dispatcher;

  DispatchSchedule(Dispatcher dispatcher) {
    this.dispatcher = dispatcher;
  }

  @Scheduled(fixedDelayString = "${sunshine.notifications.dispatch-every:PT5S}")
  @SchedulerLock(name = "notifications.dispatch", lockAtMostFor = "PT5M")
  public void run() {
    while (dispatcher.dispatchDue() > 0) {
      // drain in batches until nothing is due
    }
  }
}
