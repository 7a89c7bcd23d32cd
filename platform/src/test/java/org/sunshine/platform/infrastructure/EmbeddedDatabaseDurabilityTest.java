package org.sunshine.platform.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * The embedded PostgreSQL as the configuration starts it, without an application around it: the
 * settings are bound as Spring binds them, so a default is the default a node gets.
 */
class EmbeddedDatabaseDurabilityTest {

  @Test
  void theEmbeddedDatabaseSyncsEveryCommitUnderDefaultSettings() throws Exception {
    try (EmbeddedPostgres postgres = start(Map.of("sunshine.embedded-db.ephemeral", "true"));
        Connection connection = postgres.getPostgresDatabase().getConnection()) {
      assertThat(show(connection, "fsync")).isEqualTo("on");
      assertThat(show(connection, "synchronous_commit")).isEqualTo("on");
      assertThat(show(connection, "full_page_writes")).isEqualTo("on");
    }
  }

  @Test
  void onlySettingsThatSaySoTradeDurabilityForSpeed() throws Exception {
    var settings =
        Map.of("sunshine.embedded-db.ephemeral", "true", "sunshine.embedded-db.durable", "false");
    try (EmbeddedPostgres postgres = start(settings);
        Connection connection = postgres.getPostgresDatabase().getConnection()) {
      assertThat(show(connection, "fsync")).isEqualTo("off");
      assertThat(show(connection, "synchronous_commit")).isEqualTo("off");
    }
  }

  private static EmbeddedPostgres start(Map<String, String> settings) throws Exception {
    SunshineProperties properties =
        new Binder(new MapConfigurationPropertySource(settings))
            .bind("sunshine", SunshineProperties.class)
            .get();
    return new EmbeddedDatabaseConfiguration().embeddedPostgres(properties);
  }

  private static String show(Connection connection, String setting) throws SQLException {
    try (ResultSet rs = connection.createStatement().executeQuery("show " + setting)) {
      rs.next();
      return rs.getString(1);
    }
  }
}
