package org.sunshine.platform.search;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The contract on a real OpenSearch 2.16 node, started in its own JVM from the {@code
 * opensearch-node} module's class path (OpenSearch brings its own Lucene).
 */
class OpenSearchIndexContractTest extends SearchIndexContract {

  private static final AtomicInteger SEQ = new AtomicInteger();
  private static Process node;
  private static String url;

  @BeforeAll
  static void startNode() throws Exception {
    Path module =
        Path.of(System.getProperty("sunshine.opensearch-node", "../opensearch-node/target"));
    String classPath =
        module.resolve("classes")
            + File.pathSeparator
            + Files.readString(module.resolve("classpath.txt")).strip();
    node =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms256m",
                "-Xmx512m",
                "-cp",
                classPath,
                "org.sunshine.opensearchnode.Node")
            .redirectErrorStream(true)
            .start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8));
    long deadline = System.nanoTime() + 120_000_000_000L;
    String line;
    while ((line = out.readLine()) != null && System.nanoTime() < deadline) {
      int at = line.indexOf("PORT=");
      if (at >= 0) {
        url = "http://localhost:" + line.substring(at + 5).strip();
        break;
      }
    }
    if (url == null) {
      throw new IllegalStateException("the OpenSearch node did not start");
    }
    Thread drain = new Thread(() -> out.lines().forEach(l -> {}), "opensearch-output");
    drain.setDaemon(true);
    drain.start();
  }

  @AfterAll
  static void stopNode() throws Exception {
    if (node != null) {
      node.getOutputStream().close();
      if (!node.waitFor(20, TimeUnit.SECONDS)) {
        node.destroyForcibly();
      }
    }
  }

  @Override
  SearchIndex index() {
    return new OpenSearchIndex(url, "contract-" + SEQ.incrementAndGet());
  }
}
