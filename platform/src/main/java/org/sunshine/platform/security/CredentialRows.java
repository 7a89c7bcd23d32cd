package org.sunshine.platform.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.sunshine.platform.infrastructure.KeyedColumns;
import org.sunshine.platform.infrastructure.Keys;

/**
 * SQL for credentials and recovery codes. The TOTP secret is stored encrypted (ADR 27): whoever
 * reads a copy of the database cannot compute anyone's second factor.
 */
@Repository
class CredentialRows implements KeyedColumns {

  private final JdbcClient jdbc;
  private final Keys keys;

  CredentialRows(JdbcClient jdbc, Keys keys) {
    this.jdbc = jdbc;
    this.keys = keys;
  }

  Optional<Credential> byAccount(long accountId) {
    return jdbc.sql("select * from staff_credential where account_id = ?")
        .param(accountId)
        .query(this::map)
        .optional();
  }

  /** Locks the row so concurrent failed logins count correctly. */
  Optional<Credential> byAccountForUpdate(long accountId) {
    return jdbc.sql("select * from staff_credential where account_id = ? for update")
        .param(accountId)
        .query(this::map)
        .optional();
  }

  List<Credential> byAccounts(Collection<Long> accountIds) {
    if (accountIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("select * from staff_credential where account_id in (:ids)")
        .param("ids", accountIds)
        .query(this::map)
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
        .param(
            "secret",
            c.totpSecret() == null ? null : keys.encrypt(c.totpSecret(), context(c.accountId())))
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

  /** Encrypted TOTP secrets moved to the current key (and, from before encryption, encrypted). */
  @Override
  public int rekey() {
    int changed = 0;
    var stored =
        jdbc.sql(
                "select account_id, totp_secret from staff_credential where totp_secret not like ?")
            .param(keys.currentEncryptionKey() + ":%")
            .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
            .list();
    for (var row : stored) {
      String moved = keys.reencrypted(row.getValue(), context(row.getKey()));
      if (!moved.equals(row.getValue())) {
        changed +=
            jdbc.sql(
                    "update staff_credential set totp_secret = ? where account_id = ? and totp_secret = ?")
                .params(moved, row.getKey(), row.getValue())
                .update();
      }
    }
    return changed;
  }

  /** Binds a ciphertext to its account: a secret copied onto another account does not open. */
  private static String context(long accountId) {
    return "staff_credential.totp_secret:" + accountId;
  }

  private Credential map(ResultSet rs, int row) throws SQLException {
    long step = rs.getLong("totp_last_step");
    Long lastStep = rs.wasNull() ? null : step;
    long accountId = rs.getLong("account_id");
    return new Credential(
        accountId,
        rs.getString("password_hash"),
        instant(rs, "password_changed_at"),
        rs.getInt("failed_attempts"),
        instant(rs, "locked_until"),
        instant(rs, "last_login_at"),
        keys.decrypt(rs.getString("totp_secret"), context(accountId)),
        rs.getBoolean("totp_enabled"),
        lastStep);
  }
}
