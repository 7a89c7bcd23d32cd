package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Classes two unseen sets of the sixth session showed: an offender dated only in the narrative of a
 * protest, minors who are the offender's customers, an autonomous county whose name starts like a
 * witness's, a company named again across a wrap, a preposition read as a surname.
 */
class NarrativeAgesAndWrappedNamesTest {

  private final RedactionEngine engine = new RedactionEngine();

  private RedactionResult redact(String text) {
    return engine.redact(RedactionRequest.of(text));
  }

  @Test
  void anOffenderBornInABracketOfTheNarrativeWhoWasSeventeenRefusesTheProtest() {
    String text =
        "刑事抗诉书\n　　某区人民法院以刑事判决书对被告人邝一鸣、祁向东贩卖毒品一案作出判决。本院审查后认为：\n"
            + "　　一、原判遗漏认定事实。经查，邝一鸣（2007年9月2日出生，户籍所在地某县某镇）另于2025年3月4日"
            + "向吸毒人员贩卖甲基苯丙胺0.5克。\n"
            + "　　二、祁向东（1990年1月5日出生）曾于2012年因盗窃罪被判处有期徒刑一年。\n";
    RedactionResult r = redact(text);
    assertThat(r.publishable()).isFalse();
    assertThat(r.verdict().refusals())
        .anyMatch(x -> x.reason() == RefusalReason.MINOR_OFFENDER && x.evidence().contains("2025"));
  }

  @Test
  void anAdultBornInABracketOfTheNarrativePublishes() {
    String text =
        "刑事抗诉书\n　　某区人民法院以刑事判决书对被告人邝一鸣盗窃一案作出判决。本院审查后认为：\n"
            + "　　经查，邝一鸣（1990年1月5日出生）于2024年3月10日盗窃财物，被害人祁小东（2012年3月15日出生）系在校学生。\n";
    assertThat(redact(text).verdict().refusals()).isEmpty();
  }

  @Test
  void aMinorOnTheOtherSideOfAnAppealIsNoOffender() {
    String text =
        "刑事附带民事裁定书\n上诉人（原审被告人）邝一鸣，男，1970年1月2日出生，住某市。\n"
            + "被上诉人（原审附带民事诉讼原告人）祁小红，女，住某市。\n"
            + "经审理查明，2024年3月10日，上诉人邝一鸣驾驶货车撞伤被上诉人祁小红（2012年5月1日出生），致其轻伤。\n";
    assertThat(redact(text).verdict().refusals()).isEmpty();
  }

  @Test
  void aCoOffenderHandledInAnotherCaseIsNoOffenderOfThisDocument() {
    String text =
        "刑事抗诉书\n原审被告人邝一鸣，男，1990年1月1日出生，住某市。\n"
            + "2024年3月10日，原审被告人邝一鸣伙同犯罪嫌疑人祁小东（另案处理）盗窃财物。经查，祁小东（2008年3月1日出生）系在校学生。\n";
    assertThat(redact(text).verdict().refusals()).isEmpty();
  }

  @Test
  void theAccusedSaidToBeMinorsAsAGroupStillRefuse() {
    String text = "起诉书\n　　被告人邝一鸣、祁小东在某市盗窃财物。\n　　经查，上述人员系未成年人。\n";
    assertThat(redact(text).publishable()).isFalse();
  }

  @Test
  void anAutonomousCountysHospitalDoesNotShieldTheWitnessBeforeIt() {
    String text =
        "起诉书\n　　被告人邝一鸣，男，1980年5月6日出生。\n" + "　　证人李芳系江华瑶族自治县人民医院医生，证人王建国系湘西土家族苗族自治州公安局民警。邝一鸣殴打李芳。\n";
    String out = redact(text).redactedText();
    assertThat(out).doesNotContain("李芳").doesNotContain("王建国").contains("江华瑶族自治县人民医院");
  }

  @Test
  void minorsTheOffenderKnowinglyServedAreNoMinorOffender() {
    String text =
        "民事公益诉讼起诉书\n　　被告邝一鸣，男，1980年5月6日出生，系某网吧经营者。\n"
            + "　　被告邝一鸣在明知部分上网人员系未成年人的情况下，仍多次接纳未成年人进入网吧上网。\n";
    assertThat(redact(text).verdict().refusals()).isEmpty();
  }

  @Test
  void anOffenderSaidToBeAMinorStillRefuses() {
    String text = "起诉书\n　　被告人邝一鸣（系未成年人），男，住某县某镇。\n　　经依法审查查明：2024年6月，被告人邝一鸣盗窃财物。\n";
    assertThat(redact(text).publishable()).isFalse();
  }

  @Test
  void aWitnessNamedLikeTheAutonomousCountyDoesNotRefuseTheDocument() {
    String text =
        "湖南省永州市江华瑶族自治县人民检察院\n不起诉决定书\n"
            + "　　被不起诉人邝一鸣，男，1980年5月3日出生，住某镇某村五组。\n"
            + "　　本案由江华瑶族自治县公安局侦查终结。经本院审查查明：2023年10月，邝一鸣与邻居争执，将其打伤。"
            + "证人江华证实：“两家吵了好几年了。”\n　　上述事实，有证人江华的证言等证据证实。\n"
            + "湖南省永州市江华瑶族自治县人民检察院\n";
    RedactionResult r = redact(text);
    assertThat(r.verdict().refusals()).isEmpty();
    assertThat(r.redactedText()).contains("江华瑶族自治县公安局").doesNotContain("证人江华");
  }

  @Test
  void aCompanysNameWrappedAtAnotherOccurrenceIsMaskedThereToo() {
    String text = "被告单位固原市青松岭农旅发展有限公司，住所地原州区。被告单位固原\n市青松岭农旅发展有限公司未经批准吸收存款。";
    String company = "固原市青松岭农旅发展有限公司";
    Findings findings = new Findings();
    int at = text.indexOf(company);
    findings.add(
        at,
        at + company.length(),
        text,
        Category.COMPANY_NAME,
        "被告单位",
        "company-trade-name",
        0.9,
        "固原市**岭农旅发展有限公司");
    Recurrences.find(text, text, findings);
    int wrapped = text.indexOf("固原\n市");
    assertThat(findings.all())
        .anyMatch(f -> f.start() == wrapped && f.text().equals("固原\n" + company.substring(2)));
  }

  @Test
  void aCommonSurnameThatIsAlsoAPrepositionStaysAName() {
    String text =
        "起诉书\n　　被告人邝一鸣，男，1980年5月6日出生。\n" + "　　经依法审查查明：2024年3月，邝一鸣盗窃财物后，随后于海龙驾车将其接走。经查，于海龙系邝一鸣同乡。\n";
    assertThat(redact(text).redactedText()).doesNotContain("于海龙");
  }

  @Test
  void aNumberedLiIsPartOfThePlacesNameNotALane() {
    assertThat(AddressUnits.components("碾伯镇七里店社区古城路98号院2排3号")).contains("七里店社区");
    assertThat(AddressUnits.components("城关镇十里铺村3组")).contains("十里铺村");
    assertThat(AddressUnits.components("朝阳区花家地北里5号")).contains("花家地北里");
  }

  @Test
  void aShopNamedAfterAFamilyIsNoPerson() {
    String text =
        "民事公益诉讼起诉书\n　　被告邝一鸣，男，1980年5月6日出生，系某县城关镇“邝氏网咖”经营者。\n"
            + "　　被告邝一鸣经营的“秦氏网咖\n第1页\n”多次接纳他人上网。\n";
    assertThat(redact(text).redactedText()).contains("秦氏网咖");
  }
}
