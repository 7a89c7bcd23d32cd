package org.sunshine.opensearchnode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.codelibs.opensearch.runner.OpenSearchRunner;

/**
 * Starts one OpenSearch node in this JVM, prints {@code PORT=<http port>} and runs until its
 * standard input closes (the test that started it ended).
 */
public final class Node {

  public static void main(String[] args) throws IOException {
    Path home = Files.createTempDirectory("sunshine-opensearch");
    OpenSearchRunner runner = new OpenSearchRunner();
    runner
        .onBuild(
            (number, settings) -> {
              settings.put("http.cors.enabled", false);
            })
        .build(
            OpenSearchRunner.newConfigs()
                .numOfNode(1)
                .basePath(home.toString())
                .clusterName("sunshine-test-" + ProcessHandle.current().pid()));
    runner.ensureYellow();
    System.out.println("PORT=" + runner.node().settings().get("http.port"));
    System.out.flush();
    while (System.in.read() != -1) {
      // wait for the parent to go away
    }
    runner.close();
    runner.clean();
  }
}
