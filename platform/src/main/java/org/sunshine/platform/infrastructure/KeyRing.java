package org.sunshine.platform.infrastructure;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The key file (ADR 27): one key a line, {@code <kind> <id> <base64 of 32 bytes>}, kinds {@code
 * hmac} (keyed hashes) and {@code aes} (encryption at rest); the last line of a kind is its current
 * key, earlier ones stay to read what they keyed. Ids are random, so two nodes' keys never share a
 * name by chance. Created owner-only on first start, like the database password.
 */
record KeyRing(Map<String, byte[]> hmac, Map<String, byte[]> aes, String hmacId, String aesId) {

  static final String HMAC = "hmac";
  static final String AES = "aes";
  private static final SecureRandom RANDOM = new SecureRandom();

  /** Reads the file, creating it with one key of each kind when it does not exist. */
  static KeyRing loadOrCreate(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      OwnerOnly.directory(file.toAbsolutePath().getParent());
      Path tmp = written(file, List.of(newLine(HMAC), newLine(AES)));
      try {
        // Linked into place only if still absent: two nodes sharing one file (a local pair)
        // starting at once end up with the same keys, the first one's.
        Files.createLink(file, tmp);
      } catch (FileAlreadyExistsException e) {
        // another process created it first: read theirs
      } catch (UnsupportedOperationException | IOException e) {
        moveUnlessPresent(tmp, file); // a file system without hard links
      } finally {
        Files.deleteIfExists(tmp);
      }
    }
    return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file);
  }

  private static void moveUnlessPresent(Path tmp, Path file) throws IOException {
    try {
      Files.move(tmp, file);
    } catch (FileAlreadyExistsException e) {
      // another process created it first: read theirs
    }
  }

  /** Appends a new current key of each kind (the file is replaced whole, owner-only). */
  static KeyRing rotate(Path file) throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    lines.add(newLine(HMAC));
    lines.add(newLine(AES));
    write(file, lines);
    return parse(lines, file);
  }

  private static KeyRing parse(List<String> lines, Path file) {
    Map<String, byte[]> hmac = new LinkedHashMap<>();
    Map<String, byte[]> aes = new LinkedHashMap<>();
    String hmacId = null;
    String aesId = null;
    for (String line : lines) {
      String l = line.strip();
      if (l.isEmpty() || l.startsWith("#")) {
        continue;
      }
      String[] f = l.split("\\s+");
      byte[] key = f.length == 3 ? Base64.getDecoder().decode(f[2]) : new byte[0];
      if (key.length != 32 || !f[1].matches("[a-z0-9]{2,20}")) {
        throw new IllegalStateException("bad key line in " + file + ": " + f[0]);
      }
      switch (f[0]) {
        case HMAC -> {
          hmac.put(f[1], key);
          hmacId = f[1];
        }
        case AES -> {
          aes.put(f[1], key);
          aesId = f[1];
        }
        default -> throw new IllegalStateException("unknown key kind in " + file + ": " + f[0]);
      }
    }
    if (hmacId == null || aesId == null) {
      throw new IllegalStateException(file + " needs an hmac and an aes key");
    }
    return new KeyRing(Map.copyOf(hmac), Map.copyOf(aes), hmacId, aesId);
  }

  private static String newLine(String kind) {
    byte[] key = new byte[32];
    RANDOM.nextBytes(key);
    byte[] id = new byte[4];
    RANDOM.nextBytes(id);
    String prefix = kind.equals(HMAC) ? "h" : "e";
    return kind
        + " "
        + prefix
        + HexFormat.of().formatHex(id)
        + " "
        + Base64.getEncoder().encodeToString(key);
  }

  /** Written beside the file and moved over it, so a crash leaves the old file or the new one. */
  private static void write(Path file, List<String> lines) throws IOException {
    Files.move(
        written(file, lines),
        file,
        StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.ATOMIC_MOVE);
    syncDirectory(file);
  }

  /** The lines in a new owner-only file beside the key file, named for this process alone. */
  private static Path written(Path file, List<String> lines) throws IOException {
    Path tmp =
        file.resolveSibling(
            file.getFileName() + ".new-" + HexFormat.of().toHexDigits(RANDOM.nextInt()));
    OwnerOnly.newFile(tmp);
    List<String> all = new ArrayList<>();
    if (lines.isEmpty() || !lines.get(0).startsWith("#")) {
      all.add(
          "# Sunshine's keys (ADR 27): keep with the backups, never in the database. Last of a kind is current.");
    }
    all.addAll(lines);
    Files.write(tmp, all, StandardCharsets.UTF_8);
    // On disk before it is moved into place and before any value is re-keyed under it: after a
    // power loss the file is the old one or the new one, never an empty one.
    try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
      channel.force(true);
    }
    return tmp;
  }

  /** The directory entry of a file just moved in, on disk too (where the system allows it). */
  static void syncDirectory(Path file) {
    try (FileChannel dir =
        FileChannel.open(file.toAbsolutePath().getParent(), StandardOpenOption.READ)) {
      dir.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // Some file systems cannot open a directory; the rename itself is atomic.
    }
  }
}
