package org.sunshine.platform.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

class StartupPreflightTest {

  @TempDir Path temp;

  @Test
  void portInUseFailsWithOneLineSayingWhatToDo() throws Exception {
    try (ServerSocket taken = new ServerSocket(0)) {
      var env = new MockEnvironment().withProperty("server.port", "" + taken.getLocalPort());
      env.setProperty("sunshine.data-dir", temp.toString());
      assertThat(StartupPreflight.check(env))
          .hasValueSatisfying(m -> assertThat(m).contains("--server.port").doesNotContain("\n"));
    }
  }

  @Test
  void unwritableDataDirectoryFailsWithOneLineSayingWhatToDo() throws Exception {
    Path file = Files.createFile(temp.resolve("not-a-directory"));
    var env =
        new MockEnvironment()
            .withProperty("server.port", "0")
            .withProperty("sunshine.data-dir", file.resolve("data").toString());
    assertThat(StartupPreflight.check(env))
        .hasValueSatisfying(m -> assertThat(m).contains("--sunshine.data-dir"));
  }

  @Test
  void externalDatabaseNeedsNoDataDirectory() throws Exception {
    Path file = Files.createFile(temp.resolve("file"));
    var env =
        new MockEnvironment()
            .withProperty("server.port", "0")
            .withProperty("spring.datasource.url", "jdbc:postgresql://db/sunshine")
            .withProperty("sunshine.data-dir", file.resolve("x").toString());
    assertThat(StartupPreflight.check(env)).isEmpty();
  }

  @Test
  void freePortAndWritableDirectoryPass() {
    var env =
        new MockEnvironment()
            .withProperty("server.port", "0")
            .withProperty("sunshine.data-dir", temp.toString());
    assertThat(StartupPreflight.check(env)).isEmpty();
  }
}
