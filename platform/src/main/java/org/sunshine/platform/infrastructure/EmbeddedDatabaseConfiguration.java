package org.sunshine.platform.infrastructure;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Starts a real PostgreSQL from the zonky binaries when no {@code spring.datasource.url} is set, so
 * that a newcomer needs no database server. The data directory persists under {@code
 * sunshine.data-dir} between runs.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabaseCondition.class)
class EmbeddedDatabaseConfiguration {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

  @Bean(destroyMethod = "close")
  EmbeddedPostgres embeddedPostgres(SunshineProperties properties) throws IOException {
    boolean ephemeral = properties.embeddedDb().ephemeral();
    Path dir =
        ephemeral
            ? Files.createTempDirectory("sunshine-pg-")
            : properties.dataDir().resolve("postgres").toAbsolutePath();
    Files.createDirectories(dir);
    OrphanPostmaster.stopIfLeft(dir);
    EmbeddedPostgres.Builder builder =
        EmbeddedPostgres.builder()
            .setDataDirectory(dir)
            .setCleanDataDirectory(ephemeral)
            .setLocaleConfig("locale", "C.UTF-8")
            .setServerConfig("max_connections", "50")
            // zonky stops the server from a JVM shutdown hook of its own, which runs beside
            // Spring's:
            // the database went away while requests, jobs and listeners still used it (connection
            // errors, and Hikari waiting out its 30 s timeout). Closed as this bean instead, after
            // every bean that uses it: the application first, the database last.
            .setRegisterShutdownHook(false);
    durability(builder, properties.embeddedDb().durable());
    if (properties.embeddedDb().port() > 0) {
      builder.setPort(properties.embeddedDb().port());
    }
    try {
      EmbeddedPostgres postgres = builder.start();
      log.info("Embedded PostgreSQL on port {} with data in {}", postgres.getPort(), dir);
      return postgres;
    } catch (IOException | IllegalStateException e) {
      throw new UncheckedIOException(
          new IOException(
              "Cannot start the embedded PostgreSQL in " + dir + ": " + e.getMessage(), e));
    }
  }

  /**
   * zonky starts PostgreSQL for throw-away test databases: {@code -F} (fsync off) and {@code
   * synchronous_commit=off}, so a power loss could corrupt the data directory or lose acknowledged
   * commits. Durable unless the settings say otherwise: options given later on the command line win
   * over {@code -F}.
   */
  static void durability(EmbeddedPostgres.Builder builder, boolean durable) {
    if (durable) {
      builder
          .setServerConfig("fsync", "on")
          .setServerConfig("synchronous_commit", "on")
          .setServerConfig("full_page_writes", "on");
    } else {
      log.warn(
          "Embedded PostgreSQL without fsync (sunshine.embedded-db.durable=false): tests only");
    }
  }

  /** The application role's password, set on the role at every start (ADR 19). */
  record ApplicationCredentials(String username, String password) {}

  @Bean
  ApplicationCredentials applicationCredentials(
      EmbeddedPostgres postgres, SunshineProperties properties) throws IOException {
    Path pgData = postgresDirectory(postgres);
    Path secret =
        properties.embeddedDb().ephemeral()
            ? null
            : properties.dataDir().resolve("secrets/database-password").toAbsolutePath();
    return new ApplicationCredentials(
        ApplicationRole.NAME, ApplicationRole.ensure(postgres, pgData, secret));
  }

  /** Migrations run as the superuser, which owns the tables; nothing else uses this pool. */
  @Bean(destroyMethod = "close", defaultCandidate = false)
  @FlywayDataSource
  DataSource migrationDataSource(EmbeddedPostgres postgres) {
    HikariDataSource dataSource = new HikariDataSource();
    dataSource.setJdbcUrl(url(postgres));
    dataSource.setUsername("postgres");
    dataSource.setMaximumPoolSize(2);
    dataSource.setMinimumIdle(0);
    dataSource.setPoolName("sunshine-migrations");
    return dataSource;
  }

  @Bean(destroyMethod = "close")
  @Primary
  DataSource dataSource(EmbeddedPostgres postgres, ApplicationCredentials credentials) {
    HikariDataSource dataSource = new HikariDataSource();
    // Batched inserts are rewritten into multi-row statements: the case import writes events in
    // batches.
    dataSource.setJdbcUrl(url(postgres) + "?reWriteBatchedInserts=true");
    dataSource.setUsername(credentials.username());
    dataSource.setPassword(credentials.password());
    dataSource.setMaximumPoolSize(10);
    dataSource.setPoolName("sunshine-embedded");
    return dataSource;
  }

  private static String url(EmbeddedPostgres postgres) {
    return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
  }

  private static Path postgresDirectory(EmbeddedPostgres postgres) throws IOException {
    try (var c = postgres.getPostgresDatabase().getConnection();
        var rs = c.createStatement().executeQuery("show data_directory")) {
      rs.next();
      return Path.of(rs.getString(1));
    } catch (SQLException e) {
      throw new IOException("cannot read the data directory of the embedded PostgreSQL", e);
    }
  }
}
