package org.sunshine.platform.archives;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.springframework.stereotype.Component;

/**
 * Writes archive files as PDF/A-2b (ISO 19005-2, level B): fonts embedded (Noto Sans SC, subset),
 * an sRGB output intent, XMP metadata naming the part and conformance and repeating the document
 * information, a fixed document id. Built with PDFBox alone (no xmpbox, no preflight validator on
 * this build), so conformance is by construction, not validated here (ADR 25). The same content and
 * time give the same bytes, so a package regenerated from unchanged data has the same hashes.
 */
@Component
class ArchivePdf {

  private static final String FONT = "fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf";
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final float MARGIN = 56;
  private static final float SIZE = 11;
  private static final float LEADING = 19;
  private static final float TITLE_SIZE = 16;

  /**
   * The font is parsed once (10 MB; parsing it per file made rendering five times slower). PDFBox's
   * subsetter reads the shared font, which is not thread-safe: one file is rendered at a time.
   */
  private TrueTypeFont font;

  private volatile byte[] srgb;

  /** A titled text of paragraphs (blank lines kept), wrapped to A4. */
  synchronized byte[] render(
      String title, String author, List<String> paragraphs, Instant createdAt) {
    Instant at = createdAt.truncatedTo(ChronoUnit.SECONDS);
    try (PDDocument doc = new PDDocument()) {
      PDType0Font font = PDType0Font.load(doc, font(), true);
      describe(doc, title, author, at);
      float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
      List<String> lines = new ArrayList<>();
      for (String p : paragraphs) {
        lines.addAll(wrap(safe(font, p), font, width));
      }
      write(doc, font, safe(font, title), lines);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void describe(PDDocument doc, String title, String author, Instant at)
      throws IOException {
    PDDocumentInformation info = new PDDocumentInformation();
    info.setTitle(title);
    info.setAuthor(author);
    info.setCreator("Sunshine");
    info.setProducer("Apache PDFBox");
    Calendar when = new GregorianCalendar(TimeZone.getTimeZone(CHINA));
    when.setTimeInMillis(at.toEpochMilli());
    info.setCreationDate(when);
    doc.setDocumentInformation(info);
    // The trailer id is derived from this, not from the clock: same content, same bytes.
    doc.setDocumentId((long) (title + author).hashCode() ^ at.getEpochSecond());
    PDDocumentCatalog catalog = doc.getDocumentCatalog();
    PDMetadata metadata = new PDMetadata(doc);
    metadata.importXMPMetadata(xmp(title, author, at).getBytes(StandardCharsets.UTF_8));
    catalog.setMetadata(metadata);
    PDOutputIntent intent = new PDOutputIntent(doc, new ByteArrayInputStream(srgb()));
    intent.setInfo("sRGB IEC61966-2.1");
    intent.setOutputCondition("sRGB IEC61966-2.1");
    intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
    intent.setRegistryName("http://www.color.org");
    catalog.addOutputIntent(intent);
  }

  private static String xmp(String title, String author, Instant at) {
    String date = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.atZone(CHINA));
    return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>"
        + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF"
        + " xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
        + "<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\""
        + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\""
        + " xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">"
        + "<pdfaid:part>2</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance>"
        + "<dc:format>application/pdf</dc:format>"
        + "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">"
        + escape(title)
        + "</rdf:li></rdf:Alt></dc:title>"
        + "<dc:creator><rdf:Seq><rdf:li>"
        + escape(author)
        + "</rdf:li></rdf:Seq></dc:creator>"
        + "<xmp:CreateDate>"
        + date
        + "</xmp:CreateDate><xmp:CreatorTool>Sunshine</xmp:CreatorTool>"
        + "<pdf:Producer>Apache PDFBox</pdf:Producer>"
        + "</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>";
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static void write(PDDocument doc, PDType0Font font, String title, List<String> lines)
      throws IOException {
    float top = PDRectangle.A4.getHeight() - MARGIN;
    int perPage = (int) ((PDRectangle.A4.getHeight() - 2 * MARGIN) / LEADING);
    int index = 0;
    int pageNo = 0;
    do {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      pageNo++;
      try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
        float y = top;
        int slots = perPage;
        if (pageNo == 1) {
          text(s, font, TITLE_SIZE, MARGIN, y, title);
          y -= 2 * LEADING;
          slots -= 2;
        }
        for (int i = 0; i < slots && index < lines.size(); i++, index++) {
          text(s, font, SIZE, MARGIN, y, lines.get(index));
          y -= LEADING;
        }
        text(s, font, 9, PDRectangle.A4.getWidth() / 2 - 10, MARGIN / 2, "— " + pageNo + " —");
      }
    } while (index < lines.size());
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

  private static List<String> wrap(String paragraph, PDType0Font font, float width)
      throws IOException {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    float w = 0;
    for (int i = 0; i < paragraph.length(); ) {
      int cp = paragraph.codePointAt(i);
      String ch = new String(Character.toChars(cp));
      float cw = font.getStringWidth(ch) / 1000 * SIZE;
      if (w + cw > width && line.length() > 0) {
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

  /** Characters the font lacks become 〓, never an error; control characters a space. */
  private static String safe(PDType0Font font, String text) {
    StringBuilder out = new StringBuilder();
    (text == null ? "" : text)
        .codePoints()
        .forEach(
            cp -> {
              String ch = new String(Character.toChars(cp));
              if (Character.isISOControl(cp) || Character.isWhitespace(cp) && cp != ' ') {
                out.append(' ');
                return;
              }
              try {
                font.encode(ch);
                out.append(ch);
              } catch (IllegalArgumentException | IOException e) {
                out.append('〓');
              }
            });
    return out.toString();
  }

  private TrueTypeFont font() throws IOException {
    if (font == null) {
      try (InputStream in = ArchivePdf.class.getClassLoader().getResourceAsStream(FONT)) {
        if (in == null) {
          throw new IOException("font missing from the class path: " + FONT);
        }
        font = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
      }
    }
    return font;
  }

  private byte[] srgb() {
    byte[] b = srgb;
    if (b == null) {
      b = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
      srgb = b;
    }
    return b;
  }
}
