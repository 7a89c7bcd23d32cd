package org.sunshine.platform.notifications;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code sunshine_notifications_messages{channel, status}}: how many messages stand in each state,
 * so an alert can fire on a growing queue or dead letters. Read from the table at most every 30 s,
 * whatever the scrape rate.
 */
@Component
class NotificationMetrics implements MeterBinder {

  private static final List<String> STATUSES =
      List.of("QUEUED", "SENT", "DELIVERED", "FAILED", "GIVEN_UP", "CANCELLED", "REFUSED", "HELD");
  private static final Duration FRESH = Duration.ofSeconds(30);
  private final NotificationRows rows;
  private final Clock clock;
  private Map<String, Long> counts = Map.of();
  private Instant readAt = Instant.EPOCH;

  NotificationMetrics(NotificationRows rows, Clock clock) {
    this.rows = rows;
    this.clock = clock;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    for (MessageChannel channel : MessageChannel.values()) {
      for (String status : STATUSES) {
        Gauge.builder("sunshine.notifications.messages", () -> count(channel.name(), status))
            .tag("channel", channel.name())
            .tag("status", status)
            .description("Messages per channel and delivery status")
            .register(registry);
      }
    }
  }

  private synchronized long count(String channel, String status) {
    if (readAt.plus(FRESH).isBefore(clock.instant())) {
      Map<String, Long> fresh = new HashMap<>();
      rows.counts().forEach(r -> fresh.put(r[0] + "|" + r[1], (Long) r[2]));
      counts = fresh;
      readAt = clock.instant();
    }
    return counts.getOrDefault(channel + "|" + status, 0L);
  }
}
