package org.sunshine.platform.infrastructure;

import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * What an uploaded file is by its bytes, never by its name or the type the browser claims: a PDF
 * that opens as one, a JPEG or a PNG by their signatures. Everything a person uploads (licences,
 * materials, scans) is checked with it before it is stored or carried to the internal network.
 */
public final class FileTypes {

  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
  private static final byte[] TIFF_LE = {'I', 'I', '*', 0};
  private static final byte[] TIFF_BE = {'M', 'M', 0, '*'};

  private FileTypes() {}

  /** {@code application/pdf}, {@code image/jpeg} or {@code image/png}; empty for anything else. */
  public static Optional<String> pdfOrImage(byte[] bytes) {
    if (startsWith(bytes, PNG)) {
      return Optional.of("image/png");
    }
    if (startsWith(bytes, JPEG)) {
      return Optional.of("image/jpeg");
    }
    if (startsWith(bytes, PDF)) {
      try (PDDocument doc = Loader.loadPDF(bytes)) {
        return doc.getNumberOfPages() > 0 ? Optional.of("application/pdf") : Optional.empty();
      } catch (IOException e) {
        return Optional.empty(); // a PDF header on something that is no PDF
      }
    }
    return Optional.empty();
  }

  /** As {@link #pdfOrImage}, and TIFF, the format scanners of letters write. */
  public static Optional<String> scan(byte[] bytes) {
    if (startsWith(bytes, TIFF_LE) || startsWith(bytes, TIFF_BE)) {
      return Optional.of("image/tiff");
    }
    return pdfOrImage(bytes);
  }

  private static boolean startsWith(byte[] b, byte[] prefix) {
    return b != null
        && b.length >= prefix.length
        && Arrays.equals(b, 0, prefix.length, prefix, 0, prefix.length);
  }
}
