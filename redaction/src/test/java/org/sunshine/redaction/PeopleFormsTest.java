package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The rule: every form a document uses for a person is masked — the Chinese rendering written after
 * a Latin name, a nickname built on a transliteration or after an occupation — and a name misread
 * across a declared person's name hides nothing.
 */
class PeopleFormsTest {

  private final RedactionEngine engine = new RedactionEngine();

  private RedactionResult redact(String text) {
    return engine.redact(RedactionRequest.of(text));
  }

  @Test
  void aNameMisreadAcrossTheEndOfADeclaredNameHidesNothing() {
    RedactionResult r =
        redact(
            """
            某某市人民检察院
            起诉书
            　　被告人岩坎，男，1985年3月8日出生，傣族，住某某市。
            　　经依法审查查明：2025年3月，岩坎驾车运送偷越国境人员。次日，同案人在岩坎家中被抓获。岩坎之妻证实此事。
            """);
    assertThat(r.publishable()).isTrue();
    assertThat(r.redactedText()).doesNotContain("岩坎").contains("家中被抓获");
  }

  @Test
  void theChineseRenderingAfterALatinNameIsMasked() {
    RedactionResult r =
        redact(
            """
            起诉书
            　　被告人韦光明，男，1985年3月8日出生，住某某市。
            　　经依法审查查明：韦光明组织缅甸籍人员SAW LWIN（梭伦）、NAN HTWE（南苇）偷越国境。
            """);
    assertThat(r.redactedText()).doesNotContain("梭伦", "南苇", "SAW LWIN", "NAN HTWE");
  }

  @Test
  void aNicknameOnTheFirstSyllableOfATransliterationIsMasked() {
    RedactionResult r =
        redact(
            """
            起诉书
            　　被告人THEIN ZAW（中文译名：登佐佐），男，1991年5月生，缅甸国籍。
            　　经依法审查查明：证人证实，其向“登哥”交了人民币3000元。
            """);
    assertThat(r.redactedText()).doesNotContain("登哥", "登佐佐", "THEIN ZAW");
  }

  @Test
  void aNicknameAfterAnOccupationIsMaskedAndAWordIsNot() {
    RedactionResult r =
        redact(
            """
            不起诉决定书
            　　被不起诉人郜文斌，男，1980年1月2日出生，住某某市。
            　　经审查查明：郜文斌供述称：“我等了一小时，代驾小锋一直说快到了。”
            """);
    assertThat(r.redactedText()).doesNotContain("小锋", "郜文斌").contains("等了一小时");
  }
}
