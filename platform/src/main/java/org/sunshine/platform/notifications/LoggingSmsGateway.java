package org.sunshine.platform.notifications;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Works out of the box: logs each SMS with the number shortened; the outbox row keeps the text. */
class LoggingSmsGateway implements SmsGateway {

  private static final Logger log = LoggerFactory.getLogger(LoggingSmsGateway.class);

  @Override
  public void send(String messageId, String mobile, String text) {
    log.info(
        "SMS {} to {}****{} ({} characters)",
        messageId,
        mobile.substring(0, Math.min(3, mobile.length())),
        mobile.substring(Math.max(0, mobile.length() - 4)),
        text.length());
  }
}
