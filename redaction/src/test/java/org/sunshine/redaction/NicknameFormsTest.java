package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Nicknames built on a name, and nicknames that are the only name the document has for someone. */
class NicknameFormsTest {

  private static String redact(String text) {
    RedactionResult r = new RedactionEngine().redact(RedactionRequest.of(text));
    assertThat(r.publishable()).as("publishable: %s", r.verdict()).isTrue();
    return ResidualCheck.normalise(r.redactedText());
  }

  @Test
  void aGivenCharacterDoubledIsThePersonsNicknameWhereverItStandsAsAName() {
    String out =
        redact(
            "　　被告人占琳，女，1993年5月2日出生。被告人戚雨菲，女，1991年8月9日出生。\n"
                + "　　证人邝志成证实：“大家都去找‘琳琳’拿货，琳琳说钱转给她就行，菲菲也在群里收钱。”"
                + "被告人对此无异议，天天如此，明明知道。");
    assertThat(out).doesNotContain("琳琳", "菲菲", "占琳", "戚雨菲").contains("天天如此", "明明知道");
  }

  @Test
  void aQuotedFamiliarPrefixWithOneLetterOrCharacterIsSomebodysOnlyName() {
    String out = redact("　　经审查查明：被告人詹永福通过微信与上线“老J”联系，由其业务员“小蔺”对接客户，" + "其宣称可达“小康”水平，老J每周结算一次。");
    assertThat(out).doesNotContain("老J", "小蔺").contains("“小康”水平");
  }

  @Test
  void theRealNameGivenForAQuotedNicknameTakesAPseudonymAndTheNicknameIsMasked() {
    RedactionResult r =
        new RedactionEngine()
            .redact(RedactionRequest.of("　　经审查查明：被告人詹永福招揽业务员“小蔺”（真实姓名：蔺海涛，另案处理）等人对接客户，小蔺负责收款。"));
    assertThat(r.redactedText()).doesNotContain("蔺海涛", "小蔺").contains("蔺某某");
  }

  @Test
  void aNicknameAfterAnOccupationWordIsMaskedAtEveryOccurrence() {
    String out = redact("　　经审查查明：被告人詹永福雇用保姆阿茵照看老人，阿茵说老人当晚已经入睡，阿茵又回了房间。");
    assertThat(out).doesNotContain("阿茵").contains("照看老人");
  }

  @Test
  void aQuotedNameTheWordsAfterItCallANicknameIsMasked() {
    String out = redact("　　经审查查明：被告人詹永福在境外即时通讯软件上使用“沙丁鱼”的昵称，分批出售公民个人信息。");
    assertThat(out).doesNotContain("沙丁鱼").contains("公民个人信息");
  }

  @Test
  void aQuotedNameOfSomeoneTheDocumentCannotIdentifyIsMasked() {
    String out = redact("　　经审查查明：被告人詹永福所称的另一在场人“大头子”经多方查找，无法核实身份。");
    assertThat(out).doesNotContain("大头子").contains("无法核实身份");
  }
}
