package org.sunshine.platform.infrastructure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files only the platform's own user may read (the database password, the database's directory). On
 * a file system without POSIX permissions the data directory's own protection is what there is: the
 * paths are still created, without permissions of their own.
 */
final class OwnerOnly {

  private static final Set<PosixFilePermission> DIRECTORY =
      PosixFilePermissions.fromString("rwx------");
  private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

  private OwnerOnly() {}

  /** Creates the directory (and its parents) owner-only; an existing one is narrowed to it. */
  static void directory(Path dir) throws IOException {
    if (!posix(dir)) {
      Files.createDirectories(dir);
    } else if (Files.isDirectory(dir)) {
      Files.setPosixFilePermissions(dir, DIRECTORY);
    } else {
      Files.createDirectories(dir, attribute(DIRECTORY));
    }
  }

  /** A new, empty file readable by its owner only from the moment it exists. */
  static void newFile(Path file) throws IOException {
    Files.deleteIfExists(file);
    if (posix(file.getParent())) {
      Files.createFile(file, attribute(FILE));
    } else {
      Files.createFile(file);
    }
  }

  private static boolean posix(Path somewhere) {
    Path existing = somewhere.toAbsolutePath();
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    return existing != null
        && existing.getFileSystem().supportedFileAttributeViews().contains("posix");
  }

  private static FileAttribute<Set<PosixFilePermission>> attribute(Set<PosixFilePermission> p) {
    return PosixFilePermissions.asFileAttribute(p);
  }
}
