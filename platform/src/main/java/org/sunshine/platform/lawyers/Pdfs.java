package org.sunshine.platform.lawyers;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;
import org.springframework.stereotype.Component;

/**
 * The PDFs of the lawyer services: the electronic file stamped on every page with who downloaded it
 * and when (so a copy that leaks names its source), and the 回复函. Noto Sans SC, embedded as a
 * subset, as the published documents use (ADR 0007).
 */
@Component
class Pdfs {

  private static final String FONT = "fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf";
  private static final float MM = 72f / 25.4f;

  private volatile byte[] fontBytes;

  /** Every page gets the stamp at its foot and once across it, half transparent. */
  byte[] stamp(byte[] pdf, String stamp) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDType0Font font = PDType0Font.load(doc, new ByteArrayInputStream(font()), true);
      PDExtendedGraphicsState faint = new PDExtendedGraphicsState();
      faint.setNonStrokingAlphaConstant(0.35f);
      for (PDPage page : doc.getPages()) {
        PDRectangle box = page.getMediaBox();
        try (PDPageContentStream s =
            new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
          s.setGraphicsStateParameters(faint);
          s.setNonStrokingColor(0.75f, 0.1f, 0.1f);
          s.beginText();
          s.setFont(font, 9);
          s.newLineAtOffset(10 * MM, 8 * MM);
          s.showText(stamp);
          s.endText();
          s.beginText();
          s.setFont(font, 16);
          s.setTextMatrix(
              Matrix.getRotateInstance(
                  Math.toRadians(35), box.getWidth() * 0.12f, box.getHeight() * 0.3f));
          s.showText(stamp);
          s.endText();
        }
      }
      return save(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A one-page letter: a centred title, then paragraphs wrapped to the type area. */
  byte[] letter(String title, List<String> paragraphs) {
    try (PDDocument doc = new PDDocument()) {
      PDType0Font font = PDType0Font.load(doc, new ByteArrayInputStream(font()), true);
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      float left = 28 * MM;
      float width = 156 * MM;
      float y = page.getMediaBox().getHeight() - 37 * MM;
      try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
        float tw = font.getStringWidth(title) / 1000 * 20;
        text(s, font, 20, left + (width - tw) / 2, y, title);
        y -= 16 * MM;
        for (String p : paragraphs) {
          for (String line : wrap(p, font, 14, width)) {
            text(s, font, 14, left, y, line);
            y -= 9 * MM;
          }
          y -= 2 * MM;
        }
      }
      return save(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void text(
      PDPageContentStream s, PDType0Font f, float size, float x, float y, String t)
      throws IOException {
    s.beginText();
    s.setFont(f, size);
    s.newLineAtOffset(x, y);
    s.showText(t);
    s.endText();
  }

  static List<String> wrap(String paragraph, PDType0Font font, float size, float width)
      throws IOException {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    float w = 0;
    for (int i = 0; i < paragraph.length(); ) {
      int cp = paragraph.codePointAt(i);
      String ch = new String(Character.toChars(cp));
      float cw = font.getStringWidth(ch) / 1000 * size;
      if (w + cw > width && !line.isEmpty()) {
        lines.add(line.toString());
        line.setLength(0);
        w = 0;
      }
      line.append(ch);
      w += cw;
      i += Character.charCount(cp);
    }
    lines.add(line.toString());
    return lines;
  }

  private static byte[] save(PDDocument doc) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.save(out);
    return out.toByteArray();
  }

  private byte[] font() throws IOException {
    byte[] bytes = fontBytes;
    if (bytes == null) {
      try (InputStream in = Pdfs.class.getClassLoader().getResourceAsStream(FONT)) {
        if (in == null) {
          throw new IOException("font missing from the class path: " + FONT);
        }
        bytes = in.readAllBytes();
      }
      fontBytes = bytes;
    }
    return bytes;
  }
}
