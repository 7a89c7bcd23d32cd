package org.sunshine.platform.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfTypesetterTest {

  private final PdfTypesetter typesetter = new PdfTypesetter();

  @Test
  void aPublishedDocumentIsTypesetOnA4With22LinesOf28CharactersAndOnlyPublicMetadata()
      throws Exception {
    String body = "本院认为被告人张某某以非法占有为目的秘密窃取他人财物数额较大".repeat(64);
    byte[] pdf = typesetter.render("起诉书（张某某涉嫌盗窃案）", "太原市小店区人民检察院", body, Instant.now());
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
      assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("起诉书（张某某涉嫌盗窃案）");
      assertThat(doc.getDocumentInformation().getAuthor()).isEqualTo("太原市小店区人民检察院");
      assertThat(doc.getDocumentInformation().getSubject()).isNull();
      assertThat(doc.getDocumentInformation().getKeywords()).isNull();
      // 1,920 characters and a two-character indent at 28 a line, 22 lines a page (the first
      // page gives two to the title).
      int lines = (int) Math.ceil((body.length() + 2) / 28.0);
      assertThat(doc.getNumberOfPages()).isEqualTo((int) Math.ceil((lines + 2) / 22.0));
      String text = new PDFTextStripper().getText(doc);
      assertThat(text.replaceAll("\\s", ""))
          .contains(body.substring(0, 28) + body.substring(28, 56));
      assertThat(text).contains("— 1 —");
    }
  }

  @Test
  void punctuationNeverStartsALineAndTheHeadingIsCentred() throws Exception {
    String body = "山西省太原市小店区人民检察院\n起 诉 书\n" + "甲".repeat(26) + "，乙。";
    byte[] pdf = typesetter.render("标题", "院", body, Instant.now());
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc);
      assertThat(text).doesNotContain("\n，").contains("甲，");
    }
  }

  @Test
  void aCharacterTheFontLacksIsMarkedNotDropped() throws Exception {
    byte[] pdf = typesetter.render("标题", "院", "甲\uE000乙", Instant.now());
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(new PDFTextStripper().getText(doc)).contains("甲〓乙");
    }
  }
}
