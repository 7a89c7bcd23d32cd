package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NicknamesTest {

  @Test
  void aNicknameOnAOneCharacterGivenNameIsMaskedAndNoPhantomPersonAppears() {
    RedactionResult r =
        new RedactionEngine()
            .redact(
                RedactionRequest.of(
                    "　　经依法审查查明：2023年5月1日，被告人马振宇殴打被害人张伟。张伟便于次日报警。" + "证人何建新证实：“我听见老板娘喊‘伟哥快躲开’。”"));
    assertThat(r.redactedText()).doesNotContain("伟哥", "张伟");
    assertThat(r.pseudonyms().asMap()).doesNotContainKey("张伟便");
  }

  @Test
  void aNicknameInsideAnOrdinaryWordOrAnotherNameIsKept() {
    String out =
        new RedactionEngine()
            .redact(
                RedactionRequest.of(
                    "　　经依法审查查明：2023年5月，被告人张平、王红、刘波在小红书发布广告，" + "刘波以阿波罗公司名义收款。被告人学习邓小平理论。王红自称红姐。"))
            .redactedText();
    assertThat(out).contains("小红书", "阿波罗公司", "邓小平理论").doesNotContain("红姐");
  }

  @Test
  void aLongerNameThatBeginsWithAKnownOneIsAnotherPerson() {
    RedactionResult r =
        new RedactionEngine()
            .redact(
                RedactionRequest.of(
                    "　　经依法审查查明：2023年5月3日晚，被告人李明与他人发生争执。" + "李明华于2023年5月3日23时许赶到现场劝阻。"));
    assertThat(r.redactedText()).doesNotContain("李明", "明华", "华于");
  }

  private static String redact(String text) {
    RedactionResult r = new RedactionEngine().redact(RedactionRequest.of(text));
    assertThat(r.publishable()).as("publishable: %s", r.verdict()).isTrue();
    return ResidualCheck.normalise(r.redactedText());
  }

  @Test
  void someoneATestimonySaysIsCalledSoIsMaskedThoughUnquoted() {
    String out = redact("　　经审查查明：证人禚立成证实：“跟他一起来的那个叫三猴的在门口望风，" + "还有个叫黑皮的人也在。”被告人訾梦溪对此无异议。");
    assertThat(out).doesNotContain("三猴", "黑皮").contains("在门口望风");
  }

  @Test
  void aNicknameShapedNameActingInQuotedTestimonyIsMasked() {
    String out =
        redact("　　经审查查明：证人禚立成证实：“两人推搡起来，后来是桂伢子把她拉开的，" + "阿彪先动的手，我二哥把门关了，大家都很害怕。”被告人訾梦溪对此无异议。");
    assertThat(out).doesNotContain("桂伢子", "阿彪").contains("我二哥把门关了", "大家都很害怕", "把她拉开的");
  }

  @Test
  void theShortFormOfAPartOfALatinNameIsMasked() {
    String out =
        redact(
            "　　被告人OLUWASEGUN ADEYEMI（中文译名：阿德耶米），男，1990年2月3日出生，尼日利亚国籍。\n"
                + "　　经审查查明：证人证实，Segun经常在店里收货，Adeyemi的朋友称其为Oluwa。"
                + "其使用的微信号为segun_trade88，通过Visa卡付款。");
    assertThat(out).doesNotContain("Segun", "Oluwa", "Adeyemi", "ADEYEMI").contains("Visa卡");
  }
}
