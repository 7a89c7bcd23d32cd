package org.sunshine.platform.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
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
    byte[] pdf =
        new PdfTypesetter()
            .render("起诉书（张某某涉嫌盗窃案）", "测试院", "被告人张某某盗窃手机一部。".repeat(10), Instant.now());
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
}
