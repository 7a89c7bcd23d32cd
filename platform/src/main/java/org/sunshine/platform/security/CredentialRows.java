package org.sunshine.platform.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for credentials and recovery codes. */
@Repository
class CredentialRows {

  private final JdbcClient jdbc;

  CredentialRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Credential> byAccount(long accountId) {
    return jdbc.sql("select * from staff_credential where account_id = ?")
        .param(accountId)
        .query(CredentialRows::map)
        .optional();
  }

  /** Locks the row so concurrent failed logins count correctly. */
  Optional<Credential> byAccountForUpdate(long accountId) {
    return jdbc.sql("select * from staff_credential where account_id = ? for update")
        .param(accountId)
        .query(CredentialRows::map)
        .optional();
  }

  List<Credential> byAccounts(Collection<Long> accountIds) {
    if (accountIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("select * from staff_credential where account_id in (:ids)")
        .param("ids", accountIds)
        .query(CredentialRows::map)
        .list();
  }

  void save(Credential c) {
    jdbc.sql(
            """
            insert into staff_credential (account_id, password_hash, password_changed_at, failed_attempts,
                                          locked_until, last_login_at, totp_secret, totp_enabled, totp_last_step)
            values (:id, :hash, :changed, :failed, :locked, :last, :secret, :enabled, :step)
            on conflict (account_id) do update set
              password_hash = excluded.password_hash, password_changed_at = excluded.password_changed_at,
              failed_attempts = excluded.failed_attempts, locked_until = excluded.locked_until,
              last_login_at = excluded.last_login_at, totp_secret = excluded.totp_secret,
              totp_enabled = excluded.totp_enabled, totp_last_step = excluded.totp_last_step""")
        .param("id", c.accountId())
        .param("hash", c.passwordHash())
        .param("changed", ts(c.passwordChangedAt()))
        .param("failed", c.failedAttempts())
        .param("locked", ts(c.lockedUntil()))
        .param("last", ts(c.lastLoginAt()))
        .param("secret", c.totpSecret())
        .param("enabled", c.totpEnabled())
        .param("step", c.totpLastStep())
        .update();
  }

  void markTemporary(long accountId, boolean temporary) {
    jdbc.sql("update staff_credential set password_temporary = ? where account_id = ?")
        .params(temporary, accountId)
        .update();
  }

  boolean isTemporary(long accountId) {
    return jdbc.sql("select password_temporary from staff_credential where account_id = ?")
        .param(accountId)
        .query(Boolean.class)
        .optional()
        .orElse(false);
  }

  void replaceRecoveryCodes(long accountId, List<String> hashes) {
    jdbc.sql("delete from staff_recovery_code where account_id = ?").param(accountId).update();
    for (String hash : hashes) {
      jdbc.sql("insert into staff_recovery_code (account_id, code_hash) values (?, ?)")
          .params(accountId, hash)
          .update();
    }
  }

  /** Marks an unused code used; false when no such unused code exists. */
  boolean useRecoveryCode(long accountId, String hash, Instant now) {
    return jdbc.sql(
                """
                update staff_recovery_code set used_at = ?
                where account_id = ? and code_hash = ? and used_at is null""")
            .params(Timestamp.from(now), accountId, hash)
            .update()
        == 1;
  }

  int unusedRecoveryCodes(long accountId) {
    return jdbc.sql(
            "select count(*) from staff_recovery_code where account_id = ? and used_at is null")
        .param(accountId)
        .query(Integer.class)
        .single();
  }

  private static Timestamp ts(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }

  private static Credential map(ResultSet rs, int row) throws SQLException {
    long step = rs.getLong("totp_last_step");
    Long lastStep = rs.wasNull() ? null : step;
    return new Credential(
        rs.getLong("account_id"),
        rs.getString("password_hash"),
        instant(rs, "password_changed_at"),
        rs.getInt("failed_attempts"),
        instant(rs, "locked_until"),
        instant(rs, "last_login_at"),
        rs.getString("totp_secret"),
        rs.getBoolean("totp_enabled"),
        lastStep);
  }
}
