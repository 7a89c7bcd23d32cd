package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rule (RULES.md §1): a document is withheld when one of its own offenders was under 18 at the
 * offence — the age computed from dates in any written form, the earliest date of a period deciding
 * — or when a sexual crime has a minor victim. A minor victim of another crime, and a minor
 * co-offender handled in another case, are masked and the document published, unless the policy
 * switch refuses minor co-offenders.
 */
class MinorsRefusalTest {

  private final RedactionEngine engine = new RedactionEngine();

  private RedactionResult redact(String text, RedactionPolicy policy) {
    return engine.redact(
        new RedactionRequest(text, null, List.of(), PseudonymMap.empty(), policy, null));
  }

  private RedactionResult redact(String text) {
    return redact(text, RedactionPolicy.defaults());
  }

  private void assertRefusedForAMinorOffender(String text) {
    RedactionResult r = redact(text);
    assertThat(r.publishable()).isFalse();
    assertThat(r.verdict().refusals())
        .anySatisfy(x -> assertThat(x.reason()).isEqualTo(RefusalReason.MINOR_OFFENDER));
  }

  @Test
  void anOffenderOf17AtAPeriodWrittenInChineseNumeralsIsRefusedInAProtest() {
    String text =
        """
        某某市人民检察院
        刑事抗诉书
        某检刑抗〔2025〕3号
        　　原审被告人武晓川，男，二〇〇六年八月十日出生，汉族，住某某市。
        　　某某区人民法院审理某某区人民检察院指控原审被告人武晓川犯盗窃罪一案，于2025年5月10日作出（2025）某刑初12号刑事判决。
        　　原判认定：2023年7月至10月，原审被告人武晓川多次入户盗窃。
        　　本院认为，原判量刑畸轻，提出抗诉。
        """;
    assertRefusedForAMinorOffender(text);
  }

  @Test
  void anOffendersBirthDateWhoseWordAWrapCutIsStillRead() {
    String text =
        """
        某某市人民检察院
        刑事抗诉书
        某检刑抗〔2024〕5号
        　　原审被告人韦小林，男，2005年10月3日出
        生，汉族，初中文化，无业，住某某市某某区
        某某街道某某路12号。2023年6月2日因涉嫌抢劫罪被刑
        事拘留。
        　　某某区人民法院审理某某区人民检察院指控原审被告人韦小林犯抢劫罪一案，于2024年1月9日作出判决。
        　　原判认定：2023年6月1日凌晨，原审被告人韦小林持刀抢劫路人财物。
        　　本院认为，原判量刑畸轻，提出抗诉。
        """;
    assertRefusedForAMinorOffender(text);
  }

  @Test
  void aSecondOffendersLineAfterAnUnindentedOneIsReadOnItsOwn() {
    String text =
        """
        某某县人民检察院
        起诉书
        被告人甲伟明，男，1980年1月2日出生，汉族，住某某县解放路18号
        被告人乙小红，女，2008年3月4日出生，汉族，住某某县人民路9号
        经依法审查查明：2023年1月5日，被告人甲伟明、乙小红在某某县盗窃财物。
        """;
    assertRefusedForAMinorOffender(text);
  }

  @Test
  void anOffencePeriodSummedUpBeforeTheFactsHeadingStillDatesTheOffence() {
    String text =
        """
        某某市人民检察院
        刑事抗诉书
        某检刑抗〔2024〕8号
        　　原审被告人冯立军，男，2003年4月2日出生，汉族，住某某市。
        　　某某区人民法院于2022年3月9日作出（2022）某刑初77号刑事判决。
        　　一、原判遗漏犯罪事实。原判仅认定2020年9月至11月间冯立军两次贩卖毒品。经本院调取卷宗查明，同一期间冯立军还另行贩卖毒品四次。
        　　本院认为，原判认定事实有遗漏，提出抗诉。
        """;
    assertRefusedForAMinorOffender(text);
  }

  @Test
  void aBirthDateSaidAgainInTheFactsIsNotTheOffenceDate() {
    String text =
        """
        刑事抗诉书
        　　原审被告人韦天明，男，2004年6月8日出生，汉族。
        　　本院审查认为，原判认定事实错误。经查，其户籍证明载明其出生于2004年6月8日，本案发生于2022年6月20日凌晨，韦天明作案时已满十八周岁。
        """;
    assertThat(redact(text).publishable()).isTrue();
  }

  @Test
  void aMinorAgeTheDocumentSaysWasWronglyFoundDoesNotRefuse() {
    String text =
        """
        刑事抗诉书
        　　原审被告人韦天明，男，二〇〇四年六月八日出生，汉族。
        　　一、原判认定韦天明犯罪时未满十八周岁，系认定事实错误。经查，本案发生于2022年6月20日，韦天明作案时已满十八周岁，不应适用《中华人民共和国刑法》第十七条第四款关于未成年人犯罪从轻处罚的规定。
        """;
    assertThat(redact(text).publishable()).isTrue();
  }

  @Test
  void aMinorAgeWrittenInDigitsOrInWordsRefusesAlike() {
    for (String age : new String[] {"十八", "18"}) {
      String text =
          """
          不起诉决定书
          　　被不起诉人韩小东，男，汉族，住某某市。
          　　经本院依法审查查明：被不起诉人韩小东作案时未满%s周岁，于2024年5月盗窃手机一部。
          """
              .formatted(age);
      assertThat(redact(text).publishable()).as(age).isFalse();
    }
  }

  @Test
  void minorWordingNextToAnotherRejectedClaimOrAnotherProvisionStillRefuses() {
    String[] sentences = {
      "犯罪嫌疑人李晓峰作案时未满18周岁，其辩护人提出的李晓峰系从犯的意见与事实不符，本院不予采纳。", "对其不宜适用羁押性强制措施，且犯罪嫌疑人李晓峰系未成年人。"
    };
    for (String sentence : sentences) {
      String text =
          """
          不起诉决定书
          　　被不起诉人李晓峰，男，汉族，住某某市。
          　　经本院依法审查查明：2024年5月，被不起诉人李晓峰盗窃手机一部。%s
          """
              .formatted(sentence);
      assertThat(redact(text).publishable()).as(sentence).isFalse();
    }
  }

  @Test
  void aDateTheOffenceHappenedOnIsNoBirthDate() {
    String text =
        """
        起诉书
        　　被告人贺一鸣，男，2001年8月3日出生，汉族。
        　　经依法审查查明：2019年5月10日晚，被告人贺一鸣入户盗窃，该起盗窃发生于2019年5月10日。2020年3月2日被刑事拘留。
        """;
    assertThat(redact(text).publishable()).isFalse();
  }

  @Test
  void anAdultOffenderOfThatPeriodIsPublished() {
    String text =
        """
        起诉书
        　　被告人武晓川，男，2005.6.1出生，汉族。
        　　经依法审查查明：2023年7月至10月，被告人武晓川多次入户盗窃。
        """;
    assertThat(redact(text).publishable()).isTrue();
  }

  @Test
  void aMinorVictimOfATheftIsMaskedNotRefused() {
    String text =
        """
        起诉书
        　　被告人雷鸣远，男，1990年2月2日出生。
        　　经依法审查查明：2025年3月3日，被告人雷鸣远在某中学门口抢走被害人边小禾（系未成年人，2011年4月4日出生）的手机一部，价值人民币3000元。
        """;
    RedactionResult r = redact(text);
    assertThat(r.publishable()).as("%s", r.verdict()).isTrue();
    assertThat(ResidualCheck.normalise(r.redactedText())).doesNotContain("边小禾", "2011");
  }

  @Test
  void aMinorCoOffenderHandledInAnotherCaseIsMaskedNotRefused() {
    String text =
        """
        起诉书
        　　被告人窦志强，男，1995年1月1日出生。
        　　犯罪嫌疑人窦小军（另案处理），男，2008年9月9日出生。
        　　经依法审查查明：2025年6月6日，被告人窦志强伙同窦小军（作案时未满十八周岁，另案处理）盗窃电动车一辆。
        """;
    RedactionResult r = redact(text);
    assertThat(r.publishable()).as("%s", r.verdict()).isTrue();
    assertThat(ResidualCheck.normalise(r.redactedText())).doesNotContain("窦小军", "小军", "2008");

    RedactionPolicy strict =
        new RedactionPolicy(
            AnonymisationScope.ALL_NATURAL_PERSONS,
            EnumSet.allOf(Category.class),
            AddressStyle.UNIT_WORDS_KEPT,
            true,
            false,
            true);
    assertThat(redact(text, strict).publishable()).isFalse();
  }

  @Test
  void theWordsCrimeAgainstMinorsAreNoMinorOffender() {
    String text =
        """
        起诉书
        　　被告人关山月，男，1980年1月1日出生。
        　　经依法审查查明：2025年1月1日，被告人关山月在某商场盗窃。本院将依法从严惩治侵害未成年人犯罪与盗窃犯罪。
        """;
    assertThat(redact(text).publishable()).isTrue();
  }

  @Test
  void anOffenderOf17IsRefusedWhenTheFactsFollowOnlyFoundOrReviewedAndFound() {
    String text =
        """
        某某市人民检察院
        刑事抗诉书
        某检刑监抗〔2025〕2号
        　　原审被告人卓远航，男，2002年2月26日出生，汉族，住某某市。
        　　某某区人民法院于2021年5月18日作出（2021）某刑初4号刑事判决，认定原审被告人卓远航犯贩卖毒品罪。
        　　一、原判仅认定2019年7月至10月间卓远航三次贩卖毒品。经本院调取证据查明，同一期间卓远航还五次贩卖毒品。
        """;
    assertThat(redact(text).verdict().refusals())
        .anySatisfy(x -> assertThat(x.reason()).isEqualTo(RefusalReason.MINOR_OFFENDER));
    String reviewed = text.replace("一、原判仅认定", "经本院审查认定：").replace("经本院调取证据查明，", "");
    assertThat(redact(reviewed).verdict().refusals())
        .anySatisfy(x -> assertThat(x.reason()).isEqualTo(RefusalReason.MINOR_OFFENDER));
  }

  @Test
  void aProtestSayingTheOffenderWasAlreadyEighteenIsPublished() {
    String text =
        """
        某某市人民检察院
        刑事抗诉书
        某检刑抗〔2025〕8号
        　　原审被告人卓远航，男，2005年3月20日出生，汉族，住某某市。
        　　一、原判认定卓远航犯罪时未满十八周岁，系认定事实错误。经查，本案发生于2023年3月26日凌晨，卓远航出生于2005年3月20日，作案时已满十八周岁，不应适用《中华人民共和国刑法》第十七条第四款的规定。
        　　本院认为，原判量刑畸轻，提出抗诉。
        检察员　赵敏
        """;
    RedactionResult r = redact(text);
    assertThat(r.publishable()).as("%s", r.verdict()).isTrue();
    assertThat(r.redactedText()).contains("2023年3月26日");
  }

  private static String scheme(String joined) {
    return """
        某某市人民检察院
        起诉书
        　　被告人蒙绍刚，男，1986年7月21日出生，住某某市。
        　　被告人依娜·买买提，女，二〇〇五年四月十一日出生，住某某市。
        　　经依法审查查明：
        　　2022年10月起，被告人蒙绍刚组织、领导传销活动，发展人员二百余人。被告人依娜·买买提于%s被介绍加入，负责授课。依娜在授课中称“一年就能做到老总”。
        　　本院认为，被告人蒙绍刚、依娜·买买提的行为触犯了《中华人民共和国刑法》第二百二十四条之一。
        """
        .formatted(joined);
  }

  @Test
  void anOffenderWhoJoinedAnEarlierSchemeAsAnAdultIsPublished() {
    // 18 on 11 April 2023: the scheme began when she was 17, her own conduct when she was 18
    RedactionResult r = redact(scheme("2023年4月13日"));
    assertThat(r.verdict().refusals())
        .noneSatisfy(x -> assertThat(x.reason()).isEqualTo(RefusalReason.MINOR_OFFENDER));
  }

  @Test
  void anOffenderWhoJoinedAsAMinorIsRefused() {
    RedactionResult r = redact(scheme("2023年4月9日"));
    assertThat(r.publishable()).isFalse();
    assertThat(r.verdict().refusals())
        .anySatisfy(x -> assertThat(x.reason()).isEqualTo(RefusalReason.MINOR_OFFENDER));
  }

  @Test
  void aDatedSentenceThatNamesNoOffenderCountsForEveryOffender() {
    String text = scheme("2023年4月13日").replace("2022年10月起，被告人蒙绍刚组织", "2022年10月起，二被告人共同组织");
    RedactionResult r = redact(text);
    assertThat(r.publishable()).isFalse();
  }

  @Test
  void theBirthDateOfAVictimInAnAccusedsLineIsNotTheAccuseds() {
    String text =
        """
        某某市人民检察院
        起诉书
        　　被告人邴建伟，男，1983年2月27日出生，住某某市。
        　　经依法审查查明：
        　　被告人邴建伟与被害人郁桂芳于2019年再婚，共同生活的还有郁桂芳与前夫所生之子郁子轩（2014年5月9日出生）。2020年下半年至2024年11月，邴建伟经常殴打郁桂芳。
        """;
    RedactionResult r = redact(text);
    assertThat(r.verdict().refusals())
        .noneSatisfy(x -> assertThat(x.reason()).isEqualTo(RefusalReason.MINOR_OFFENDER));
  }

  @Test
  void theAccusedsOwnAnnotationStillGivesTheirBirthDate() {
    String text =
        """
        某某市人民检察院
        起诉书
        　　被告人郁小军（系被害人之子，2007年3月1日出生），男，住某某市。
        　　经依法审查查明：2024年5月，被告人郁小军殴打被害人。
        """;
    assertThat(redact(text).publishable()).isFalse();
  }
}
