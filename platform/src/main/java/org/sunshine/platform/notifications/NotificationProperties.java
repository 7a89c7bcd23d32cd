package org.sunshine.platform.notifications;

import java.time.Duration;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.sunshine.platform.texts.Texts;

/**
 * Settings {@code sunshine.notifications.*} (docs/configuration.md).
 *
 * @param smsSignature the 【签名】 put before every SMS (the gateway's registered signature)
 * @param smsHttpUrl a real SMS gateway (empty: log only)
 * @param smsHttpToken its bearer token
 * @param mailFrom the sender of e-mails
 * @param maxAttempts deliveries tried before a message is given up (the dead-letter list)
 * @param firstRetry the wait after the first failure; each further failure doubles it
 * @param quietFrom start of the quiet hours (local time) when non-urgent SMS wait
 * @param quietUntil end of the quiet hours; equal to {@code quietFrom} means none
 */
@ConfigurationProperties("sunshine.notifications")
record NotificationProperties(
    String smsSignature,
    String smsHttpUrl,
    String smsHttpToken,
    String mailFrom,
    Integer maxAttempts,
    Duration firstRetry,
    LocalTime quietFrom,
    LocalTime quietUntil) {

  NotificationProperties {
    smsSignature =
        smsSignature == null || smsSignature.isBlank()
            ? Texts.text("notifications.notification-properties.sms-signature")
            : smsSignature.strip();
    smsHttpUrl = smsHttpUrl == null ? "" : smsHttpUrl.strip();
    mailFrom = mailFrom == null || mailFrom.isBlank() ? "noreply@sunshine.invalid" : mailFrom;
    maxAttempts = maxAttempts == null || maxAttempts < 1 ? 8 : maxAttempts;
    firstRetry = firstRetry == null ? Duration.ofSeconds(30) : firstRetry;
    quietFrom = quietFrom == null ? LocalTime.of(22, 0) : quietFrom;
    quietUntil = quietUntil == null ? LocalTime.of(8, 0) : quietUntil;
  }
}
