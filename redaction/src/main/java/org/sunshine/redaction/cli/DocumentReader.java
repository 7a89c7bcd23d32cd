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
import java.util.Arrays;
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
      return strip(lineByLine(bytes));
    }
  }

  /**
   * GB18030 decodes almost any bytes, so a file pasted together from a UTF-8 and a GB18030 source
   * would read as GB18030 and its UTF-8 part become other characters — names no detector finds.
   * Each line is therefore read as UTF-8 when it is valid UTF-8, else as GB18030 (a line of Chinese
   * GB18030 text is practically never valid UTF-8); the newline byte is the same in both.
   */
  private static String lineByLine(byte[] bytes) throws UnreadableDocument {
    Charset gb = Charset.forName("GB18030");
    StringBuilder text = new StringBuilder(bytes.length);
    int start = 0;
    while (start <= bytes.length) {
      int end = start;
      while (end < bytes.length && bytes[end] != '\n') {
        end++;
      }
      byte[] line = Arrays.copyOfRange(bytes, start, end);
      try {
        String utf8 = decode(line, StandardCharsets.UTF_8);
        if (utf8.chars().anyMatch(c -> c > 0x7F)
            && utf8.chars().noneMatch(c -> c >= 0x4E00 && c <= 0x9FFF)) {
          throw new CharacterCodingException(); // valid UTF-8 by chance: no Chinese in it
        }
        text.append(utf8);
      } catch (CharacterCodingException notUtf8) {
        try {
          text.append(decode(line, gb));
        } catch (CharacterCodingException notGb) {
          throw new UnreadableDocument("not UTF-8 or GB18030 text");
        }
      }
      if (end < bytes.length) {
        text.append('\n');
      }
      start = end + 1;
    }
    return text.toString();
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
