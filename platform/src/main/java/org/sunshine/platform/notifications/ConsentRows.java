package org.sunshine.platform.notifications;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Consents to optional messages: the newest word of each person on each channel counts. */
@Repository
class ConsentRows {

  private final JdbcClient jdbc;

  ConsentRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void record(String recipient, MessageChannel channel, boolean consents, String via, Instant at) {
    jdbc.sql(
            """
            insert into notification_consent (recipient, channel, consents, given_via, given_at)
            values (?, ?, ?, ?, ?)""")
        .params(recipient, channel.name(), consents, via, Timestamp.from(at))
        .update();
  }

  void chooseDigest(String recipient, boolean daily, String via, Instant at) {
    jdbc.sql(
            """
            insert into notification_preference (recipient, daily_digest, chosen_via, chosen_at)
            values (?, ?, ?, ?)
            on conflict (recipient) do update set daily_digest = excluded.daily_digest,
                chosen_via = excluded.chosen_via, chosen_at = excluded.chosen_at""")
        .params(recipient, daily, via, Timestamp.from(at))
        .update();
  }

  boolean wantsDigest(String recipient) {
    return jdbc.sql("select daily_digest from notification_preference where recipient = ?")
        .param(recipient)
        .query(Boolean.class)
        .optional()
        .orElse(false);
  }

  /** Optional messages go until the person declines them. */
  boolean consents(String recipient, MessageChannel channel) {
    return jdbc.sql(
            """
            select consents from notification_consent where recipient = ? and channel = ?
            order by id desc limit 1""")
        .params(recipient, channel.name())
        .query(Boolean.class)
        .optional()
        .orElse(true);
  }
}
