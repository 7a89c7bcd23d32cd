package org.sunshine.platform.notifications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The notification table: the outbox, the delivery record and the inbox. */
@Repository
class NotificationRows {

  /** A message due for delivery. */
  record Due(
      long id,
      MessageChannel channel,
      String address,
      String subject,
      String body,
      int attempts,
      boolean urgent,
      String recipient) {}

  /**
   * Whose messages a staff member may see: those sent on behalf of their units, and those of no
   * unit (login codes) only when {@code unitless}.
   */
  record Scope(Long[] units, boolean unitless) {
    static Scope of(Collection<Long> units, boolean unitless) {
      return new Scope(units.toArray(Long[]::new), unitless);
    }
  }

  private static final String SCOPED = "((unit_id is null and ?) or unit_id = any(?))";

  private final JdbcClient jdbc;

  NotificationRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** What a new row starts as: when it may first go, or why it never will. */
  record Start(Instant firstAttempt, String refusal, Long fallbackOf, boolean digest) {
    Start(Instant firstAttempt, String refusal) {
      this(firstAttempt, refusal, null, false);
    }

    Start(Instant firstAttempt, String refusal, Long fallbackOf) {
      this(firstAttempt, refusal, fallbackOf, false);
    }
  }

  /** Returns the new row's id, or empty when the idempotency key was there already. */
  Optional<Long> insert(
      String key,
      MessageChannel channel,
      Message m,
      String address,
      String subject,
      String body,
      Instant now,
      Start start) {
    boolean inbox = channel == MessageChannel.INBOX;
    String status =
        start.refusal() != null
            ? "REFUSED"
            : inbox ? "SENT" : start.fallbackOf() != null || start.digest() ? "HELD" : "QUEUED";
    return jdbc.sql(
            """
            insert into notification (idempotency_key, channel, recipient, address, template, subject, body, link,
                urgent, unit_id, status, next_attempt_at, created_at, sent_at, last_error, fallback_of,
                digest)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (idempotency_key) do nothing returning id""")
        .params(
            key,
            channel.name(),
            m.recipient(),
            address,
            m.template(),
            subject,
            body,
            m.link(),
            m.urgent(),
            m.unitId(),
            status,
            Timestamp.from(start.firstAttempt()),
            Timestamp.from(now),
            inbox ? Timestamp.from(now) : null,
            start.refusal(),
            start.fallbackOf(),
            start.digest())
        .query(Long.class)
        .optional();
  }

  /**
   * Claims due messages for this transaction: rows another instance is sending are skipped, so two
   * instances never send one message.
   */
  List<Due> claimDue(Instant now, int limit) {
    return jdbc.sql(
            """
            select id, channel, address, subject, body, attempts, urgent, recipient from notification
            where status in ('QUEUED', 'FAILED') and next_attempt_at <= ? and channel <> 'INBOX'
            order by next_attempt_at, id limit ? for update skip locked""")
        .params(Timestamp.from(now), limit)
        .query((rs, n) -> due(rs))
        .list();
  }

  /**
   * Whether an earlier message to the same person on the same channel still waits: messages to one
   * person go in the order they were queued (one indexed lookup, whatever the queue's size).
   */
  boolean earlierPending(Due m) {
    return jdbc.sql(
            """
            select exists (select 1 from notification where recipient = ? and channel = ? and id < ?
                             and status in ('QUEUED', 'FAILED') and not urgent)""")
        .params(m.recipient(), m.channel().name(), m.id())
        .query(Boolean.class)
        .single();
  }

  /** Claims one message if it is due now (the after-commit fast path; quiet hours wait). */
  Optional<Due> claim(long id, Instant now) {
    return jdbc.sql(
            """
            select id, channel, address, subject, body, attempts, urgent, recipient from notification
            where id = ? and status in ('QUEUED', 'FAILED') and channel <> 'INBOX' and next_attempt_at <= ?
            for update skip locked""")
        .params(id, Timestamp.from(now))
        .query((rs, n) -> due(rs))
        .optional();
  }

  void sent(long id, Instant at) {
    jdbc.sql(
            "update notification set status = 'SENT', sent_at = ?, attempts = attempts + 1,"
                + " last_error = null where id = ?")
        .params(Timestamp.from(at), id)
        .update();
  }

  void failed(long id, String error, Instant retryAt, boolean givenUp) {
    jdbc.sql(
            "update notification set status = ?, attempts = attempts + 1, last_error = ?,"
                + " next_attempt_at = ? where id = ?")
        .params(givenUp ? "GIVEN_UP" : "FAILED", clip(error), Timestamp.from(retryAt), id)
        .update();
  }

  /** A dead letter goes back to the queue (the console's 重试). Returns whether it was dead. */
  boolean requeue(long id, Instant now, Scope scope) {
    return jdbc.sql(
                "update notification set status = 'QUEUED', next_attempt_at = ? where id = ?"
                    + " and status = 'GIVEN_UP' and "
                    + SCOPED)
            .params(Timestamp.from(now), id, scope.unitless(), scope.units())
            .update()
        > 0;
  }

  /** A queued or dead message is not sent at all (the console's 取消). */
  boolean cancel(long id, Scope scope) {
    return jdbc.sql(
                "update notification set status = 'CANCELLED' where id = ?"
                    + " and status in ('QUEUED', 'FAILED', 'GIVEN_UP') and "
                    + SCOPED)
            .params(id, scope.unitless(), scope.units())
            .update()
        > 0;
  }

  List<SentMessage> latest(MessageChannel channel, String status, Scope scope, int limit) {
    return jdbc.sql(
            "select * from notification where (cast(? as varchar) is null or channel = ?)"
                + " and (cast(? as varchar) is null or status = ?) and "
                + SCOPED
                + " order by id desc limit ?")
        .params(
            channel == null ? null : channel.name(),
            channel == null ? null : channel.name(),
            status,
            status,
            scope.unitless(),
            scope.units(),
            limit)
        .query((rs, n) -> sentMessage(rs))
        .list();
  }

  /** A person's held digest messages: recipient, address, count (the digest run). */
  record Digest(String recipient, String address, long count, Long unitId) {}

  List<Digest> heldDigests() {
    return jdbc.sql(
            """
            select recipient, address, count(*), max(unit_id) from notification
            where digest and status = 'HELD' group by recipient, address order by recipient""")
        .query(
            (rs, n) ->
                new Digest(
                    rs.getString(1), rs.getString(2), rs.getLong(3), rs.getObject(4, Long.class)))
        .list();
  }

  /** The held messages went out in one digest. */
  void digested(String recipient, String address) {
    jdbc.sql(
            "update notification set status = 'CANCELLED', last_error = 'sent in the daily digest'"
                + " where digest and status = 'HELD' and recipient = ? and address = ?")
        .params(recipient, address)
        .update();
  }

  /** WeChat took or refused a message: its standby SMS goes (released) or not (cancelled). */
  void settleFallback(long wechatId, boolean release, Instant now) {
    jdbc.sql(
            "update notification set status = ?, next_attempt_at = ? where fallback_of = ?"
                + " and status = 'HELD'")
        .params(release ? "QUEUED" : "CANCELLED", Timestamp.from(now), wechatId)
        .update();
  }

  /** WeChat said the person does not accept it: recorded, never retried. */
  void refused(long id, String reason) {
    jdbc.sql(
            "update notification set status = 'REFUSED', attempts = attempts + 1, last_error = ?"
                + " where id = ?")
        .params(clip(reason), id)
        .update();
  }

  Optional<String> wechatOpenid(String recipient) {
    return jdbc.sql("select openid from wechat_binding where recipient = ?")
        .param(recipient)
        .query(String.class)
        .optional();
  }

  void bindWechat(String recipient, String openid, Instant at) {
    jdbc.sql(
            """
            insert into wechat_binding (recipient, openid, bound_at) values (?, ?, ?)
            on conflict (recipient) do update set openid = excluded.openid, bound_at = excluded.bound_at""")
        .params(recipient, openid, Timestamp.from(at))
        .update();
  }

  /**
   * The gateway's delivery receipt for a message it took: delivered, or not deliverable (then the
   * message joins the dead letters with the gateway's reason). Returns whether it matched.
   */
  boolean receipt(long id, boolean delivered, String detail) {
    return jdbc.sql(
                "update notification set status = ?, last_error = ? where id = ? and status = 'SENT'")
            .params(delivered ? "DELIVERED" : "GIVEN_UP", delivered ? null : clip(detail), id)
            .update()
        > 0;
  }

  /** Whoever receives SMS at this number (a reply speaks for them all). */
  List<String> recipientsAt(String mobile) {
    return jdbc.sql(
            "select distinct recipient from notification where channel = 'SMS' and address = ?")
        .param(mobile)
        .query(String.class)
        .list();
  }

  List<InboxEntry> inbox(String recipient, int limit) {
    return jdbc.sql(
            """
            select id, body, link, created_at, read_at from notification
            where recipient = ? and channel = 'INBOX' order by id desc limit ?""")
        .params(recipient, limit)
        .query(
            (rs, n) ->
                new InboxEntry(
                    rs.getLong("id"),
                    rs.getString("body"),
                    rs.getString("link"),
                    rs.getTimestamp("created_at").toInstant(),
                    rs.getTimestamp("read_at") != null))
        .list();
  }

  long unread(String recipient) {
    return jdbc.sql(
            "select count(*) from notification where recipient = ? and channel = 'INBOX' and read_at is null")
        .param(recipient)
        .query(Long.class)
        .single();
  }

  void markRead(String recipient, Instant at) {
    jdbc.sql(
            "update notification set read_at = ? where recipient = ? and channel = 'INBOX' and read_at is null")
        .params(Timestamp.from(at), recipient)
        .update();
  }

  /** Messages per channel and status, for the metrics. */
  List<Object[]> counts() {
    return jdbc.sql("select channel, status, count(*) from notification group by channel, status")
        .query((rs, n) -> new Object[] {rs.getString(1), rs.getString(2), rs.getLong(3)})
        .list();
  }

  private static Due due(ResultSet rs) throws SQLException {
    return new Due(
        rs.getLong("id"),
        MessageChannel.valueOf(rs.getString("channel")),
        rs.getString("address"),
        rs.getString("subject"),
        rs.getString("body"),
        rs.getInt("attempts"),
        rs.getBoolean("urgent"),
        rs.getString("recipient"));
  }

  private static SentMessage sentMessage(ResultSet rs) throws SQLException {
    Timestamp sent = rs.getTimestamp("sent_at");
    return new SentMessage(
        rs.getLong("id"),
        MessageChannel.valueOf(rs.getString("channel")),
        rs.getString("recipient"),
        rs.getString("address") == null ? "" : rs.getString("address"),
        rs.getString("body"),
        rs.getString("status"),
        rs.getInt("attempts"),
        rs.getString("last_error"),
        (sent == null ? rs.getTimestamp("created_at") : sent).toInstant(),
        rs.getBoolean("urgent"));
  }

  private static String clip(String error) {
    String e = error == null ? "" : error;
    return e.length() > 500 ? e.substring(0, 500) : e;
  }
}
