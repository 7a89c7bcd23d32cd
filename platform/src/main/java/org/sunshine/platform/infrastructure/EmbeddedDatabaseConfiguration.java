package org.sunshine.platform.infrastructure;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

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
            .setServerConfig("max_connections", "50");
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

  @Bean(destroyMethod = "close")
  DataSource dataSource(EmbeddedPostgres postgres) {
    HikariDataSource dataSource = new HikariDataSource();
    // Batched inserts are rewritten into multi-row statements: the case import writes events in
    // batches.
    dataSource.setJdbcUrl(
        postgres.getJdbcUrl("postgres", "postgres") + "&reWriteBatchedInserts=true");
    dataSource.setUsername("postgres");
    dataSource.setMaximumPoolSize(10);
    dataSource.setPoolName("sunshine-embedded");
    return dataSource;
  }
}
