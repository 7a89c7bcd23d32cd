package org.sunshine.redaction.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/** Reads a document's text: plain text (UTF-8, or GB18030 as legacy systems write it) or .docx. */
public final class DocumentReader {

  /** A file we cannot read as a document, with a message a person can act on. */
  public static final class UnreadableDocument extends Exception {
    public UnreadableDocument(String message) {
      super(message);
    }
  }

  private DocumentReader() {}

  public static String read(Path file) throws IOException, UnreadableDocument {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".docx")) {
      return docx(file);
    }
    byte[] bytes = Files.readAllBytes(file);
    for (byte b : bytes) {
      if (b == 0) {
        throw new UnreadableDocument("binary file (contains NUL bytes), not a text document");
      }
    }
    try {
      return strip(decode(bytes, StandardCharsets.UTF_8));
    } catch (CharacterCodingException notUtf8) {
      try {
        return strip(decode(bytes, Charset.forName("GB18030")));
      } catch (CharacterCodingException notGb) {
        throw new UnreadableDocument("not UTF-8 or GB18030 text");
      }
    }
  }

  private static String docx(Path file) throws IOException, UnreadableDocument {
    try (InputStream in = Files.newInputStream(file);
        XWPFDocument doc = new XWPFDocument(in)) {
      String text =
          doc.getParagraphs().stream()
              .map(XWPFParagraph::getText)
              .collect(Collectors.joining("\n"));
      String tables =
          doc.getTables().stream()
              .flatMap(t -> t.getRows().stream())
              .flatMap(r -> r.getTableCells().stream())
              .map(c -> c.getText())
              .collect(Collectors.joining("\n"));
      return tables.isBlank() ? text : text + "\n" + tables;
    } catch (POIXMLException | IllegalArgumentException | IllegalStateException e) {
      throw new UnreadableDocument(
          "corrupted or not a .docx file: " + e.getClass().getSimpleName());
    } catch (IOException e) {
      throw new UnreadableDocument("corrupted .docx file: " + e.getMessage());
    }
  }

  private static String decode(byte[] bytes, Charset charset) throws CharacterCodingException {
    return charset
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
  }

  private static String strip(String s) {
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }
}
