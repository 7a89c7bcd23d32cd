package org.sunshine.platform.access;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Keeps every message in the sms_outbox table and logs it (numbers shortened), instead of sending
 * it.
 */
class OutboxSmsGateway implements SmsGateway {

  private static final Logger log = LoggerFactory.getLogger(OutboxSmsGateway.class);
  private final JdbcClient jdbc;
  private final Clock clock;

  OutboxSmsGateway(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public void send(String mobile, String text) {
    jdbc.sql("insert into sms_outbox (mobile, body, created_at) values (?, ?, ?)")
        .params(mobile, text, Timestamp.from(clock.instant()))
        .update();
    log.info(
        "SMS to {}****{} kept in the outbox",
        mobile.substring(0, 3),
        mobile.substring(mobile.length() - 4));
  }

  record Message(String mobile, String body, Instant at) {}

  List<Message> latest(int limit) {
    return jdbc.sql("select mobile, body, created_at from sms_outbox order by id desc limit ?")
        .param(limit)
        .query(
            (rs, n) ->
                new Message(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
        .list();
  }
}
