package org.sunshine.platform.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

class TextExtractionTest {

  @Test
  void aScannedPdfWithoutATextLayerIsRefusedWithAClearMessage() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(new PDPage());
      doc.save(out);
    }
    assertThatThrownBy(() -> TextExtraction.extract("scan.pdf", out.toByteArray()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("没有文字层");
  }

  @Test
  void aPdfWithATextLayerIsRead() {
    byte[] pdf = pdfWithText("被告人张某某盗窃手机一部。");
    assertThat(TextExtraction.extract("a.pdf", pdf)).contains("被告人张某某盗窃手机一部");
  }

  @Test
  void aDocxIsReadParagraphByParagraph() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XWPFDocument doc = new XWPFDocument()) {
      doc.createParagraph().createRun().setText("起 诉 书");
      doc.createParagraph().createRun().setText("被告人张三，男。");
      doc.write(out);
    }
    assertThat(TextExtraction.extract("a.docx", out.toByteArray())).isEqualTo("起 诉 书\n被告人张三，男。");
  }

  @Test
  void legacyGb18030TextAndWindowsLineEndingsAreNormalised() {
    byte[] gbk = "起诉书\r\n被告人张三".getBytes(Charset.forName("GB18030"));
    assertThat(TextExtraction.extract("a.txt", gbk)).isEqualTo("起诉书\n被告人张三");
    byte[] bom = "\uFEFF起诉书".getBytes(StandardCharsets.UTF_8);
    assertThat(TextExtraction.extract("a.txt", bom)).isEqualTo("起诉书");
  }

  @Test
  void otherFormatsAreRefusedByName() {
    assertThatThrownBy(() -> TextExtraction.extract("a.doc", new byte[] {1, 2, 3}))
        .hasMessageStartingWith("file:")
        .hasMessageContaining(".docx");
  }

  /** A PDF of ten lines with a Chinese text layer (the font the platform typesets with). */
  private static byte[] pdfWithText(String line) {
    try (PDDocument doc = new PDDocument();
        InputStream ttf =
            TextExtractionTest.class.getResourceAsStream(
                "/fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf")) {
      PDPage page = new PDPage();
      doc.addPage(page);
      PDType0Font font = PDType0Font.load(doc, ttf, true);
      try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
        s.beginText();
        s.setFont(font, 12);
        s.setLeading(16);
        s.newLineAtOffset(50, 700);
        for (int i = 0; i < 10; i++) {
          s.showText(line);
          s.newLine();
        }
        s.endText();
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
