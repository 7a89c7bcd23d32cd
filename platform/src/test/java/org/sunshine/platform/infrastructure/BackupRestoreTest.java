package org.sunshine.platform.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.sunshine.platform.SunshineApplication;

/**
 * A backup of a populated platform, restored into a fresh data directory, holds exactly what the
 * original held: every row of every table, and the search index file by file.
 */
class BackupRestoreTest {

  @TempDir static Path root;
  static Path original;

  @BeforeAll
  static void aPopulatedPlatformIsStopped() {
    original = root.resolve("original");
    new SpringApplicationBuilder(SunshineApplication.class)
        .web(WebApplicationType.NONE)
        .profiles("test")
        .run(
            "--sunshine.data-dir=" + original,
            "--sunshine.embedded-db.ephemeral=false",
            "--sunshine.search.ephemeral=false",
            "--sunshine.search.index-dir=" + original.resolve("search-index"))
        .close();
  }

  @Test
  void aRestoredBackupHoldsEveryRowAndTheSearchIndex() throws Exception {
    Path backup = root.resolve("backup");
    Path restored = root.resolve("restored");
    assertThat(Backup.backup(original, backup)).isPositive();
    Backup.restore(backup, restored);

    assertThat(files(restored.resolve("search-index")))
        .isNotEmpty()
        .isEqualTo(files(original.resolve("search-index")));
    Map<String, String> before = tables(original);
    assertThat(before).containsKeys("audit_entry", "legal_document", "published_document");
    assertThat(before.get("published_document")).doesNotStartWith("0:");
    assertThat(tables(restored)).isEqualTo(before);
  }

  @Test
  void aBackupOfARunningPlatformIsRefused() throws Exception {
    try (EmbeddedPostgres running = start(original)) {
      assertThatThrownBy(() -> Backup.backup(original, root.resolve("refused")))
          .isInstanceOf(Backup.BackupException.class)
          .hasMessageContaining("stop it first");
    }
  }

  @Test
  void aDamagedBackupRestoresNothing() throws Exception {
    Path backup = root.resolve("damaged");
    Backup.backup(original, backup);
    Files.writeString(backup.resolve("postgres/PG_VERSION"), "99\n");
    Path target = root.resolve("never");
    assertThatThrownBy(() -> Backup.restore(backup, target))
        .isInstanceOf(Backup.BackupException.class)
        .hasMessageContaining("postgres/PG_VERSION");
    assertThat(target).doesNotExist();
  }

  /** Per table: its row count and a digest of its rows in a stable order. */
  private static Map<String, String> tables(Path dataDir) throws Exception {
    Map<String, String> digests = new TreeMap<>();
    try (EmbeddedPostgres postgres = start(dataDir);
        Connection c = postgres.getPostgresDatabase().getConnection()) {
      for (String table : tableNames(c)) {
        try (ResultSet rs =
            c.createStatement()
                .executeQuery(
                    "select count(*) || ':' || coalesce(md5(string_agg(md5(t::text), '' order by"
                        + " md5(t::text))), '') from "
                        + table
                        + " t")) {
          rs.next();
          digests.put(table, rs.getString(1));
        }
      }
    }
    return digests;
  }

  private static List<String> tableNames(Connection c) throws SQLException {
    try (ResultSet rs =
        c.createStatement()
            .executeQuery("select tablename from pg_tables where schemaname = 'public'")) {
      List<String> names = new ArrayList<>();
      while (rs.next()) {
        names.add(rs.getString(1));
      }
      return names;
    }
  }

  private static Map<String, String> files(Path dir) throws IOException {
    Map<String, String> sums = new TreeMap<>();
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path f : all.filter(Files::isRegularFile).toList()) {
        if (!f.getFileName().toString().equals("write.lock")) {
          sums.put(dir.relativize(f).toString(), Backup.sha256(f));
        }
      }
    }
    return sums;
  }

  private static EmbeddedPostgres start(Path dataDir) throws Exception {
    SunshineProperties properties =
        new Binder(
                new MapConfigurationPropertySource(Map.of("sunshine.data-dir", dataDir.toString())))
            .bind("sunshine", SunshineProperties.class)
            .get();
    return new EmbeddedDatabaseConfiguration().embeddedPostgres(properties);
  }
}
