package org.sunshine.platform.infrastructure;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.springframework.core.env.Environment;
import org.sunshine.platform.texts.Texts;

/**
 * Checks, before anything starts, the two things a newcomer most often gets wrong, so the command
 * fails at once with one line saying what to do instead of a page of stack trace.
 */
public final class StartupPreflight {

  private StartupPreflight() {}

  /** Returns the problem as one line, or empty when the node can start. */
  public static Optional<String> check(Environment env) {
    int port = env.getProperty("server.port", Integer.class, 8080);
    if (port > 0 && !portFree(port)) {
      return Optional.of(Texts.text("infrastructure.startup-preflight.port-taken", port));
    }
    if (!NoExternalDatabaseCondition.externalDatabaseConfigured(env)) {
      Path dataDir = Path.of(env.getProperty("sunshine.data-dir", "data")).toAbsolutePath();
      if (!writable(dataDir)) {
        return Optional.of(Texts.text("infrastructure.startup-preflight.data-dir", dataDir));
      }
    }
    return Optional.empty();
  }

  static boolean portFree(int port) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(port));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  static boolean writable(Path dir) {
    try {
      Files.createDirectories(dir);
      Path probe = Files.createTempFile(dir, ".probe", ".tmp");
      Files.delete(probe);
      return true;
    } catch (IOException | SecurityException e) {
      return false;
    }
  }
}
