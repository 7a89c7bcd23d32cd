package org.sunshine.platform.notifications;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunshine.platform.texts.BadInput;

/**
 * The inbound SMS port: a reply from a mobile number, forwarded by the gateway's webhook or — while
 * SMS only go to the log (the demo) — typed by staff to simulate one. "TD"/退订 declines optional SMS
 * for every person who receives messages at that number, "DY"/订阅 consents again; every reply is
 * then published as {@link SmsReplyReceived} for the module that asked a question.
 */
@Service
public class InboundSms {

  private static final Set<String> DECLINE = Set.of("TD", "T", "N", "退订", "取消订阅");
  private static final Set<String> CONSENT = Set.of("DY", "Y", "订阅");

  private final Notifications notifications;
  private final NotificationRows rows;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final boolean simulated;

  InboundSms(
      Notifications notifications,
      NotificationRows rows,
      ApplicationEventPublisher events,
      Clock clock,
      SmsGateway gateway) {
    this.notifications = notifications;
    this.rows = rows;
    this.events = events;
    this.clock = clock;
    this.simulated = gateway instanceof LoggingSmsGateway;
  }

  /** Whether staff may type a reply: only while SMS go to the log, never with a real gateway. */
  public boolean simulationAllowed() {
    return simulated;
  }

  /**
   * A reply arrived; returns whether it was 退订 (false), 订阅 (true) or anything else (null).
   *
   * @param receivedAt when the gateway received it; null or later than now means now
   * @throws IllegalArgumentException naming the field when the number is no mobile number
   */
  @Transactional
  public Boolean received(String mobile, String text, Instant receivedAt) {
    if (!Addresses.valid(MessageChannel.SMS, mobile)) {
      throw BadInput.at("mobile", "notifications.inbound-sms.mobile.invalid");
    }
    String body = text == null ? "" : text.strip();
    String word = body.toUpperCase(Locale.ROOT);
    Boolean consents =
        DECLINE.contains(word) ? Boolean.FALSE : CONSENT.contains(word) ? true : null;
    if (consents != null) {
      for (String recipient : rows.recipientsAt(mobile)) {
        notifications.setConsent(recipient, MessageChannel.SMS, consents, "sms reply");
      }
    }
    Instant now = clock.instant();
    Instant at = receivedAt == null || receivedAt.isAfter(now) ? now : receivedAt;
    events.publishEvent(new SmsReplyReceived(mobile, body, at));
    return consents;
  }
}
