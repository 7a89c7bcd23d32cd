package org.sunshine.platform.notifications;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.springframework.stereotype.Component;

/**
 * Nobody is woken by a non-urgent SMS: one queued in the quiet hours (default 22:00–08:00) waits
 * for their end. Urgent messages (login codes) and the inbox are never held.
 */
@Component
class QuietHours {

  private final NotificationProperties properties;
  private final Clock clock;

  QuietHours(NotificationProperties properties, Clock clock) {
    this.properties = properties;
    this.clock = clock;
  }

  /** When a message queued now on this channel may first be sent. */
  Instant firstAttempt(MessageChannel channel, boolean urgent) {
    return notBefore(channel, urgent, clock.instant());
  }

  /** The instant itself, or the end of the quiet hours it falls in (non-urgent SMS only). */
  Instant notBefore(MessageChannel channel, boolean urgent, Instant at) {
    LocalDateTime local = LocalDateTime.ofInstant(at, clock.getZone());
    if (urgent || channel != MessageChannel.SMS || !quiet(local.toLocalTime())) {
      return at;
    }
    LocalDateTime end = local.toLocalDate().atTime(properties.quietUntil());
    if (!end.isAfter(local)) {
      end = end.plusDays(1);
    }
    return end.atZone(clock.getZone()).toInstant();
  }

  private boolean quiet(LocalTime t) {
    LocalTime from = properties.quietFrom();
    LocalTime until = properties.quietUntil();
    if (from.equals(until)) {
      return false;
    }
    return from.isBefore(until)
        ? !t.isBefore(from) && t.isBefore(until)
        : !t.isBefore(from) || t.isBefore(until);
  }
}
