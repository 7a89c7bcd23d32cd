package org.sunshine.platform.notifications;

import java.util.List;
import java.util.Set;

/**
 * A message to one person. The text comes from the message bundle: {@code notification.<template>}
 * (inbox and e-mail), {@code notification.<template>.sms} (shorter, for SMS) and {@code
 * notification.<template>.subject} (e-mail), each with {@code args} as {0}, {1}…
 *
 * @param key what asked for it (an event's id, a code's id): with the recipient and the channel,
 *     the idempotency key — the same key twice sends nothing more
 * @param recipient whose message it is ({@code applicant:42}, {@code staff:handler})
 * @param mobile where an SMS goes (null: no SMS)
 * @param email where an e-mail goes (null: no e-mail)
 * @param urgent login codes and the like: sent at once, never held for quiet hours
 * @param optional news the person may decline (case progress); false for service messages the law
 *     or the service owes them (login codes, answers), which always go
 * @param unitId the unit on whose behalf it goes (null for the platform itself)
 */
public record Message(
    String key,
    String recipient,
    Set<MessageChannel> channels,
    String mobile,
    String email,
    String template,
    List<Object> args,
    String link,
    boolean urgent,
    boolean optional,
    Long unitId) {

  public Message {
    channels = Set.copyOf(channels);
    args = List.copyOf(args);
    if (key == null || key.isBlank() || recipient == null || recipient.isBlank()) {
      throw new IllegalArgumentException(
          "key: a message needs what asked for it and whom it is for");
    }
  }
}
