package org.sunshine.platform.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.sunshine.platform.support.PlatformTest;

/** The outbox on the whole platform (default adapters): written with the change, sent once. */
@PlatformTest
class NotificationsTest {

  @Autowired Notifications notifications;
  @Autowired TransactionTemplate tx;
  @Autowired JdbcClient jdbc;

  private static Message approved(String key, String recipient, String mobile) {
    return new Message(
        key,
        recipient,
        Set.of(MessageChannel.SMS, MessageChannel.INBOX),
        mobile,
        null,
        "application.APPROVED",
        List.of(),
        "/access",
        false,
        false,
        null);
  }

  private long count(String recipient) {
    return jdbc.sql("select count(*) from notification where recipient = ?")
        .param(recipient)
        .query(Long.class)
        .single();
  }

  @Test
  void aMessageIsWrittenWithTheBusinessChangeOrNotAtAll() {
    String who = "test:" + UUID.randomUUID();
    assertThatThrownBy(
            () ->
                tx.executeWithoutResult(
                    s -> {
                      notifications.send(approved("k1", who, "13900000001"));
                      throw new IllegalStateException("the business change failed");
                    }))
        .hasMessageContaining("failed");
    assertThat(count(who)).isZero();
  }

  @Test
  void theSameMessageAskedTwiceIsQueuedOncePerChannel() {
    String who = "test:" + UUID.randomUUID();
    notifications.send(approved("same-event", who, "13900000002"));
    notifications.send(approved("same-event", who, "13900000002"));
    assertThat(count(who)).isEqualTo(2); // one SMS, one inbox entry
  }

  @Test
  void anSmsIsDeliveredOnceItsTransactionCommitsWithTheSignatureOnce() {
    String who = "test:" + UUID.randomUUID();
    tx.executeWithoutResult(s -> notifications.send(approved("k", who, "13900000003")));
    var sms =
        jdbc.sql("select status, body from notification where recipient = ? and channel = 'SMS'")
            .param(who)
            .query((rs, n) -> List.of(rs.getString(1), rs.getString(2)))
            .single();
    assertThat(sms.get(0)).isEqualTo("SENT");
    assertThat(sms.get(1)).startsWith("【阳光检务】您的案件信息查询申请已通过核验");
    assertThat(sms.get(1).chars().filter(c -> c == '【').count()).isEqualTo(1);
  }

  @Test
  void theInboxShowsNewestFirstAndCountsUnreadUntilOpened() {
    String who = "test:" + UUID.randomUUID();
    notifications.send(approved("first", who, null));
    notifications.send(approved("second", who, null));
    assertThat(notifications.unread(who)).isEqualTo(2);
    assertThat(notifications.inbox(who, 10)).hasSize(2).allMatch(e -> e.link().equals("/access"));
    notifications.markRead(who);
    assertThat(notifications.unread(who)).isZero();
    assertThat(notifications.inbox(who, 10)).allMatch(InboxEntry::read);
  }

  @Test
  void anInvalidMobileIsRecordedWithItsReasonAndNeverSent() {
    String who = "test:" + UUID.randomUUID();
    notifications.send(approved("bad-number", who, "12345"));
    var row =
        jdbc.sql(
                "select status || '|' || last_error from notification where recipient = ? and channel = 'SMS'")
            .param(who)
            .query(String.class)
            .single();
    assertThat(row).isEqualTo("REFUSED|invalid address");
  }

  private static Message progress(String key, String recipient, boolean optional) {
    return new Message(
        key,
        recipient,
        Set.of(MessageChannel.SMS, MessageChannel.INBOX),
        "13900000004",
        null,
        "application.APPROVED",
        List.of(),
        null,
        false,
        optional,
        null);
  }

  private String smsStatus(String who) {
    return jdbc.sql(
            "select status || '|' || coalesce(last_error, '') from notification"
                + " where recipient = ? and channel = 'SMS'")
        .param(who)
        .query(String.class)
        .single();
  }

  @Test
  void anOptionalSmsTheRecipientDeclinedIsRecordedNotSentButTheInboxStillHasIt() {
    String who = "test:" + UUID.randomUUID();
    notifications.setConsent(who, MessageChannel.SMS, false, "web");
    notifications.send(progress("news", who, true));
    assertThat(smsStatus(who)).isEqualTo("REFUSED|declined by the recipient");
    assertThat(notifications.inbox(who, 10)).hasSize(1);
  }

  @Test
  void aServiceMessageGoesWhateverTheConsentAndConsentCanBeGivenAgain() {
    String who = "test:" + UUID.randomUUID();
    notifications.setConsent(who, MessageChannel.SMS, false, "web");
    notifications.send(progress("answer", who, false));
    assertThat(smsStatus(who)).isEqualTo("SENT|");
    notifications.setConsent(who, MessageChannel.SMS, true, "kiosk");
    assertThat(notifications.consents(who, MessageChannel.SMS)).isTrue();
  }

  @Autowired DigestSchedule digests;

  @Test
  void aPersonWhoTakesADailyDigestGetsOneSmsForTheDaysOptionalMessages() {
    String who = "test:" + UUID.randomUUID();
    notifications.chooseDigest(who, true, "web");
    notifications.send(progress("step-1", who, true));
    notifications.send(progress("step-2", who, true));
    notifications.send(progress("answer", who, false)); // a service message goes at once
    assertThat(
            jdbc.sql(
                    "select count(*) from notification where recipient = ? and channel = 'SMS'"
                        + " and status = 'HELD'")
                .param(who)
                .query(Long.class)
                .single())
        .isEqualTo(2);
    digests.send();
    List<String> sms =
        jdbc.sql(
                "select status || '|' || body from notification where recipient = ?"
                    + " and channel = 'SMS' order by id")
            .param(who)
            .query(String.class)
            .list();
    assertThat(sms).hasSize(4);
    assertThat(sms.get(0)).startsWith("CANCELLED|");
    assertThat(sms.get(1)).startsWith("CANCELLED|");
    assertThat(sms.get(2)).startsWith("SENT|");
    assertThat(sms.get(3)).startsWith("SENT|【阳光检务】您有 2 条案件进展消息");
  }

  @Autowired Dispatcher dispatcher;

  @Test
  void messagesToOnePersonGoInTheOrderTheyWereQueued() {
    String who = "test:" + UUID.randomUUID();
    // An earlier message to the same person waits for a retry (its gateway failed).
    jdbc.sql(
            """
            insert into notification (idempotency_key, channel, recipient, address, template, body, status,
                next_attempt_at, created_at)
            values (?, 'SMS', ?, '13900000005', 'application.APPROVED', '先', 'FAILED', now() + interval '1 hour',
                    now())""")
        .params("first-" + who, who)
        .update();
    tx.executeWithoutResult(s -> notifications.send(approved("second", who, "13900000005")));
    dispatcher.dispatchDue();
    assertThat(smsStatuses(who)).containsExactly("FAILED", "QUEUED");
  }

  private List<String> smsStatuses(String who) {
    return jdbc.sql(
            "select status from notification where recipient = ? and channel = 'SMS' order by id")
        .param(who)
        .query(String.class)
        .list();
  }

  @Test
  void aMissingTemplateIsRefusedAtTheCallNotSentBlank() {
    Message m =
        new Message(
            "k",
            "test:x",
            Set.of(MessageChannel.INBOX),
            null,
            null,
            "no-such-template",
            List.of(),
            null,
            false,
            false,
            null);
    assertThatThrownBy(() -> notifications.send(m))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("template:");
  }
}
