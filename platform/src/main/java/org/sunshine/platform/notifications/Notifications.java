package org.sunshine.platform.notifications;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunshine.platform.texts.BadInput;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one way to send a message to a person. {@link #send} joins the caller's transaction: the
 * message is stored with the business change or not at all, and delivered after commit (at once,
 * and by the dispatcher's schedule until it goes or is given up).
 */
@Service
public class Notifications {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final NotificationRows rows;
  private final Templates templates;
  private final QuietHours quietHours;
  private final ConsentRows consents;
  private final WechatTemplates wechatTemplates;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Notifications(
      NotificationRows rows,
      Templates templates,
      QuietHours quietHours,
      ConsentRows consents,
      WechatTemplates wechatTemplates,
      ApplicationEventPublisher events,
      Clock clock) {
    this.rows = rows;
    this.templates = templates;
    this.quietHours = quietHours;
    this.consents = consents;
    this.wechatTemplates = wechatTemplates;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Queues the message on each of its channels that has an address (the inbox always has one).
   * Sending the same message (same key, recipient and channel) again changes nothing.
   *
   * @throws IllegalArgumentException naming the template when it is missing or too long for SMS
   */
  @Transactional
  public void send(Message m) {
    for (MessageChannel channel : m.channels()) {
      if (channel == MessageChannel.WECHAT) {
        wechat(m);
      } else {
        queue(m, channel, null).ifPresent(id -> events.publishEvent(new MessageQueued(id)));
      }
    }
  }

  /**
   * A WeChat message to the person's bound account, with an SMS standing by for a refusal; without
   * a bound account or a registered template, the SMS goes at once.
   */
  private void wechat(Message m) {
    Optional<String> openid = rows.wechatOpenid(m.recipient());
    boolean smsAsked = m.channels().contains(MessageChannel.SMS);
    if (openid.isEmpty() || !wechatTemplates.enabled(m.template())) {
      if (!smsAsked) {
        queue(m, MessageChannel.SMS, null)
            .ifPresent(id -> events.publishEvent(new MessageQueued(id)));
      }
      return;
    }
    String data = JSON.writeValueAsString(wechatTemplates.render(m.template(), m.args()));
    NotificationRows.Start start =
        new NotificationRows.Start(
            clock.instant(),
            declined(m, MessageChannel.WECHAT) ? "declined by the recipient" : null);
    String key = m.key() + "|" + m.recipient() + "|" + MessageChannel.WECHAT;
    Optional<Long> id =
        rows.insert(
            key,
            MessageChannel.WECHAT,
            m,
            openid.get(),
            m.template(),
            data,
            clock.instant(),
            start);
    id.ifPresent(
        wechatId -> {
          if (!smsAsked) {
            queue(m, MessageChannel.SMS, wechatId);
          }
          events.publishEvent(new MessageQueued(wechatId));
        });
  }

  /** The person bound a WeChat account (the mini-program's login gives the openid). */
  @Transactional
  public void bindWechat(String recipient, String openid) {
    if (!Addresses.valid(MessageChannel.WECHAT, openid)) {
      throw BadInput.at("openid", "notifications.notifications.openid.invalid");
    }
    rows.bindWechat(recipient, openid, clock.instant());
  }

  private Optional<Long> queue(Message m, MessageChannel channel, Long fallbackOf) {
    String address =
        switch (channel) {
          case SMS -> m.mobile();
          case EMAIL -> m.email();
          case INBOX, WECHAT -> null;
        };
    if (channel != MessageChannel.INBOX && address == null) {
      return Optional.empty();
    }
    String body = channel == MessageChannel.SMS ? templates.sms(m) : templates.text(m);
    String subject = channel == MessageChannel.EMAIL ? templates.subject(m) : "";
    // A bad address, or a person who declined this kind of message, is recorded with the reason and
    // never sent to: nothing silently lost, nothing sent that should not be.
    String refusal =
        !Addresses.valid(channel, address)
            ? "invalid address"
            : declined(m, channel) ? "declined by the recipient" : null;
    // An optional SMS to a person who takes them as a daily digest waits for the digest run.
    boolean digest =
        m.optional()
            && channel == MessageChannel.SMS
            && fallbackOf == null
            && consents.wantsDigest(m.recipient());
    NotificationRows.Start start =
        new NotificationRows.Start(
            quietHours.firstAttempt(channel, m.urgent()), refusal, fallbackOf, digest);
    String key = m.key() + "|" + m.recipient() + "|" + channel;
    return rows.insert(key, channel, m, address, subject, body, clock.instant(), start);
  }

  private boolean declined(Message m, MessageChannel channel) {
    return m.optional()
        && channel != MessageChannel.INBOX
        && !consents.consents(m.recipient(), channel);
  }

  /**
   * The person consents to, or declines, optional messages on a channel (the inbox always has
   * them); recorded with the time and where they said so.
   */
  @Transactional
  public void setConsent(String recipient, MessageChannel channel, boolean consents, String via) {
    if (channel == MessageChannel.INBOX) {
      throw BadInput.at("channel", "notifications.notifications.channel.inbox");
    }
    this.consents.record(recipient, channel, consents, via, clock.instant());
  }

  /** The person takes optional SMS one by one, or as one digest a day. */
  @Transactional
  public void chooseDigest(String recipient, boolean daily, String via) {
    consents.chooseDigest(recipient, daily, via, clock.instant());
  }

  @Transactional(readOnly = true)
  public boolean wantsDigest(String recipient) {
    return consents.wantsDigest(recipient);
  }

  /** Whether optional messages go to the person on this channel. */
  @Transactional(readOnly = true)
  public boolean consents(String recipient, MessageChannel channel) {
    return consents.consents(recipient, channel);
  }

  /** A person's inbox, newest first. */
  @Transactional(readOnly = true)
  public List<InboxEntry> inbox(String recipient, int limit) {
    return rows.inbox(recipient, limit);
  }

  @Transactional(readOnly = true)
  public long unread(String recipient) {
    return rows.unread(recipient);
  }

  /** The person has seen their inbox. */
  @Transactional
  public void markRead(String recipient) {
    rows.markRead(recipient, clock.instant());
  }

  /**
   * The newest messages of a channel sent on behalf of these units (the console); with {@code
   * unitless}, also those of no unit (login codes).
   */
  @Transactional(readOnly = true)
  public List<SentMessage> latest(
      MessageChannel channel, Collection<Long> units, boolean unitless, int limit) {
    return rows.latest(channel, null, NotificationRows.Scope.of(units, unitless), limit);
  }
}
