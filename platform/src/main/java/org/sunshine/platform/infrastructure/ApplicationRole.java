package org.sunshine.platform.infrastructure;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;

/**
 * The embedded database's roles (ADR 19): migrations run as the superuser, which owns the tables;
 * the application signs in as {@value #NAME}, with a generated password checked by scram-sha-256,
 * and holds only the privileges migration V24 grants it (no DDL, no update or delete of the audit
 * trail, no disabling of triggers). The password lives in a file beside the database that only the
 * platform's user may read; an ephemeral (test) database gets a fresh one.
 */
final class ApplicationRole {

  static final String NAME = "sunshine_app";

  /**
   * The superuser stays trusted on this machine only: migrations need it and zonky's start-up check
   * signs in as it without a password. Everyone else signs in with a password.
   */
  private static final List<String> HBA =
      List.of(
          "# Written by Sunshine (ADR 19): only the superuser is trusted, and only on this machine.",
          "local all postgres trust",
          "host all postgres 127.0.0.1/32 trust",
          "host all postgres ::1/128 trust",
          "host all all 127.0.0.1/32 scram-sha-256",
          "host all all ::1/128 scram-sha-256");

  private ApplicationRole() {}

  /** Creates or updates the role and the authentication rules; the role's password. */
  static String ensure(EmbeddedPostgres postgres, Path pgData, Path secret) throws IOException {
    String password = secret == null ? generate() : readOrCreate(secret);
    Files.write(pgData.resolve("pg_hba.conf"), HBA);
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("set password_encryption = 'scram-sha-256'");
      s.execute(
          "do $$ begin if not exists (select 1 from pg_roles where rolname = '"
              + NAME
              + "') then create role "
              + NAME
              + " login; end if; end $$");
      try (PreparedStatement p =
          c.prepareStatement("select format('alter role %I login password %L', ?, ?)")) {
        p.setString(1, NAME);
        p.setString(2, password);
        var rs = p.executeQuery();
        rs.next();
        s.execute(rs.getString(1));
      }
      s.execute("select pg_reload_conf()");
    } catch (SQLException e) {
      throw new IOException("cannot set up the application's database role: " + e.getMessage(), e);
    }
    return password;
  }

  private static String readOrCreate(Path secret) throws IOException {
    if (Files.isRegularFile(secret)) {
      String stored = Files.readString(secret).strip();
      if (stored.matches("[0-9a-f]{64}")) {
        return stored;
      }
    }
    String password = generate();
    // Owner-only from the moment they exist: the directory first, then the file.
    OwnerOnly.directory(secret.getParent());
    OwnerOnly.newFile(secret);
    Files.writeString(secret, password + "\n");
    return password;
  }

  private static String generate() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
