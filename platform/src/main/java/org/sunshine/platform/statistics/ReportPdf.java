package org.sunshine.platform.statistics;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A published monthly report as PDF (A4, Noto Sans SC embedded): ranking, names, corrections — the
 * same frozen rows the console page shows.
 */
@Component
class ReportPdf {

  private static final String FONT = "fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf";
  private static final float MARGIN = 50;
  private static final float SIZE = 10;
  private static final float LEADING = 16;

  private final MessageSource messages;

  ReportPdf(MessageSource messages) {
    this.messages = messages;
  }

  private String t(String key, Object... args) {
    return messages.getMessage(key, args, Locale.CHINA);
  }

  byte[] render(
      String unitName,
      ReportRows.Report r,
      List<ReportRows.Line> lines,
      List<ReportRows.Named> named,
      List<ReportRows.Correction> corrections) {
    List<String> text = new ArrayList<>();
    text.add(t("statistics.report.ranking"));
    for (ReportRows.Line l : lines) {
      text.add(
          l.ranking()
              + ". "
              + l.unitName()
              + "  "
              + t("statistics.figure.DUE")
              + " "
              + l.due()
              + "  "
              + t("statistics.figure.PUBLISHED")
              + " "
              + l.published()
              + "  "
              + t("statistics.figure.WITHHELD")
              + " "
              + l.withheld()
              + "  "
              + t("statistics.figure.OVERDUE")
              + " "
              + l.overdue()
              + "  "
              + t("statistics.rate")
              + " "
              + (l.rate() == null ? "—" : String.format("%.1f%%", l.rate() * 100)));
    }
    text.add("");
    text.add(t("statistics.report.named"));
    for (ReportRows.Named n : named) {
      text.add(
          n.documentNumber()
              + "  "
              + t("statistics.report.reason." + n.reason())
              + "  "
              + n.dueOn()
              + "  "
              + n.handlerName()
              + (n.departmentHead() == null ? "" : " / " + n.departmentHead())
              + (n.repeated() ? "  " + t("statistics.report.repeated") : ""));
    }
    text.add("");
    text.add(t("statistics.report.corrections"));
    for (ReportRows.Correction c : corrections) {
      text.add(
          YearMonth.from(c.month())
              + "  "
              + c.entry().documentNumber()
              + "  "
              + t("statistics.dispute.status." + c.dispute().status())
              + "  "
              + c.dispute().decisionNote());
    }
    return typeset(t("statistics.report.heading", unitName, YearMonth.from(r.month())), text);
  }

  byte[] typeset(String title, List<String> lines) {
    try (PDDocument doc = new PDDocument();
        InputStream in = fontStream()) {
      PDType0Font font = PDType0Font.load(doc, new ByteArrayInputStream(in.readAllBytes()), true);
      doc.getDocumentInformation().setTitle(title);
      float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
      List<String> wrapped = new ArrayList<>();
      for (String line : lines) {
        wrapped.addAll(wrap(font, line, width));
      }
      int i = 0;
      boolean first = true;
      while (first || i < wrapped.size()) {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
          float y = PDRectangle.A4.getHeight() - MARGIN;
          if (first) {
            write(s, font, 16, MARGIN, y, title);
            y -= 2 * LEADING;
            first = false;
          }
          while (i < wrapped.size() && y > MARGIN) {
            write(s, font, SIZE, MARGIN, y, wrapped.get(i++));
            y -= LEADING;
          }
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream fontStream() throws IOException {
    InputStream in = ReportPdf.class.getClassLoader().getResourceAsStream(FONT);
    if (in == null) {
      throw new IOException("font missing from the class path: " + FONT);
    }
    return in;
  }

  private static List<String> wrap(PDType0Font font, String line, float width) throws IOException {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (int cp : line.codePoints().toArray()) {
      String ch = safe(font, cp);
      if (font.getStringWidth(current + ch) / 1000 * SIZE > width) {
        out.add(current.toString());
        current.setLength(0);
      }
      current.append(ch);
    }
    out.add(current.toString());
    return out;
  }

  /** A character the font lacks is shown as 〓 rather than failing the whole report. */
  private static String safe(PDType0Font font, int cp) {
    String ch = new String(Character.toChars(cp));
    try {
      font.encode(ch);
      return ch;
    } catch (IllegalArgumentException | IOException e) {
      return Character.isWhitespace(cp) ? " " : "〓";
    }
  }

  private static void write(
      PDPageContentStream s, PDType0Font font, float size, float x, float y, String text)
      throws IOException {
    s.beginText();
    s.setFont(font, size);
    s.newLineAtOffset(x, y);
    s.showText(text);
    s.endText();
  }
}
