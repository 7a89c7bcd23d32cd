package org.sunshine.platform.transfer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a package: {@code records.jsonl}, {@code files/…}, {@code manifest.json} (format,
 * sequence, source, time, every file's SHA-256 and size) and {@code manifest.sig} (Ed25519 over the
 * manifest's bytes). It is written beside its final name and renamed into place, so a reader never
 * sees half a package.
 */
final class PackageWriter {

  static final String FORMAT = "sunshine-transfer/1";
  private static final ObjectMapper JSON = new ObjectMapper();

  private PackageWriter() {}

  public static Path write(
      Path outbox,
      long sequence,
      String source,
      List<String> records,
      Map<String, byte[]> attachments,
      PrivateKey key)
      throws IOException {
    return write(outbox, sequence, source, records, attachments, Instant.now(), false, key);
  }

  public static Path write(
      Path outbox,
      long sequence,
      String source,
      List<String> records,
      Map<String, byte[]> attachments,
      Instant createdAt,
      boolean baseline,
      PrivateKey key)
      throws IOException {
    if (sequence < 1) {
      throw new IllegalArgumentException("sequence: starts at 1");
    }
    Files.createDirectories(outbox);
    String name = String.format("%s-%010d", source, sequence);
    Path work = Files.createTempDirectory(outbox, "." + name + "-");
    Map<String, byte[]> files = new TreeMap<>();
    files.put("records.jsonl", String.join("\n", records).getBytes(StandardCharsets.UTF_8));
    attachments.forEach(
        (path, bytes) -> {
          if (path.contains("..") || path.startsWith("/")) {
            throw new IllegalArgumentException("attachment path: " + path);
          }
          files.put("files/" + path, bytes);
        });
    ObjectNode manifest = JSON.createObjectNode();
    manifest.put("format", FORMAT).put("sequence", sequence).put("source", source);
    manifest.put("createdAt", createdAt.toString()).put("records", records.size());
    if (baseline) {
      manifest.put("baseline", true);
    }
    ArrayNode list = manifest.putArray("files");
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      Path target = work.resolve(f.getKey());
      Files.createDirectories(target.getParent());
      Files.write(target, f.getValue());
      list.addObject()
          .put("path", f.getKey())
          .put("size", f.getValue().length)
          .put("sha256", PackageReader.sha256(f.getValue()));
    }
    byte[] manifestBytes = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest);
    Files.write(work.resolve("manifest.json"), manifestBytes);
    Files.writeString(
        work.resolve("manifest.sig"),
        Base64.getEncoder().encodeToString(TransferKeys.sign(key, manifestBytes)));
    Path done = outbox.resolve(name);
    Files.move(work, done, StandardCopyOption.ATOMIC_MOVE);
    return done;
  }
}
