package org.sunshine.platform.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for activation links: only the token's hash is ever stored. */
@Repository
class ActivationRows {

  /** A link that still works: unused and not expired. */
  record Usable(long id, long accountId) {}

  private final JdbcClient jdbc;

  ActivationRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(long accountId, String tokenHash, Instant now, Instant expires, String by) {
    return jdbc.sql(
            """
            insert into staff_activation (account_id, token_hash, created_at, expires_at, created_by)
            values (?, ?, ?, ?, ?) returning id""")
        .params(accountId, tokenHash, Timestamp.from(now), Timestamp.from(expires), by)
        .query(Long.class)
        .single();
  }

  /**
   * The usable link with this hash; {@code lock} holds it so two submissions cannot both use it.
   */
  Optional<Usable> usable(String tokenHash, Instant now, boolean lock) {
    return jdbc.sql(
            "select id, account_id from staff_activation"
                + " where token_hash = ? and used_at is null and expires_at > ?"
                + (lock ? " for update" : ""))
        .params(tokenHash, Timestamp.from(now))
        .query((rs, n) -> new Usable(rs.getLong("id"), rs.getLong("account_id")))
        .optional();
  }

  void markUsed(long id, Instant now) {
    jdbc.sql("update staff_activation set used_at = ? where id = ?")
        .params(Timestamp.from(now), id)
        .update();
  }

  /** A new link replaces the account's earlier ones: only the latest one works. */
  void retireOthers(long accountId, long keep, Instant now) {
    jdbc.sql(
            "update staff_activation set expires_at = ? where account_id = ? and id <> ?"
                + " and used_at is null and expires_at > ?")
        .params(Timestamp.from(now), accountId, keep, Timestamp.from(now))
        .update();
  }

  /** Those of the accounts that have a usable link (for the accounts list, in one query). */
  Set<Long> pending(Collection<Long> accountIds, Instant now) {
    if (accountIds.isEmpty()) {
      return Set.of();
    }
    return Set.copyOf(
        jdbc.sql(
                "select distinct account_id from staff_activation"
                    + " where account_id in (:ids) and used_at is null and expires_at > :now")
            .param("ids", accountIds)
            .param("now", Timestamp.from(now))
            .query(Long.class)
            .list());
  }
}
