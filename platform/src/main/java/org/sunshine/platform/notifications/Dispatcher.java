package org.sunshine.platform.notifications;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Delivers queued messages. A message is claimed with {@code for update skip locked}, so two
 * instances never send it twice; a failure is retried after a wait that doubles each time, and
 * after {@code max-attempts} the message is given up (the console's dead letters). Delivery is at
 * least once: a crash after the gateway took a message and before it was marked resends it, which
 * the gateways' own de-duplication by message id absorbs.
 */
@Component
class Dispatcher {

  private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);
  private static final int BATCH = 100;

  private final NotificationRows rows;
  private final SmsGateway sms;
  private final EmailSender email;
  private final NotificationProperties properties;
  private final MeterRegistry meters;
  private final Clock clock;

  Dispatcher(
      NotificationRows rows,
      SmsGateway sms,
      EmailSender email,
      NotificationProperties properties,
      MeterRegistry meters,
      Clock clock) {
    this.rows = rows;
    this.sms = sms;
    this.email = email;
    this.properties = properties;
    this.meters = meters;
    this.clock = clock;
  }

  /** Tries a message as soon as the transaction that queued it has committed. */
  @TransactionalEventListener
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void on(MessageQueued queued) {
    rows.claim(queued.notificationId(), clock.instant()).ifPresent(this::deliver);
  }

  /** One batch of due messages; returns how many were tried. */
  @Transactional
  public int dispatchDue() {
    List<NotificationRows.Due> due = rows.claimDue(clock.instant(), BATCH);
    due.forEach(this::deliver);
    return due.size();
  }

  private void deliver(NotificationRows.Due m) {
    try {
      switch (m.channel()) {
        case SMS -> sms.send(m.address(), m.body());
        case EMAIL -> email.send(m.address(), m.subject(), m.body());
        case INBOX -> {}
      }
      rows.sent(m.id(), clock.instant());
      count(m.channel(), "sent");
    } catch (RuntimeException e) {
      boolean givenUp = m.attempts() + 1 >= properties.maxAttempts();
      rows.failed(m.id(), e.getMessage(), retryAt(m.attempts()), givenUp);
      count(m.channel(), givenUp ? "given_up" : "failed");
      log.warn("Notification {} ({}) failed: {}", m.id(), m.channel(), e.getMessage());
    }
  }

  /** 30 s, 1 min, 2 min… capped at a day. */
  private Instant retryAt(int attemptsBefore) {
    Duration wait = properties.firstRetry().multipliedBy(1L << Math.min(attemptsBefore, 12));
    return clock.instant().plus(wait.compareTo(Duration.ofDays(1)) > 0 ? Duration.ofDays(1) : wait);
  }

  private void count(MessageChannel channel, String outcome) {
    meters
        .counter("sunshine.notifications.deliveries", "channel", channel.name(), "outcome", outcome)
        .increment();
  }
}
