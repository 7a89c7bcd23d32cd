package org.sunshine.platform.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.sunshine.platform.texts.BadInput;

/**
 * The text of an uploaded document: .docx (Apache POI), .pdf with a text layer (PDFBox), or plain
 * text (UTF-8, or GB18030 as older systems write it). A scanned PDF is refused, never guessed at.
 */
final class TextExtraction {

  static final int MAX_BYTES = 20 * 1024 * 1024;

  private TextExtraction() {}

  static String extract(String fileName, byte[] bytes) {
    if (bytes.length == 0) {
      throw BadInput.at("file", "documents.text-extraction.file.empty");
    }
    if (bytes.length > MAX_BYTES) {
      throw BadInput.at("file", "documents.text-extraction.file.too-large");
    }
    String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    try {
      if (name.endsWith(".docx")) {
        return normalise(docx(bytes));
      }
      if (name.endsWith(".pdf")) {
        return normalise(pdf(bytes));
      }
      if (name.endsWith(".txt") || name.isEmpty()) {
        return normalise(plain(bytes));
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof IllegalArgumentException iae) {
        throw iae;
      }
      throw BadInput.at("file", "documents.text-extraction.file.damaged");
    }
    throw BadInput.at("file", "documents.text-extraction.file.type");
  }

  /** One line ending, no byte-order mark: offsets in the browser and here then agree. */
  static String normalise(String text) {
    if (text == null) {
      return "";
    }
    String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
    return t.replace("\r\n", "\n").replace('\r', '\n').strip();
  }

  private static String docx(byte[] bytes) throws IOException {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes));
        XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
      return extractor.getText();
    }
  }

  private static String pdf(byte[] bytes) throws IOException {
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      String text = new PDFTextStripper().getText(doc);
      long letters = text.codePoints().filter(Character::isLetterOrDigit).count();
      if (letters < 20L * Math.max(1, Math.min(doc.getNumberOfPages(), 3))) {
        throw BadInput.at("file", "documents.text-extraction.file.no-text-layer");
      }
      return text;
    }
  }

  private static String plain(byte[] bytes) {
    try {
      return decode(bytes, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      try {
        return decode(bytes, Charset.forName("GB18030"));
      } catch (CharacterCodingException again) {
        throw BadInput.at("file", "documents.text-extraction.file.encoding");
      }
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
}
