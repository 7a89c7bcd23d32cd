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
}
