package org.sunshine.platform.transfer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.sunshine.platform.infrastructure.NodeRole;
import org.sunshine.platform.infrastructure.SunshineProperties;
import org.sunshine.platform.texts.Conflict;
import org.sunshine.platform.texts.Texts;

/**
 * The resolved settings: folders under the data directory unless configured, and the keys, read
 * when first needed (a combined node needs none).
 */
@Component
@EnableConfigurationProperties(TransferProperties.class)
class TransferSettings {

  final NodeRole role;
  final TransferProperties properties;
  final Path outbox;
  final Path inbox;
  final Path sent;
  final Path applied;
  final Path rejected;
  final Path work;
  final String source;
  final String peer;
  private final Path keys;

  TransferSettings(NodeRole role, TransferProperties properties, SunshineProperties sunshine) {
    this.role = role;
    this.properties = properties;
    Path base = sunshine.dataDir().resolve("transfer");
    this.outbox = or(properties.outbox(), base.resolve("outbox"));
    this.inbox = or(properties.inbox(), base.resolve("inbox"));
    this.sent = base.resolve("sent");
    this.applied = base.resolve("applied");
    this.rejected = base.resolve("rejected");
    this.work = base.resolve("work");
    this.keys = base.resolve("keys");
    String own = role.name().toLowerCase(Locale.ROOT);
    this.source = blank(properties.source()) ? own : properties.source();
    this.peer =
        !blank(properties.peer())
            ? properties.peer()
            : role == NodeRole.PUBLIC ? "internal" : "public";
  }

  PrivateKey signingKey() {
    Path file = or(properties.signingKey(), keys.resolve(source + ".key"));
    try {
      return TransferKeys.readPrivate(file);
    } catch (IOException e) {
      throw new IllegalStateException(
          Texts.text("transfer.transfer-settings.signing-key.unreadable", file), e);
    }
  }

  /** The configured public keys, or every {@code .pub} of the peer in the keys folder. */
  List<PublicKey> trustedKeys() {
    List<Path> files = new ArrayList<>(properties.trustedKeys());
    if (files.isEmpty() && Files.isDirectory(keys)) {
      try (Stream<Path> list = Files.list(keys)) {
        list.filter(p -> p.getFileName().toString().startsWith(peer))
            .filter(p -> p.toString().endsWith(".pub"))
            .sorted()
            .forEach(files::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    List<PublicKey> out = new ArrayList<>();
    for (Path f : files) {
      try {
        out.add(TransferKeys.readPublic(f));
      } catch (IOException e) {
        throw new IllegalStateException(
            Texts.text("transfer.transfer-settings.trusted-keys.unreadable", f), e);
      }
    }
    if (out.isEmpty()) {
      throw Conflict.of("transfer.transfer-settings.trusted-keys.no-peer", peer);
    }
    return out;
  }

  private static Path or(Path configured, Path fallback) {
    return configured == null ? fallback : configured;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
