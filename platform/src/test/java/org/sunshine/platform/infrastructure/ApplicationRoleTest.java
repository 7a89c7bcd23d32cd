package org.sunshine.platform.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.DriverManager;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.sunshine.platform.support.PlatformTest;

/**
 * The application never connects as the owner of its tables (ADR 19): it cannot change the schema,
 * switch triggers off or rewrite the audit trail, and its role signs in with a password.
 */
@PlatformTest
class ApplicationRoleTest {

  @Autowired JdbcTemplate jdbc;
  @Autowired DataSource dataSource;

  @Test
  void theApplicationIsNoSuperuserAndOwnsNoTable() {
    assertThat(jdbc.queryForObject("select current_user", String.class)).isEqualTo("sunshine_app");
    assertThat(
            jdbc.queryForObject(
                "select rolsuper or rolcreaterole or rolcreatedb from pg_roles where rolname = current_user",
                Boolean.class))
        .isFalse();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from pg_tables where schemaname = 'public' and tableowner = current_user",
                Long.class))
        .isZero();
  }

  @Test
  void theApplicationCannotSwitchTheAuditTriggerOffNorRewriteTheTrail() {
    assertThatThrownBy(
            () -> jdbc.execute("alter table audit_entry disable trigger audit_entry_append_only"))
        .isInstanceOf(DataAccessException.class)
        .rootCause()
        .hasMessageContaining("must be owner");
    assertThatThrownBy(() -> jdbc.update("update audit_entry set detail = 'x'"))
        .isInstanceOf(DataAccessException.class)
        .rootCause()
        .hasMessageContaining("permission denied");
    assertThatThrownBy(() -> jdbc.update("delete from audit_entry"))
        .rootCause()
        .hasMessageContaining("permission denied");
    assertThatThrownBy(() -> jdbc.execute("create table intruder (n int)"))
        .isInstanceOf(DataAccessException.class);
  }

  @Test
  void theApplicationRoleNeedsItsPassword() throws SQLException {
    String url;
    try (var c = dataSource.getConnection()) {
      url = c.getMetaData().getURL();
    }
    assertThatThrownBy(() -> DriverManager.getConnection(url, "sunshine_app", "not-the-password"))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("password authentication failed");
  }
}
