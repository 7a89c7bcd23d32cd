package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The forms a Latin name takes in a Chinese document, and the words that only look like one. */
class LatinNameFormsTest {

  private static String redact(String text) {
    RedactionResult r = new RedactionEngine().redact(RedactionRequest.of(text));
    assertThat(r.publishable()).as("publishable: %s", r.verdict()).isTrue();
    return ResidualCheck.normalise(r.redactedText());
  }

  @Test
  void aHongKongNameWithAHyphenatedGivenNameIsMaskedWholeAndInItsShortForms() {
    String out =
        redact(
            "　　被不起诉人冼志朗（ 英文名Dominic SIN Chi-long），男，1987年4月6日出生，香港特别行政区居民。\n"
                + "　　证人证实：“Dominic每周都来对账，SIN Chi-long签的字，Chi-long也在场。”"
                + "Dominic Sin事后离开深圳。");
    assertThat(out).doesNotContain("Dominic", "Chi-long", "SIN", "冼志朗");
  }

  @Test
  void aShortLatinNameIsNoFormOfAPatronymicSurnameThatContainsIt() {
    String out =
        redact(
            "　　被告人WATSON PETERSEN（中文译名：彼得森），男，1979年6月1日出生，丹麦国籍。\n"
                + "　　经审查查明：被告人WATSON PETERSEN在Peter Pan乐园旁的店铺出售假冒商品，Watson收款。");
    assertThat(out).contains("PeterPan乐园").doesNotContain("PETERSEN", "Watson");
  }

  @Test
  void aLatinGivenNameIsNotFoundInsideALongerLatinWord() {
    String out =
        redact(
            "　　被告人Dora LOVELL（中文译名：多拉·洛维尔），女，1990年1月2日出生，英国国籍。\n"
                + "　　经审查查明：被告人通过Dorado物流公司寄送货物，Dora事后承认。");
    assertThat(out).contains("Dorado物流公司").doesNotContain("Dora事后", "LOVELL");
  }

  @Test
  void aLatinNameThatTestifiesIsAPersonAndAKoreanSurnameAloneNamesTheirOwner() {
    String out =
        redact(
            "　　其他当事人（原审被告）：PARK JI HOON（中文名朴志勋），男。\n"
                + "　　在场的马里籍商人TRAORE Moussa证实：“They left.”证人称：“那张收条是Park让我写的。”");
    assertThat(out).doesNotContain("TRAORE", "Moussa", "Park", "PARK");
  }

  @Test
  void aLatinNameWhoseSpaceAWrapTookOrKeptAtTheLineEndIsMaskedWhole() {
    String text =
        String.join(
            "\n",
            "起诉书",
            "　　被告人ADEBAYO OLUWAS",
            "EUN（中文译名：阿德巴约），男，19",
            "86年2月3日出生，尼日利亚国籍。",
            "　　本案由某市公安局侦查终结，因被告",
            "人ADEBAYO",
            " OLUWASEUN不通晓汉语，本院为其聘请",
            "了翻译。经审查查明：被告人ADEBAYO",
            " OLUWASEUN在婚恋网站冒充军人，骗取",
            "被害人钱款共计人民币十二万元。");
    RedactionResult r = new RedactionEngine().redact(RedactionRequest.of(text));
    // a form left behind is refused by the residual check: publishable means every form was found
    assertThat(r.publishable()).as("publishable: %s", r.verdict()).isTrue();
    assertThat(ResidualCheck.normalise(r.redactedText())).doesNotContain("ADEBAYO", "OLUWAS");
  }
}
