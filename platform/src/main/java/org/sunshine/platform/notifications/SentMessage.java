package org.sunshine.platform.notifications;

import java.time.Instant;
import java.util.regex.Pattern;

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

  /** A one-time link's token: a long run of token characters after a path segment. */
  private static final Pattern ONE_TIME_TOKEN = Pattern.compile("(/[a-z-]+/)[A-Za-z0-9_-]{20,}");

  /**
   * As the console shows it: the middle of a mobile number hidden, the text of an urgent message
   * (it may carry a login code) not shown at all, and the token of a one-time link (a survey form,
   * an activation) cut off, so whoever reads the outbox cannot use it.
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
        urgent ? hiddenText : ONE_TIME_TOKEN.matcher(body).replaceAll("$1…"),
        status,
        attempts,
        lastError,
        at,
        urgent);
  }
}
