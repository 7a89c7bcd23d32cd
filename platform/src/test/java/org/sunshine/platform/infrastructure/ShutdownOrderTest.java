package org.sunshine.platform.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.sunshine.platform.SunshineApplication;

/**
 * Stopped as a service manager stops it (SIGTERM), the platform closes the application first and
 * the embedded database last, within seconds. zonky's own shutdown hook used to stop the database
 * beside Spring's: the event publication registry then waited 30 s for a connection that could not
 * come, and the log filled with closed connections.
 */
class ShutdownOrderTest {

  static final String READY = "serving, stop me";

  @TempDir Path dataDir;

  @Test
  void theApplicationStopsBeforeItsDatabaseWithinSeconds() throws Exception {
    Process platform =
        new ProcessBuilder(
                ProcessHandle.current().info().command().orElse("java"),
                "-Xmx512m",
                "-cp",
                System.getProperty("java.class.path"),
                Serving.class.getName(),
                dataDir.toString())
            .redirectErrorStream(true)
            .start();
    try {
      List<String> lines = Collections.synchronizedList(new ArrayList<>());
      CountDownLatch ready = new CountDownLatch(1);
      // Read all the time: a child writing into a full pipe would stop, and look slow to stop.
      Thread reader =
          new Thread(
              () -> {
                try (var out =
                    new BufferedReader(new InputStreamReader(platform.getInputStream()))) {
                  String line;
                  while ((line = out.readLine()) != null) {
                    lines.add(line);
                    if (line.contains(READY)) {
                      ready.countDown();
                    }
                  }
                } catch (IOException e) {
                  lines.add(e.toString());
                }
              });
      reader.start();
      assertThat(ready.await(5, TimeUnit.MINUTES)).as("the child platform started").isTrue();
      assertThat(Files.exists(dataDir.resolve("postgres/postmaster.pid"))).isTrue();
      int started = lines.size();

      long start = System.nanoTime();
      platform.toHandle().destroy(); // SIGTERM, as a service manager stops it
      assertThat(platform.waitFor(60, TimeUnit.SECONDS)).isTrue();
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      reader.join(10_000);
      assertThat(millis).as("stopped within seconds, not after a 30 s wait").isLessThan(8_000);
      List<String> afterStop = List.copyOf(lines.subList(started, lines.size()));
      String log = String.join("\n", afterStop);
      assertThat(log)
          .doesNotContain("This connection has been closed")
          .doesNotContain("Could not open JDBC Connection")
          .doesNotContain("Connection refused")
          .contains("sunshine-embedded - Shutdown completed");
      assertThat(Files.exists(dataDir.resolve("postgres/postmaster.pid")))
          .as("the database stopped cleanly, last")
          .isFalse();
    } finally {
      platform.destroyForcibly(); // a child that failed its checks does not outlive the test
    }
  }

  /** The child: the platform serving on a port of its own, durable, on this data directory. */
  static final class Serving {
    public static void main(String[] args) throws Exception {
      Path dir = Path.of(args[0]);
      Files.createDirectories(dir);
      new SpringApplicationBuilder(SunshineApplication.class)
          .profiles("test")
          .run(
              "--server.port=0",
              "--sunshine.data-dir=" + dir,
              "--sunshine.embedded-db.ephemeral=false",
              "--sunshine.search.ephemeral=false",
              "--sunshine.search.index-dir=" + dir.resolve("search-index"),
              "--sunshine.demo.enabled=false");
      System.out.println(READY);
      System.out.flush();
      Thread.sleep(Long.MAX_VALUE);
    }
  }
}
