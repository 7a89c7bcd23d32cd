package org.sunshine.platform.infrastructure;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings shared by the whole node.
 *
 * @param dataDir where the embedded database, the search index and the logs live
 * @param embeddedDb how the embedded PostgreSQL is started when no external database is configured
 */
@ConfigurationProperties("sunshine")
public record SunshineProperties(Path dataDir, EmbeddedDb embeddedDb) {

  public SunshineProperties {
    dataDir = dataDir == null ? Path.of("data") : dataDir;
    embeddedDb = embeddedDb == null ? new EmbeddedDb(false, 0, true) : embeddedDb;
  }

  /**
   * @param ephemeral start from an empty temporary directory and delete it on shutdown (tests)
   * @param port fixed port, or 0 for any free port
   * @param durable fsync, synchronous commit and full-page writes on (the default); only a test
   *     suite or a benchmark that says so in its own settings turns them off for speed
   */
  public record EmbeddedDb(boolean ephemeral, int port, @DefaultValue("true") boolean durable) {}
}
