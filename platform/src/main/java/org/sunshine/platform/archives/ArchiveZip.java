package org.sunshine.platform.archives;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The package's ZIP: the files, then {@code manifest.txt} (one line per file: SHA-256, size, path)
 * and {@code manifest.sha256} (the manifest's own hash). Anyone can check a package with {@code
 * sha256sum}: the manifest's hash against the register, each file against its line.
 */
final class ArchiveZip {

  static final String MANIFEST = "manifest.txt";
  static final String MANIFEST_HASH = "manifest.sha256";

  /** One file of the package. */
  record File(String path, byte[] bytes) {}

  /** The ZIP and its manifest's hash. */
  record Zip(byte[] bytes, String manifestSha256, int files) {}

  private ArchiveZip() {}

  /** Entries carry {@code at} as their time, so unchanged content zips to the same bytes. */
  static Zip of(String heading, List<File> files, LocalDateTime at) {
    StringBuilder manifest = new StringBuilder();
    manifest.append("# ").append(heading).append('\n');
    manifest.append("# sha256  bytes  path\n");
    for (File f : files) {
      manifest
          .append(Hashes.sha256(f.bytes()))
          .append("  ")
          .append(f.bytes().length)
          .append("  ")
          .append(f.path())
          .append('\n');
    }
    byte[] m = manifest.toString().getBytes(StandardCharsets.UTF_8);
    String mHash = Hashes.sha256(m);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
      for (File f : files) {
        put(zip, f.path(), f.bytes(), at);
      }
      put(zip, MANIFEST, m, at);
      put(
          zip,
          MANIFEST_HASH,
          (mHash + "  " + MANIFEST + "\n").getBytes(StandardCharsets.UTF_8),
          at);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Zip(out.toByteArray(), mHash, files.size());
  }

  private static void put(ZipOutputStream zip, String path, byte[] bytes, LocalDateTime at)
      throws IOException {
    ZipEntry e = new ZipEntry(path);
    e.setTimeLocal(at);
    zip.putNextEntry(e);
    zip.write(bytes);
    zip.closeEntry();
  }
}
