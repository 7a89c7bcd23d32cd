package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The rule: officials acting in their capacity (judges, 人民陪审员, clerks, 法官助理, procurators, 检察官助理)
 * and lawyers with their firms are never masked, in any document type, wherever they are named: the
 * 审判组织 lines, the narrative, the signature block.
 */
class OfficialsTest {

  private final RedactionEngine engine = new RedactionEngine();

  private RedactionResult redact(String text) {
    return engine.redact(RedactionRequest.of(text));
  }

  @Test
  void aJudgesNameInACivilRulingIsKept() {
    String text =
        """
        某某省某某市人民检察院
        民事再审检察建议书
        某检民监〔2026〕8号
        　　申请人贝德旺，男，1975年4月4日出生，住某某市。
        　　被申请人邰春芳，女，1980年6月6日出生。
        　　某某市某某区人民法院一审由审判员岑明远独任审理；二审由审判员盛立言担任审判长，与审判员柯雨桐、人民陪审员项秋实组成合议庭审理，书记员鲍一帆担任记录。法官助理翁可为参与。
        　　本院认为，贝德旺的申请成立。
        审判长　盛立言　审判员　柯雨桐
        人民陪审员　项秋实
        检察官　祁远山
        检察官助理　计小凡
        2026年3月3日
        """;
    RedactionResult r = redact(text);
    String out = r.redactedText();
    assertThat(out).contains("岑明远", "盛立言", "柯雨桐", "项秋实", "鲍一帆", "翁可为", "祁远山", "计小凡");
    assertThat(out).doesNotContain("贝德旺", "邰春芳");
    assertThat(r.overRedactions()).isEmpty();
    // kept because they are read as officials, not merely because nothing else found them
    assertThat(Protections.find(NormalisedText.of(text).text()).keptNames())
        .contains("岑明远", "盛立言", "柯雨桐", "项秋实", "鲍一帆", "翁可为", "祁远山", "计小凡");
  }

  @Test
  void aLawyerAgentInACivilDocumentIsKeptAndANonLawyerAgentMasked() {
    String text =
        """
        民事抗诉书
        　　申请人：毛建国，男，1966年1月1日出生。
        　　委托诉讼代理人：覃思远，某某律师事务所律师。
        　　委托诉讼代理人：毛小燕，系申请人之女。
        　　律师覃思远到庭发表意见。
        """;
    String out = redact(text).redactedText();
    assertThat(out).contains("覃思远", "某某律师事务所").doesNotContain("毛建国", "毛小燕");
  }

  @Test
  void everyOfficialListedAfterOneTitleIsKept() {
    String text =
        """
        某某县人民检察院
        不起诉决定书
        　　被不起诉人舒长河，男，1970年2月3日出生，住某某县。
        　　经本院审查查明：舒长河于2025年3月在某某县盗窃电缆。
        　　本院承办检察官：管思齐、霍晓岚。
        """;
    RedactionResult r = redact(text);
    assertThat(r.redactedText()).contains("管思齐", "霍晓岚").doesNotContain("舒长河");
    assertThat(r.overRedactions()).isEmpty();
  }

  @Test
  void aProcuratorateSuingInThePublicInterestKeepsItsChiefProcurator() {
    String text =
        """
        某某市人民检察院
        民事公益诉讼起诉书
        　　公益诉讼起诉人：某某市人民检察院，住所地某某市。
        　　法定代表人：鄢明哲，检察长。
        　　被告：祝有才，男，1968年5月6日出生，住某某市。
        """;
    RedactionResult r = redact(text);
    assertThat(r.redactedText()).contains("鄢明哲").doesNotContain("祝有才");
  }

  @Test
  void aLawyerWhoseFirmIsCutByALineBreakIsKept() {
    String text =
        """
        某某省人民检察院
        行政抗诉书
        　　申请人：扎西顿珠，男，1979年8月1日出生，藏族，住某某县。
        　　委托诉讼代理人：卓玛·次仁，某某高原律
        师事务所律师。
        """;
    RedactionResult r = redact(text);
    assertThat(r.redactedText()).contains("卓玛·次仁").doesNotContain("扎西顿珠");
  }

  @Test
  void namesUnderALineOfTitlesAreKeptColumnByColumn() {
    String text =
        """
        某某县人民检察院
        起诉书
        　　被告人蓟宏图，男，1980年3月3日出生，住某某县。
        　　经依法审查查明：2024年5月，蓟宏图开设赌场。
        　　此致
        某某县人民法院
        检察官　　　　　　　　　检察官助理
        卜 语 桐　　　　　　　　危　帆
        2025年4月1日
        """;
    RedactionResult r = redact(text);
    assertThat(ResidualCheck.normalise(r.redactedText()))
        .contains("卜语桐", "危帆")
        .doesNotContain("蓟宏图");
  }

  @Test
  void aLawyerOfAFirmWithABranchInBracketsOrAndAfterItsPlaceIsKept() {
    String text =
        """
        民事抗诉书
        　　申请人：舒晓燕，女，1980年1月2日出生，住某某市。
        　　委托诉讼代理人：巫明哲，某某市中伦（深圳）律师事务所律师。
        　　委托诉讼代理人：钮志远，某某市和信律师事务所律师。
        　　本院认为，舒晓燕的申请成立。
        """;
    String out = redact(text).redactedText();
    assertThat(out).contains("巫明哲，某某市中伦（深圳）律师事务所", "钮志远，某某市和信律师事务所").doesNotContain("舒晓燕");
    assertThat(Protections.find(NormalisedText.of(text).text()).keptNames()).contains("巫明哲", "钮志远");
  }
}
