package org.sunshine.platform.publication;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;
import org.sunshine.platform.texts.Texts;

/**
 * Typesets a published document to the supreme procuratorate's layout: A4, top margin 37 mm, inner
 * margin 28 mm, a type area of 156 × 225 mm holding 22 lines of 28 characters, page numbers "— n —"
 * at the foot. Noto Sans SC (SIL OFL, embedded as a subset) stands in for 仿宋_GB2312, which is not
 * free to redistribute (ADR 0007). The file carries only the public title and the unit as metadata.
 */
@Component
class PdfTypesetter {

  private static final float MM = 72f / 25.4f;
  private static final float TOP = 37 * MM;
  private static final float LEFT = 28 * MM;
  private static final float WIDTH = 156 * MM;
  private static final float HEIGHT = 225 * MM;
  private static final int LINES = 22;
  private static final float PITCH = HEIGHT / LINES;
  private static final float BODY_SIZE = WIDTH / 28;
  private static final float TITLE_SIZE = 22;

  /** Marks a centred line (a character no document contains). */
  private static final String CENTRE = "\u0001";

  /** Punctuation that never starts a line (避头): it hangs at the end of the previous one. */
  private static final String NO_LINE_START = "，。、；：？！）》」』”’】…·%";

  private static final String FONT = "fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf";

  private volatile byte[] fontBytes;

  byte[] render(String title, String unitName, String text, Instant publishedAt) {
    try (PDDocument doc = new PDDocument()) {
      PDType0Font font = PDType0Font.load(doc, new ByteArrayInputStream(font()), true);
      PDDocumentInformation info = new PDDocumentInformation();
      info.setTitle(title);
      info.setAuthor(unitName);
      info.setCreator(Texts.text("publication.pdf-typesetter.creator"));
      Calendar when = new GregorianCalendar(TimeZone.getTimeZone("Asia/Shanghai"));
      when.setTimeInMillis(publishedAt.toEpochMilli());
      info.setCreationDate(when);
      doc.setDocumentInformation(info);
      List<String> lines = new ArrayList<>();
      int headings = 0;
      for (String paragraph : text.split("\n", -1)) {
        String p = safe(font, paragraph.strip());
        if (headings < 3 && !p.isEmpty() && p.length() <= 28) {
          // The heading block (unit, document name, number) is centred, as the standard sets it.
          headings++;
          lines.add(CENTRE + p);
        } else {
          headings = p.isEmpty() ? headings : 3;
          lines.addAll(wrap(p.isEmpty() ? p : "\u3000\u3000" + p, font));
        }
      }
      write(doc, font, safe(font, title), lines);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void write(PDDocument doc, PDType0Font font, String title, List<String> lines)
      throws IOException {
    int index = 0;
    int pageNo = 0;
    boolean first = true;
    while (first || index < lines.size()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      pageNo++;
      float top = page.getMediaBox().getHeight() - TOP;
      try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
        int slots = LINES;
        float y = top - BODY_SIZE;
        if (first) {
          float w = font.getStringWidth(title) / 1000 * TITLE_SIZE;
          text(s, font, TITLE_SIZE, LEFT + Math.max(0, (WIDTH - w) / 2), y, title);
          y -= 2 * PITCH;
          slots -= 2;
          first = false;
        }
        for (int i = 0; i < slots && index < lines.size(); i++, index++) {
          String line = lines.get(index);
          if (line.startsWith(CENTRE)) {
            line = line.substring(1);
            float w = font.getStringWidth(line) / 1000 * BODY_SIZE;
            text(s, font, BODY_SIZE, LEFT + Math.max(0, (WIDTH - w) / 2), y, line);
          } else {
            text(s, font, BODY_SIZE, LEFT, y, line);
          }
          y -= PITCH;
        }
        String number = "— " + pageNo + " —";
        float w = font.getStringWidth(number) / 1000 * 14;
        text(s, font, 14, LEFT + (WIDTH - w) / 2, top - HEIGHT - 10 * MM, number);
      }
    }
  }

  private static void text(
      PDPageContentStream s, PDType0Font font, float size, float x, float y, String t)
      throws IOException {
    if (t.isEmpty()) {
      return;
    }
    s.beginText();
    s.setFont(font, size);
    s.newLineAtOffset(x, y);
    s.showText(t);
    s.endText();
  }

  /** Breaks a paragraph into lines that fit the type area (28 full-width characters). */
  static List<String> wrap(String paragraph, PDType0Font font) throws IOException {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    float width = 0;
    for (int i = 0; i < paragraph.length(); ) {
      int cp = paragraph.codePointAt(i);
      String ch = new String(Character.toChars(cp));
      float w = font.getStringWidth(ch) / 1000 * BODY_SIZE;
      boolean hangs = NO_LINE_START.indexOf(cp) >= 0;
      if (width + w > WIDTH + 0.5f && line.length() > 0 && !hangs) {
        lines.add(line.toString());
        line.setLength(0);
        width = 0;
      }
      line.append(ch);
      width += w;
      i += Character.charCount(cp);
    }
    lines.add(line.toString());
    return lines;
  }

  /**
   * Characters the font lacks become 〓 (the printers' mark for a missing glyph), never an error.
   */
  private static String safe(PDType0Font font, String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints()
        .forEach(
            cp -> {
              String ch = new String(Character.toChars(cp));
              try {
                font.encode(ch);
                out.append(ch);
              } catch (IllegalArgumentException | IOException e) {
                out.append(Character.isWhitespace(cp) ? " " : "〓");
              }
            });
    return out.toString();
  }

  private byte[] font() throws IOException {
    byte[] bytes = fontBytes;
    if (bytes == null) {
      try (InputStream in = PdfTypesetter.class.getClassLoader().getResourceAsStream(FONT)) {
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
