package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Names the rules read in more places, and words they no longer read as names: a real name the
 * document says nobody knows is none, the words before a nickname are no part of it, a Dai given
 * name alone is a name, a name that is also a word is the person before an adverb or after a clause
 * preposition, and a person's place (从X处) closes a name after an occupation.
 */
class NameRecallClassesTest {

  private final RedactionEngine engine = new RedactionEngine();

  private String redact(String text) {
    RedactionResult r = engine.redact(RedactionRequest.of(text));
    assertThat(r.publishable()).as("publishable: %s", r.verdict()).isTrue();
    return ResidualCheck.normalise(r.redactedText());
  }

  private String inFacts(String sentence) {
    return redact("起诉书\n　　被告人詹立群，男，1988年1月1日出生。\n　　经依法审查查明：" + sentence + "\n");
  }

  @Test
  void aRealNameTheDocumentCallsUnknownIsNoName() {
    String out = inFacts("被告人詹立群与其表哥（真实姓名不详）共同经营一家饭馆，2024年5月停业。");
    assertThat(out).contains("与其表哥(真实姓名不详)").doesNotContain("不某某");
  }

  @Test
  void anAcronymInCapitalsInANicknameIsAWordOfTheTradeNoName() {
    String out = inFacts("被告人詹立群以网名“币圈USDT”招揽被害人购买USDT，收款后未交付USDT，获利人民币5万元。");
    assertThat(out).doesNotContain("币圈USDT").contains("购买USDT", "未交付USDT");
  }

  @Test
  void theWordsBeforeANicknameWithItsRealNameStay() {
    String out = inFacts("被告人詹立群多次向收废品的阿强（真名：柯志强）出售电缆，获利人民币4100元。");
    assertThat(out).contains("向收废品的").doesNotContain("阿强", "柯志强").contains("人民币4100元");
  }

  @Test
  void aDaiGivenNameAloneIsANameAfterARoleWord() {
    String out = inFacts("本院为被告人岩罕聘请了傣语翻译人员玉坎，为被告人詹立群聘请了律师。被告人岩罕对指控无异议。");
    assertThat(out).doesNotContain("岩罕", "玉坎").contains("傣语翻译人员");
  }

  @Test
  void aMinorityNameBeforeThePlaceOfAPersonIsANameAfterAnOccupation() {
    String out = inFacts("侦查机关从买家顿珠处扣押手镯1只，从被告人詹立群处扣押现金人民币3000元。");
    assertThat(out).doesNotContain("顿珠").contains("扣押手镯1只");
  }

  @Test
  void aWordNameIsThePersonBeforeAnAdjectiveThatIsAlsoAnAdverb() {
    String out =
        redact(
            """
            民事诉讼监督案件不支持监督申请决定书
            　　申请人田野，男，1983年8月2日出生，汉族，住某某县。
            　　本院认为，原审判决认定田野连续旷工三日并无不当，田野的申请不能成立。
            """);
    assertThat(out).doesNotContain("田野").contains("连续旷工三日");
  }

  @Test
  void aWordNameAfterAClausePrepositionIsThePersonBeforeANounThatIsAlsoAVerb() {
    String out = inFacts("证人高原证实，转账由高原指示他人完成。被告人詹立群在青藏高原旅游期间收到款项。");
    assertThat(out).doesNotContain("由高原").contains("青藏高原旅游");
  }

  @Test
  void aNameCutByALineBreakAfterARoleItsAnnotationAndColonIsMaskedWhole() {
    String out =
        redact(
            "民事诉讼监督案件不支持监督申请决定书\n　　申诉人：葛玉珍，女，1971年3月2日出生，住某某县。\n"
                + "　　委托诉讼代理人（近亲属）：宁\n德海，男，系申诉人之弟，住某某县。\n"
                + "　　申诉人葛玉珍因与某某公司借款纠纷一案，不服判决。\n");
    assertThat(out).doesNotContain("德海").doesNotContain("宁德海");
  }

  @Test
  void theLatinNameEndingANicknameIsMaskedWhenSaidAlone() {
    String out =
        redact(
            """
            起诉书
            　　被告人任丽华（昵称“美白小仙女Lulu”，微信号lulu888），女，1990年1月1日出生，住某某县。
            　　经依法审查查明：被害人称：“Lulu跟我说这个药是纯中药的。”
            """);
    assertThat(out).doesNotContain("Lulu").doesNotContain("美白小仙女");
  }

  @Test
  void theFamiliarTailOfANicknameQuotedOnItsOwnIsMasked() {
    String out =
        redact(
            """
            起诉书
            　　被告人尚德利（网名“关东老炮儿”），男，1975年2月1日出生，住某某县。
            　　经依法审查查明：证人称：“看到‘老炮儿’这么说，我就信了。”
            """);
    assertThat(out).doesNotContain("老炮儿");
  }

  @Test
  void everyNameOfATableWithBarsUnderANameHeaderIsMasked() {
    String out =
        inFacts(
            """
            部分集资参与人情况如下：
            序号｜姓名｜投资金额
            1｜满庆丰｜210000
            2｜边树林｜180000
            上述集资参与人多为老年人。""");
    assertThat(out).doesNotContain("满庆丰", "边树林").contains("210000");
  }

  @Test
  void aRareSurnameNameIsTheWholeValueOfARoleLabelInBrackets() {
    String out = inFacts("被告人詹立群使用13809717251（机主：张生梅）、19809717252（机主：铁秀梅）两个号码联系被害人。");
    assertThat(out).doesNotContain("铁秀梅", "张生梅", "秀梅");
  }
}
