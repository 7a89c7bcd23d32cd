package org.sunshine.platform.notifications;

/**
 * The port to an SMS gateway, a true external edge. The default adapter logs the message (the
 * notification row is the record of it, shown in the console); {@code
 * sunshine.notifications.sms.http-url} switches to a real gateway over HTTP. An adapter throws when
 * the gateway did not take the message, so the message is retried.
 */
interface SmsGateway {

  /**
   * @param messageId unique per message and stable across attempts: a gateway that de-duplicates by
   *     it delivers a message resent after a crash (taken, but not yet marked sent) only once
   */
  void send(String messageId, String mobile, String text);
}
