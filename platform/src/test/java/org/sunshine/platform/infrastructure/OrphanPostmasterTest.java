package org.sunshine.platform.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * A platform killed with {@code kill -9} leaves its PostgreSQL running on the data directory; the
 * next start must not fail because of it. The first database here is never closed, as a killed JVM
 * would leave it.
 */
class OrphanPostmasterTest {

  @TempDir Path dataDir;

  @Test
  void aPostgresLeftRunningByAKilledPlatformIsStoppedAndTheNextStartSucceeds() throws Exception {
    Process platform =
        new ProcessBuilder(
                ProcessHandle.current().info().command().orElse("java"),
                "-cp",
                System.getProperty("java.class.path"),
                KilledPlatform.class.getName(),
                dataDir.toString())
            .redirectErrorStream(true)
            .start();
    try (var out = new BufferedReader(new InputStreamReader(platform.getInputStream()))) {
      String line;
      while ((line = out.readLine()) != null && !line.equals(KilledPlatform.READY)) {
        // the child's log
      }
    }
    platform.destroyForcibly().waitFor();
    long orphanPid = OrphanPostmaster.postmasterOf(dataDir.resolve("postgres")).orElseThrow().pid();

    try (EmbeddedPostgres next = start(dataDir);
        Connection c = next.getPostgresDatabase().getConnection();
        ResultSet rs = c.createStatement().executeQuery("select n from kept")) {
      assertThat(ProcessHandle.of(orphanPid).filter(ProcessHandle::isAlive)).isEmpty();
      assertThat(rs.next()).isTrue();
      assertThat(rs.getInt(1)).as("the data written before the kill").isEqualTo(42);
    }
  }

  /** A platform that starts its database, writes a row and waits to be killed. */
  static final class KilledPlatform {
    static final String READY = "ready to be killed";

    public static void main(String[] args) throws Exception {
      EmbeddedPostgres postgres = start(Path.of(args[0]));
      try (Connection c = postgres.getPostgresDatabase().getConnection()) {
        c.createStatement().execute("create table kept (n int); insert into kept values (42)");
      }
      System.out.println(READY);
      System.out.flush();
      Thread.sleep(Long.MAX_VALUE);
    }
  }

  @Test
  void aStalePidFileOfAnotherProgramIsLeftAlone() throws Exception {
    Path dir = Files.createDirectories(dataDir.resolve("stale"));
    Files.writeString(dir.resolve("postmaster.pid"), ProcessHandle.current().pid() + "\n");
    assertThat(OrphanPostmaster.postmasterOf(dir)).as("this JVM is no postmaster").isEmpty();
  }

  private static EmbeddedPostgres start(Path dataDir) throws Exception {
    var settings = Map.of("sunshine.data-dir", dataDir.toString());
    SunshineProperties properties =
        new Binder(new MapConfigurationPropertySource(settings))
            .bind("sunshine", SunshineProperties.class)
            .get();
    return new EmbeddedDatabaseConfiguration().embeddedPostgres(properties);
  }
}
