package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

/**
 * The rule: what a further independent writer leaves behind is masked by a mechanism, not a word
 * list — and the words around it, and the words that merely contain a masked character, stay.
 */
class LateWriterClassesTest {

  private final RedactionEngine engine = new RedactionEngine();

  private static RedactionPolicy rulesOnly() {
    try {
      return RedactionPolicy.load(new StringReader("learned-recall=false\nhanlp-recall=false"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String redact(String text) {
    RedactionResult r =
        engine.redact(
            new RedactionRequest(text, null, null, PseudonymMap.empty(), rulesOnly(), null));
    assertThat(r.publishable()).as("publishable: %s", r.verdict()).isTrue();
    return ResidualCheck.normalise(r.redactedText());
  }

  @Test
  void aOneCharacterGivenNameUsedAloneInQuotedSpeechIsMasked() {
    String out =
        redact(
            "起诉书\n　　被告人罗斌，男，1990年2月3日出生。\n　　被告人石峰，男，1991年5月6日出生。\n"
                + "　　证人甘某证实：“那天是斌开车送过来的，峰在门口看着，天亮前就走了，明天再来。”"
                + "被告人石峰亦供称“斌负责开锁”。\n检察官　赵敏\n");
    assertThat(out).doesNotContain("斌开", "峰在", "斌负责").contains("天亮前就走了", "明天再来", "门口看着", "赵敏");
  }

  @Test
  void aOneCharacterGivenNameInAWrappedQuoteCalledOutOrAfterACompoundSurnameIsMasked() {
    String out =
        redact(
            "申诉复查决定书\n　　申诉人芦振江，男，1950年3月1日出生。其子芦海结婚后居住于东厢房。\n"
                + "　　原审被告人欧阳坤，男，1980年1月1日出生。\n"
                + "　　申诉人在听证中陈述：“那三间厢房\n是给海娶媳妇盖的。”"
                + "证人郑某证实，芦振江对其子称“海 ， 你先回去”。"
                + "证人周某证实：“坤当时签了字，东厢房归他。”\n检察官　赵敏\n");
    assertThat(out).doesNotContain("海娶", "“海", "坤当时").contains("那三间厢房", "东厢房归他", "你先回去", "赵敏");
  }

  @Test
  void aDefenderWhoIsTheAccusedsRelativeIsMaskedAndALawyerDefenderIsKept() {
    String out =
        redact(
            "不起诉决定书\n　　被不起诉人柴文涛，男，2004年1月9日出生。\n　　辩护人柯月琴，系被不起诉人之母。\n"
                + "　　辩护人钟伟明，北京市某某律师事务所律师。\n　　柴文涛在柯月琴陪同下投案。"
                + "辩护人柯月琴提交了证明，辩护人钟伟明提出意见。\n检察官　赵敏\n");
    assertThat(out).doesNotContain("柯月琴", "月琴").contains("钟伟明", "赵敏");
  }

  @Test
  void defendersListedTogetherAreKeptUnlessTheDocumentMakesOneARelative() {
    String out =
        redact(
            "起诉书\n　　被告人覃立勇，男，1989年1月1日出生。\n"
                + "　　本院依法讯问了被告人，听取了辩护人向红梅、谷建新、柯月琴的意见。被告人之母柯月琴亦到场。\n"
                + "　　辩护人钟伟明、被告人覃立勇之妻何小燕到场。\n检察官　赵敏\n");
    assertThat(out).contains("向红梅", "谷建新", "钟伟明", "赵敏").doesNotContain("柯月琴", "何小燕", "覃立勇");
  }

  @Test
  void aNameBeforeTheWordForABrandIsTheBrandAndStays() {
    String out =
        redact(
            "起诉书\n　　被告人禚立成，男，1979年4月2日出生。\n　　禚立成窃走被害人安踏经营的商店内安踏牌运动鞋两双。" + "被害人安踏陈述属实。\n检察官　赵敏\n");
    assertThat(out).contains("安踏牌运动鞋").doesNotContain("被害人安踏");
  }

  @Test
  void anAcuteComplicationOfADiseaseIsAHealthCondition() {
    String out = redact("检察建议书\n　　犯罪嫌疑人禚立成羁押期间出现糖尿病酮症酸中毒，后又发生低血糖昏迷，经抢救脱险。\n检察官　赵敏\n");
    assertThat(out).doesNotContain("酮症酸中毒", "低血糖昏迷").contains("经抢救脱险");
    String spine = redact("检察建议书\n　　申请人禚立成患有腰椎间盘突出，长期卧床，另患颈椎病。\n检察官　赵敏\n");
    assertThat(spine).doesNotContain("椎间盘", "颈椎病").contains("长期卧床");
  }

  @Test
  void aMinorVictimsParagraphWithABirthDateRefusesASexualCrimeDocument() {
    String text =
        "起诉书\n　　被告人禚立成，男，1979年4月2日出生。\n　　被害人柯小雨，女，2011年3月8日出生，系某中学学生。"
            + "2024年5月6日，禚立成对柯小雨实施猥亵。\n检察官　赵敏\n";
    RedactionResult r =
        engine.redact(
            new RedactionRequest(text, null, null, PseudonymMap.empty(), rulesOnly(), null));
    assertThat(r.publishable()).isFalse();
    RedactionResult adult =
        engine.redact(
            new RedactionRequest(
                text.replace("2011年3月8日", "1991年3月8日"),
                null,
                null,
                PseudonymMap.empty(),
                rulesOnly(),
                null));
    assertThat(adult.publishable()).as("%s", adult.verdict()).isTrue();
  }

  @Test
  void aConditionThatNamesAHospitalIsKeptWithTheHospital() {
    String out = redact("起诉书\n　　被告人禚立成，男，1979年4月2日出生。\n　　禚立成经某省肿瘤医院诊断患有肺癌，后转至某市精神病防治院。\n检察官　赵敏\n");
    assertThat(out).contains("肿瘤医院", "精神病防治院").doesNotContain("肺癌");
  }

  @Test
  void aNicknameOnTheFirstCharacterOfATwoCharacterGivenNameIsMasked() {
    String out = redact("起诉书\n　　被告人欧阳慧敏，女，1988年8月1日出生。\n　　证人禚某证实：“大家叫她慧姐，钱都转给她。”\n检察官　赵敏\n");
    assertThat(out).doesNotContain("慧姐").contains("钱都转给她");
  }

  @Test
  void aRelativesFullNameAfterAKinshipWordIsMaskedEvenWhenItsSurnameStartsAWord() {
    String out = redact("起诉书\n　　被告人韩立军，男，1970年1月1日出生。\n　　其母包金凤年近八旬，由被告人照料。\n检察官　赵敏\n");
    assertThat(out).doesNotContain("包金凤").contains("年近八旬");
  }

  @Test
  void aQuotedNameTheDocumentCallsAnAliasIsMasked() {
    String out =
        redact(
            "起诉书\n　　被告人韩立军，男，1970年1月1日出生。\n　　证人“果果”（化名，真实姓名：禚一帆）证实：看见了。"
                + "果果还证实，韩立军先动手。\n检察官　赵敏\n");
    assertThat(out).doesNotContain("果果", "禚一帆").contains("先动手");
  }

  @Test
  void aProcuratorsFiveCharacterNameClosingTheSignatureLineIsKept() {
    String out = redact("起诉书\n　　被告人韩立军，男，1970年1月1日出生。\n　　被害人乌兰其木格受伤。\n" + "　　　　　　　　　　检察官　阿拉坦其其格\n");
    assertThat(out).contains("阿拉坦其其格");
  }

  @Test
  void anOfficialWhoTestifiesAboutTheCaseIsAWitnessAndMasked() {
    String out =
        redact(
            "撤销案件决定书\n　　犯罪嫌疑人禚立成，男，1969年3月2日出生。\n　　同案书记员柴文博证实，其曾提醒禚立成。\n" + "　　　　　　　　　　检察官　赵敏\n");
    assertThat(out).doesNotContain("柴文博").contains("书记员", "赵敏");
  }

  @Test
  void aSentenceWhoseRestIsSetUnderAHangingIndentIsOneSentence() {
    String out =
        redact(
            "撤销案件决定书\n　　犯罪嫌疑人禚立成，男，1969年3月2日出生，汉族，户籍地河南省商水县城关乡\n"
                + "　　　　　　　　　　　　李家寨村西组12号，住河南省周口市川汇区某某小区5号楼\n"
                + "　　　　　　　　　　　　2单元301室。\n　　本院认为，应当撤销案件。\n"
                + "　　　　　　　　　　检察官　赵敏\n　　　　　　　　　　2025年3月1日\n");
    assertThat(out).doesNotContain("李家寨", "西组", "12号", "301").contains("赵敏", "2025年3月1日");
  }

  @Test
  void premisesTheAccusedHoldsAreAnAddressWhenAScanLeavesASpaceAfterTheirParticle() {
    String out = redact("检察建议书\n　　禚立成在其位于山东省某某市某某区青石镇东苑社区二组18号的　麻将馆内组织赌博。\n检察官　赵敏\n");
    assertThat(out).doesNotContain("青石", "东苑", "18号").contains("麻将馆内组织赌博");
  }

  @Test
  void aConjunctionThatStartsAWordAfterANameJoinsNoSecondPerson() {
    String out =
        redact(
            "撤销案件决定书\n　　犯罪嫌疑人禚立成，男，1969年3月2日出生。\n　　书记员曾提醒禚立成及时冻结账户，禚立成和平时一样未予理会。\n" + "检察官　赵敏\n");
    assertThat(out).contains("及时冻结账户", "和平时一样").doesNotContain("禚立成");
  }

  @Test
  void thePersonACaseIsNamedAfterIsMaskedWithTheirLatinSpelling() {
    String out =
        redact(
            "检察建议书\n某某县市场监督管理局：\n　　本院在办理阿南（ANAN）非法经营一案中发现，阿南在其租用的仓库内存放假烟。"
                + "本院在办理禚立成开设赌场一案中发现，禚立成多次组织赌博。本院在审查起诉一案中依法办理。\n检察官　赵敏\n");
    assertThat(out)
        .doesNotContain("阿南", "ANAN", "禚立成")
        .contains("非法经营一案", "开设赌场一案", "审查起诉一案", "赵敏");
  }

  @Test
  void aRelativeNamedByOneLatinWordBesideTheCharactersIsMaskedInBothScripts() {
    String out =
        redact("起诉书\n　　被告人禚立成，男，1979年4月2日出生。\n　　被告人禚立成的岳父巴颂（PRASONG）代为退赔，被告人使用（WIFI）联网。\n检察官　赵敏\n");
    assertThat(out).doesNotContain("巴颂", "PRASONG").contains("代为退赔", "WIFI");
  }

  @Test
  void aTableRowsPhoneCutAfterItsFirstDigitDoesNotSwallowTheNextRowsNumber() {
    String row = "序号　姓名　金额（元）　联系电话\n";
    StringBuilder text = new StringBuilder("起诉书\n　　被告人禚立成，男，1979年4月2日出生。\n　　集资参与人情况如下：\n" + row);
    text.append("1　柯明远　73034　13810930216\n");
    text.append("2　武氏兰（VU THI LAN）　25538　1\n3627751719\n");
    text.append("3　禚海涛　81535　15535075603\n");
    text.append("4　柴文博　6747　13143921377\n");
    text.append("5　钟秀梅　32930　15140472613\n");
    text.append("检察官　赵敏\n");
    String out = redact(text.toString());
    assertThat(out).doesNotContain("3627751719", "15535075603", "武氏兰").contains("81535");
  }
}
