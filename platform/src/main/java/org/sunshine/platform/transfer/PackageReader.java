package org.sunshine.platform.transfer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.sunshine.platform.transfer.PackageRejected.Reason;

/**
 * Verifies a package before anything of it is applied: the signature (under any trusted key, so
 * keys can be rotated), every file's size and SHA-256, no unlisted file, and the sequence — exactly
 * one more than the last applied (a gap waits for the missing package, an old one is a replay).
 */
final class PackageReader {

  private static final ObjectMapper JSON = new ObjectMapper();

  private PackageReader() {}

  public static TransferPackage read(Path folder, Collection<PublicKey> trusted, long lastApplied)
      throws PackageRejected, IOException {
    Path dir = folder.toAbsolutePath().normalize();
    Path manifestFile = dir.resolve("manifest.json");
    Path signatureFile = dir.resolve("manifest.sig");
    if (!Files.isRegularFile(manifestFile) || !Files.isRegularFile(signatureFile)) {
      throw new PackageRejected(Reason.MISSING_MANIFEST, dir.getFileName().toString());
    }
    byte[] manifestBytes = Files.readAllBytes(manifestFile);
    byte[] signature;
    try {
      signature = Base64.getDecoder().decode(Files.readString(signatureFile).strip());
    } catch (IllegalArgumentException e) {
      throw new PackageRejected(Reason.BAD_SIGNATURE, "not Base64");
    }
    if (trusted.stream().noneMatch(k -> TransferKeys.verify(k, manifestBytes, signature))) {
      throw new PackageRejected(Reason.BAD_SIGNATURE, "no trusted key signed this manifest");
    }
    JsonNode manifest;
    try {
      manifest = JSON.readTree(manifestBytes);
    } catch (IOException e) {
      throw new PackageRejected(Reason.MALFORMED, "manifest");
    }
    if (!PackageWriter.FORMAT.equals(manifest.path("format").asText())) {
      throw new PackageRejected(Reason.MALFORMED, "format " + manifest.path("format").asText());
    }
    long sequence = manifest.path("sequence").asLong();
    if (sequence <= lastApplied) {
      throw new PackageRejected(Reason.REPLAY, "sequence " + sequence + " ≤ " + lastApplied);
    }
    boolean baseline = manifest.path("baseline").asBoolean(false);
    if (sequence != lastApplied + 1 && !baseline) {
      throw new PackageRejected(
          Reason.SEQUENCE_GAP, "sequence " + sequence + ", expected " + (lastApplied + 1));
    }
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (JsonNode f : manifest.path("files")) {
      String path = f.path("path").asText();
      Path file = dir.resolve(path).normalize();
      if (!file.startsWith(dir) || !Files.isRegularFile(file)) {
        throw new PackageRejected(Reason.MISSING_FILE, path);
      }
      byte[] bytes = Files.readAllBytes(file);
      if (bytes.length != f.path("size").asLong()
          || !sha256(bytes).equals(f.path("sha256").asText())) {
        throw new PackageRejected(Reason.CHANGED_FILE, path);
      }
      files.put(path, bytes);
    }
    Set<String> present = new HashSet<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.filter(Files::isRegularFile)
          .map(p -> dir.relativize(p).toString().replace('\\', '/'))
          .filter(p -> !p.equals("manifest.json") && !p.equals("manifest.sig"))
          .forEach(present::add);
    }
    present.removeAll(files.keySet());
    if (!present.isEmpty()) {
      throw new PackageRejected(Reason.UNLISTED_FILE, present.toString());
    }
    byte[] recordBytes = files.remove("records.jsonl");
    if (recordBytes == null) {
      throw new PackageRejected(Reason.MALFORMED, "no records.jsonl");
    }
    List<String> records = new ArrayList<>();
    for (String line : new String(recordBytes, StandardCharsets.UTF_8).split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      try {
        JSON.readTree(line);
      } catch (IOException e) {
        throw new PackageRejected(Reason.MALFORMED, "record " + (records.size() + 1));
      }
      records.add(line);
    }
    Map<String, byte[]> attachments = new LinkedHashMap<>();
    files.forEach((path, bytes) -> attachments.put(path.substring("files/".length()), bytes));
    Instant createdAt;
    try {
      createdAt = Instant.parse(manifest.path("createdAt").asText());
    } catch (DateTimeParseException e) {
      throw new PackageRejected(Reason.MALFORMED, "createdAt");
    }
    return new TransferPackage(
        sequence,
        manifest.path("source").asText(),
        createdAt,
        baseline,
        sha256(manifestBytes),
        records,
        attachments);
  }

  /** The sequence a package's manifest claims, unverified (to recognise a re-sent package). */
  static long claimedSequence(Path dir) {
    try {
      return JSON.readTree(Files.readAllBytes(dir.resolve("manifest.json")))
          .path("sequence")
          .asLong();
    } catch (IOException e) {
      return -1;
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
