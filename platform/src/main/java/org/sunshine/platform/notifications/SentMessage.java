package org.sunshine.platform.notifications;

import java.time.Instant;

/**
 * A message as the console shows it: where it went, what it said, how delivery stands.
 *
 * @param address a mobile number or an e-mail address; empty for the inbox
 */
public record SentMessage(
    long id,
    MessageChannel channel,
    String recipient,
    String address,
    String body,
    String status,
    int attempts,
    String lastError,
    Instant at,
    boolean urgent) {

  /**
   * As the console shows it: the middle of a mobile number hidden, and the text of an urgent
   * message (it may carry a login code) not shown at all.
   */
  public SentMessage masked(String hiddenText) {
    String a =
        channel == MessageChannel.SMS && address.length() >= 7
            ? address.substring(0, 3) + "****" + address.substring(address.length() - 4)
            : address;
    return new SentMessage(
        id,
        channel,
        recipient,
        a,
        urgent ? hiddenText : body,
        status,
        attempts,
        lastError,
        at,
        urgent);
  }
}
