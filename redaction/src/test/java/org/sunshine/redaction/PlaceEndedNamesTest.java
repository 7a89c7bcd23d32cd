package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The rule: a participant whose name ends like a place (州) and whose surname is on no list is still
 * a person when the paragraph gives a former name or a sex; the district named like it stays.
 */
class PlaceEndedNamesTest {

  private final RedactionEngine engine = new RedactionEngine();

  @Test
  void aNameEndingLikeAPlaceIsMaskedWhenItsParagraphGivesASexOrFormerName() {
    String text =
        """
        某某市人民检察院
        刑事申诉复查决定书
        　　申诉人危德州（曾用名危小峰），男，1985年11月11日出生，汉族，住某某市德州区新华路。
        　　申诉人危德州因诈骗罪一案，不服某某市德州区人民法院判决，向本院提出申诉。
        """;
    String out = engine.redact(RedactionRequest.of(text)).redactedText();
    assertThat(out).doesNotContain("危德州", "危小峰");
    assertThat(out).contains("德州区人民法院");
  }
}
