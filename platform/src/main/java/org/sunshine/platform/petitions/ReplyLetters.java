package org.sunshine.platform.petitions;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

/**
 * A reply as a letter (PDF, A4, Noto Sans SC embedded as in published documents). The file carries
 * the unit as author and a neutral title only: nothing in its metadata names the matter.
 */
@Component
class ReplyLetters {

  private static final String FONT = "fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf";
  private static final float MM = 72f / 25.4f;
  private static final float LEFT = 28 * MM;
  private static final float TOP = 37 * MM;
  private static final float SIZE = 14;
  private static final float PITCH = 24;
  private static final int PER_LINE = 32;
  private static final int LINES_PER_PAGE = 28;

  private volatile byte[] fontBytes;

  byte[] render(String title, String unitName, String text) {
    try (PDDocument doc = new PDDocument()) {
      PDType0Font font = PDType0Font.load(doc, new ByteArrayInputStream(font()), true);
      PDDocumentInformation info = new PDDocumentInformation();
      info.setTitle(title);
      info.setAuthor(unitName);
      doc.setDocumentInformation(info);
      List<String> lines = new ArrayList<>();
      lines.add(title);
      lines.add("");
      for (String paragraph : text.split("\n", -1)) {
        lines.addAll(wrap(paragraph.strip()));
      }
      for (int from = 0; from < lines.size(); from += LINES_PER_PAGE) {
        page(doc, font, lines.subList(from, Math.min(lines.size(), from + LINES_PER_PAGE)));
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void page(PDDocument doc, PDType0Font font, List<String> lines)
      throws IOException {
    PDPage page = new PDPage(PDRectangle.A4);
    doc.addPage(page);
    try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
      float y = page.getMediaBox().getHeight() - TOP;
      for (String line : lines) {
        s.beginText();
        s.setFont(font, SIZE);
        s.newLineAtOffset(LEFT, y);
        s.showText(printable(font, line));
        s.endText();
        y -= PITCH;
      }
    }
  }

  private static List<String> wrap(String paragraph) {
    List<String> out = new ArrayList<>();
    if (paragraph.isEmpty()) {
      out.add("");
    }
    for (int i = 0; i < paragraph.length(); i += PER_LINE) {
      out.add(paragraph.substring(i, Math.min(paragraph.length(), i + PER_LINE)));
    }
    return out;
  }

  /** Characters the font cannot draw become a blank rather than failing the whole letter. */
  private static String printable(PDType0Font font, String line) {
    StringBuilder b = new StringBuilder();
    line.codePoints()
        .forEach(
            cp -> {
              String ch = new String(Character.toChars(cp));
              try {
                font.encode(ch);
                b.append(ch);
              } catch (IOException | IllegalArgumentException e) {
                b.append(' ');
              }
            });
    return b.toString();
  }

  private byte[] font() throws IOException {
    byte[] bytes = fontBytes;
    if (bytes == null) {
      try (InputStream in = ReplyLetters.class.getClassLoader().getResourceAsStream(FONT)) {
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
