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
    Instant at) {}
