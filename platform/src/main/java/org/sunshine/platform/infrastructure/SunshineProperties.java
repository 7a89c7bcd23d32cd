package org.sunshine.platform.infrastructure;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

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
    embeddedDb = embeddedDb == null ? new EmbeddedDb(false, 0) : embeddedDb;
  }

  /**
   * @param ephemeral start from an empty temporary directory and delete it on shutdown (tests)
   * @param port fixed port, or 0 for any free port
   */
  public record EmbeddedDb(boolean ephemeral, int port) {}
}
