package org.sunshine.platform.notifications;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Once a day, each person who takes optional SMS as a digest gets one SMS saying how many messages
 * wait in 我的消息; the held ones are closed as sent in the digest. Runs once across instances.
 */
@Component
class DigestSchedule {

  private final NotificationRows rows;
  private final Notifications notifications;
  private final Clock clock;

  DigestSchedule(NotificationRows rows, Notifications notifications, Clock clock) {
    this.rows = rows;
    this.notifications = notifications;
    this.clock = clock;
  }

  @Scheduled(cron = "${sunshine.notifications.digest-cron:0 0 19 * * *}")
  @SchedulerLock(name = "notifications.digest")
  @Transactional
  public void runDaily() {
    send();
  }

  /** Sends today's digests; returns how many people got one. */
  @Transactional
  public int send() {
    List<NotificationRows.Digest> digests = rows.heldDigests();
    for (NotificationRows.Digest d : digests) {
      rows.digested(d.recipient(), d.address());
      notifications.send(
          new Message(
              "digest:" + LocalDate.now(clock) + ":" + d.address(),
              d.recipient(),
              Set.of(MessageChannel.SMS),
              d.address(),
              null,
              "digest",
              List.of(d.count()),
              null,
              false,
              false,
              d.unitId()));
    }
    return digests.size();
  }
}
