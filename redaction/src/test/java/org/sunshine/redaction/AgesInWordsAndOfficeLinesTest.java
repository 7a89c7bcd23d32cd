package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The rules: an age written in words after the word that states it (现年八十六岁) is masked as one in
 * digits is; a landline in a party's details paragraph is the party's, even under 办公电话, and its
 * area code may be set off by a middle dot or a point; an office line elsewhere stays.
 */
class AgesInWordsAndOfficeLinesTest {

  private final RedactionEngine engine = new RedactionEngine();

  private String redact(String text) {
    return engine.redact(RedactionRequest.of(text)).redactedText();
  }

  @Test
  void anAgeWrittenInWordsAfterItsStatingWordIsMasked() {
    String text =
        """
        某某县人民检察院
        支持起诉书
        　　原告卓桂香，女，汉族，住某某县。
        　　原告卓桂香现年七十九岁，老伴已去世，其子时年二十二岁时外出务工。
        """;
    String out = redact(text);
    assertThat(out).doesNotContain("七十九岁", "二十二岁", "卓桂香").contains("现年**岁");
  }

  @Test
  void anOfficeLineInAPartysDetailsIsThePartysNumber() {
    String text =
        """
        某某市人民检察院
        起诉书
        　　被告人苟德明，男，1981年4月7日出生，原系某某看守所民警，住某某市，办公电话０５５１-６２７４８１３９。
        　　被告人冼立伟，男，1983年2月2日出生，联系电话0551·62748140。
        　　如有异议，请拨打本院办公电话0551-62748000。
        """;
    String out = redact(text);
    assertThat(out).doesNotContain("６２７４８１３９", "62748139", "62748140").contains("0551-62748000");
  }
}
