package org.sunshine.platform.transfer;

import java.io.EOFException;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.sunshine.platform.transfer.PackageRejected.Reason;

/**
 * A package as one {@code .zip} file, for carriers that move files rather than folders. The
 * manifest inside still decides: the archive is only an envelope.
 */
final class PackageArchive {

  static final long MAX_BYTES = 4L << 30;
  static final int MAX_ENTRIES = 100_000;

  private PackageArchive() {}

  /** Stops an unpacking that would exceed the bound (a zip bomb). */
  private static final class BoundedOutput extends FilterOutputStream {
    private long room;

    BoundedOutput(OutputStream out, long room) {
      super(out);
      this.room = room;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      room -= len;
      if (room < 0) {
        throw new IOException("archive unpacks to more than " + MAX_BYTES + " bytes");
      }
      out.write(b, off, len);
    }
  }

  /** Zips the package folder to {@code <folder>.zip} beside it (written aside, then renamed). */
  static Path zip(Path dir) throws IOException {
    Path target = dir.resolveSibling(dir.getFileName() + ".zip");
    Path partial = dir.resolveSibling("." + dir.getFileName() + ".zip.partial");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    try (OutputStream out = Files.newOutputStream(partial);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Path f : files) {
        zip.putNextEntry(new ZipEntry(dir.relativize(f).toString().replace('\\', '/')));
        Files.copy(f, zip);
        zip.closeEntry();
      }
    }
    Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
    return target;
  }

  /**
   * Unpacks into an empty folder. A truncated or damaged archive, or an entry that would land
   * outside the folder, refuses the package.
   */
  static Path unzip(Path archive, Path destination) throws IOException, PackageRejected {
    Path into = destination.toAbsolutePath().normalize();
    delete(into);
    Files.createDirectories(into);
    int entries = 0;
    long unpacked = 0;
    try (InputStream in = Files.newInputStream(archive);
        ZipInputStream zip = new ZipInputStream(in)) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        Path target = into.resolve(e.getName()).normalize();
        if (!target.startsWith(into)) {
          throw new PackageRejected(
              Reason.DAMAGED_ARCHIVE, "entry outside the package: " + e.getName());
        }
        if (!e.isDirectory()) {
          Files.createDirectories(target.getParent());
          // Nothing is trusted before the signature is checked: bound what an archive may unpack.
          long room = MAX_BYTES - unpacked;
          try (OutputStream out = Files.newOutputStream(target)) {
            unpacked += zip.transferTo(new BoundedOutput(out, room));
          }
          if (++entries > MAX_ENTRIES) {
            throw new PackageRejected(
                Reason.DAMAGED_ARCHIVE, "more than " + MAX_ENTRIES + " entries");
          }
        }
      }
    } catch (ZipException | EOFException e) {
      throw new PackageRejected(
          Reason.DAMAGED_ARCHIVE, "truncated or damaged archive: " + e.getMessage());
    }
    if (entries == 0) {
      throw new PackageRejected(Reason.DAMAGED_ARCHIVE, "empty or truncated archive");
    }
    return into;
  }

  static void delete(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(path)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
