package org.sunshine.platform.notifications;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Delivers queued messages. A message is claimed with {@code for update skip locked}, so two
 * instances never send it twice; each message is claimed, sent and marked in its own transaction. A
 * failure is retried after a wait that doubles each time, and after {@code max-attempts} the
 * message is given up (the console's dead letters). Delivery is at least once: a crash after the
 * gateway took a message and before it was marked resends it with the same message id, which the
 * gateway's de-duplication absorbs (NotificationCrashTest).
 */
@Component
class Dispatcher {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);
  private static final int BATCH = 100;

  /** Due messages looked at per delivery, so one held back by an earlier one does not stall. */
  private static final int CANDIDATES = 10;

  private final NotificationRows rows;
  private final SmsGateway sms;
  private final WechatGateway wechat;
  private final WechatTemplates wechatTemplates;
  private final EmailSender email;
  private final NotificationProperties properties;
  private final MeterRegistry meters;
  private final QuietHours quietHours;
  private final TransactionTemplate perMessage;
  private final Clock clock;

  Dispatcher(
      NotificationRows rows,
      SmsGateway sms,
      WechatGateway wechat,
      WechatTemplates wechatTemplates,
      EmailSender email,
      NotificationProperties properties,
      MeterRegistry meters,
      QuietHours quietHours,
      PlatformTransactionManager transactions,
      Clock clock) {
    this.rows = rows;
    this.sms = sms;
    this.wechat = wechat;
    this.wechatTemplates = wechatTemplates;
    this.email = email;
    this.properties = properties;
    this.meters = meters;
    this.quietHours = quietHours;
    this.perMessage = new TransactionTemplate(transactions);
    this.clock = clock;
  }

  /** Tries a message as soon as the transaction that queued it has committed. */
  @TransactionalEventListener
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void on(MessageQueued queued) {
    rows.claim(queued.notificationId(), clock.instant())
        .filter(m -> m.urgent() || !rows.earlierPending(m))
        .ifPresent(this::deliver);
  }

  /**
   * Up to a batch of due messages, each claimed, sent and marked in its own transaction: a failure
   * or a crash costs one message at most, never a batch already handed to the gateway.
   */
  public int dispatchDue() {
    int tried = 0;
    while (tried < BATCH && Boolean.TRUE.equals(perMessage.execute(s -> deliverNextDue()))) {
      tried++;
    }
    return tried;
  }

  /** The first due message that no earlier one to the same person holds back. */
  private boolean deliverNextDue() {
    for (NotificationRows.Due m : rows.claimDue(clock.instant(), CANDIDATES)) {
      if (m.urgent() || !rows.earlierPending(m)) {
        deliver(m);
        return true;
      }
    }
    return false;
  }

  private void deliver(NotificationRows.Due m) {
    try {
      switch (m.channel()) {
        case SMS -> sendSms(m);
        case EMAIL -> email.send(m.address(), m.subject(), m.body());
        case WECHAT -> sendWechat(m);
        case INBOX -> {}
      }
      rows.sent(m.id(), clock.instant());
      if (m.channel() == MessageChannel.WECHAT) {
        rows.settleFallback(m.id(), false, clock.instant());
      }
      count(m.channel(), "sent");
    } catch (WechatGateway.Refused e) {
      rows.refused(m.id(), e.getMessage());
      rows.settleFallback(m.id(), true, clock.instant());
      count(m.channel(), "refused");
    } catch (RuntimeException e) {
      boolean givenUp = m.attempts() + 1 >= properties.maxAttempts();
      rows.failed(m.id(), e.getMessage(), retryAt(m), givenUp);
      if (givenUp && m.channel() == MessageChannel.WECHAT) {
        rows.settleFallback(m.id(), true, clock.instant());
      }
      count(m.channel(), givenUp ? "given_up" : "failed");
      log.warn("Notification {} ({}) failed: {}", m.id(), m.channel(), e.getMessage());
    }
  }

  /** One SMS, or its numbered segments, each with its own stable id. */
  private void sendSms(NotificationRows.Due m) {
    List<String> parts = SmsSegments.split(m.body());
    for (int i = 0; i < parts.size(); i++) {
      String id = parts.size() == 1 ? "sunshine-" + m.id() : "sunshine-" + m.id() + "-" + (i + 1);
      sms.send(id, m.address(), parts.get(i));
    }
  }

  /** The row keeps the template's name as subject and the checked fields as JSON. */
  private void sendWechat(NotificationRows.Due m) {
    WechatTemplates.Template t = wechatTemplates.templates().get(m.subject());
    Map<String, String> data =
        JSON.readValue(m.body(), new TypeReference<Map<String, String>>() {});
    wechat.send(m.address(), t.id(), t.page() == null ? "" : t.page(), data);
  }

  /** 30 s, 1 min, 2 min… capped at a day, and never into the quiet hours for a non-urgent SMS. */
  private Instant retryAt(NotificationRows.Due m) {
    Duration wait = properties.firstRetry().multipliedBy(1L << Math.min(m.attempts(), 12));
    Instant at =
        clock.instant().plus(wait.compareTo(Duration.ofDays(1)) > 0 ? Duration.ofDays(1) : wait);
    return quietHours.notBefore(m.channel(), m.urgent(), at);
  }

  private void count(MessageChannel channel, String outcome) {
    meters
        .counter("sunshine.notifications.deliveries", "channel", channel.name(), "outcome", outcome)
        .increment();
  }
}
