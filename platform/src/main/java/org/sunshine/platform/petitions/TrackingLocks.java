package org.sunshine.platform.petitions;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The lock-out of a query code tried with wrong tracking passwords (V64): its own small state on
 * the petition row, apart from the matter's handling.
 */
@Repository
class TrackingLocks {

  private final JdbcClient jdbc;

  TrackingLocks(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  boolean trackLocked(long id, Instant now) {
    return jdbc.sql("select track_locked_until > ? from petition where id = ?")
        .params(Timestamp.from(now), id)
        .query(Boolean.class)
        .optional()
        .orElse(false);
  }

  /** A wrong tracking password: the max-th in a row locks the code until then. */
  void trackFailed(long id, int max, Instant until) {
    jdbc.sql(
            """
            update petition set
              track_locked_until = case when track_failures + 1 >= :max then :until
                                        else track_locked_until end,
              track_failures = case when track_failures + 1 >= :max then 0 else track_failures + 1 end
            where id = :id""")
        .param("max", max)
        .param("until", Timestamp.from(until))
        .param("id", id)
        .update();
  }

  void trackSucceeded(long id) {
    jdbc.sql("update petition set track_failures = 0 where id = ? and track_failures > 0")
        .param(id)
        .update();
  }
}
