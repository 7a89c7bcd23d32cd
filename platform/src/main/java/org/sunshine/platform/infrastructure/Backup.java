package org.sunshine.platform.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A cold backup of a stopped platform's data directory: the embedded PostgreSQL's files
 * (consistent, because the server is stopped), the search index and the generated secrets, with a
 * manifest of SHA-256 sums that a restore checks before it writes anything. A running platform is
 * refused: its files change under the copy. (External databases are backed up with pg_dump or
 * pg_basebackup, docs/configuration.md.)
 */
final class Backup {

  static final String MANIFEST = "MANIFEST.sha256";

  /**
   * A directory's line in the manifest: PostgreSQL will not start without its empty directories
   * (pg_tblspc, pg_notify …), so they are listed too.
   */
  static final String DIRECTORY = "-".repeat(64);

  static final List<String> PARTS = List.of("postgres", "search-index", "secrets");

  private Backup() {}

  /** Copies the data directory's parts to {@code target} (new or empty); the files copied. */
  static int backup(Path dataDir, Path target) throws IOException {
    requireStopped(dataDir);
    requireEmpty(target, "backup directory");
    if (!Files.isDirectory(dataDir.resolve("postgres"))) {
      throw new BackupException("no database in " + dataDir + " (postgres/ is missing)");
    }
    Map<String, String> sums = new LinkedHashMap<>();
    for (String part : PARTS) {
      Path from = dataDir.resolve(part);
      if (Files.isDirectory(from)) {
        copy(from, target.resolve(part), target, sums);
      }
    }
    List<String> lines = new ArrayList<>();
    sums.forEach((file, sum) -> lines.add(sum + "  " + file));
    Files.write(target.resolve(MANIFEST), lines);
    return (int) sums.values().stream().filter(sum -> !sum.equals(DIRECTORY)).count();
  }

  /**
   * Restores a backup into {@code dataDir} (new, or without a database): the manifest is checked
   * first, so a damaged backup writes nothing.
   */
  static int restore(Path source, Path dataDir) throws IOException {
    Map<String, String> expected = manifest(source);
    for (var e : expected.entrySet()) {
      Path file = source.resolve(e.getKey());
      if (e.getValue().equals(DIRECTORY)) {
        if (!Files.isDirectory(file)) {
          throw new BackupException("backup damaged: directory " + e.getKey() + " is missing");
        }
      } else if (!Files.isRegularFile(file) || !sha256(file).equals(e.getValue())) {
        throw new BackupException("backup damaged: " + e.getKey() + " does not match the manifest");
      }
    }
    for (String part : PARTS) {
      if (Files.exists(dataDir.resolve(part)) && !isEmpty(dataDir.resolve(part))) {
        throw new BackupException(
            dataDir.resolve(part) + " is not empty: restore into a new data directory");
      }
    }
    Files.createDirectories(dataDir);
    for (var e : expected.entrySet()) {
      Path to = dataDir.resolve(e.getKey());
      if (e.getValue().equals(DIRECTORY)) {
        Files.createDirectories(to);
      } else {
        Files.createDirectories(to.getParent());
        Files.copy(source.resolve(e.getKey()), to, StandardCopyOption.COPY_ATTRIBUTES);
      }
    }
    // PostgreSQL refuses a data directory others may read.
    OwnerOnly.directory(dataDir.resolve("postgres"));
    return (int) expected.values().stream().filter(sum -> !sum.equals(DIRECTORY)).count();
  }

  private static void copy(Path from, Path to, Path root, Map<String, String> sums)
      throws IOException {
    Files.walkFileTree(
        from,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
              throws IOException {
            Path copy = Files.createDirectories(to.resolve(from.relativize(dir).toString()));
            sums.put(root.relativize(copy) + "/", DIRECTORY);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Path copy = to.resolve(from.relativize(file).toString());
            Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES);
            sums.put(root.relativize(copy).toString(), sha256(copy));
            return FileVisitResult.CONTINUE;
          }
        });
  }

  private static Map<String, String> manifest(Path source) throws IOException {
    Path manifest = source.resolve(MANIFEST);
    if (!Files.isRegularFile(manifest)) {
      throw new BackupException("not a Sunshine backup: " + manifest + " is missing");
    }
    Map<String, String> sums = new LinkedHashMap<>();
    for (String line : Files.readAllLines(manifest)) {
      int gap = line.indexOf("  ");
      String file = gap < 0 ? "" : line.substring(gap + 2);
      if (gap != 64 || file.isEmpty() || file.contains("..") || file.startsWith("/")) {
        throw new BackupException("manifest damaged: " + line);
      }
      sums.put(file, line.substring(0, gap));
    }
    return sums;
  }

  private static void requireStopped(Path dataDir) throws IOException {
    if (OrphanPostmaster.postmasterOf(dataDir.resolve("postgres")).isPresent()) {
      throw new BackupException("the platform is running on " + dataDir + ": stop it first");
    }
  }

  private static void requireEmpty(Path dir, String what) throws IOException {
    if (Files.exists(dir) && !isEmpty(dir)) {
      throw new BackupException(what + " " + dir + " is not empty");
    }
    Files.createDirectories(dir);
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    }
  }

  static String sha256(Path file) throws IOException {
    MessageDigest md = digest();
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), md)) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    return HexFormat.of().formatHex(md.digest());
  }

  private static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A backup or restore that cannot proceed, with the reason for the operator. */
  static final class BackupException extends IOException {
    BackupException(String message) {
      super(message);
    }
  }
}
