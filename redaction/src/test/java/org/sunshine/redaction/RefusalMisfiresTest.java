package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Refusals that misfired on publishable documents: a secrecy claim the document reports and
 * rejects, a part of a month read as its first day, and a lower court's finding of minority that a
 * protest rejects.
 */
class RefusalMisfiresTest {

  private final RedactionEngine engine = new RedactionEngine();

  private RedactionResult redact(String text) {
    return engine.redact(RedactionRequest.of(text));
  }

  @Test
  void aSecrecyClaimGivenAsSomebodysReasonRefusesNothing() {
    String text =
        "检察建议书\n　　申请人卓立文向你局申请公开征收材料，你局以所申请信息涉及国家\n秘密为由不予公开。" + "经查，该材料未标注密级，你局以“涉及国家秘密”为由答复缺乏依据。\n";
    assertThat(redact(text).verdict().refusals()).isEmpty();
  }

  @Test
  void theDocumentsOwnSecrecyMarkStillRefuses() {
    String text = "起诉书\n　　本案涉及国家秘密。被告人卓立文，男，1980年5月6日出生。\n";
    assertThat(redact(text).publishable()).isFalse();
  }

  @Test
  void theMiddleOfAMonthBeginsOnTheEleventhAndItsEndOnTheTwentyFirst() {
    assertThat(OffenceDates.earliest("经依法审查查明：2022年9月中旬至2023年5月，被告人多次寻衅滋事。"))
        .isEqualTo(LocalDate.of(2022, 9, 11));
    assertThat(OffenceDates.earliest("经依法审查查明：2022年9月下旬，被告人多次寻衅滋事。"))
        .isEqualTo(LocalDate.of(2022, 9, 21));
  }

  @Test
  void anOffenderEighteenBeforeTheMiddleOfTheMonthIsPublished() {
    String text =
        "起诉书\n　　被告人卓立文，男，2004年9月5日出生，汉族，住株洲市荷塘区。\n"
            + "　　经依法审查查明：2022年9月中旬至2023年5月，被告人卓立文多次实施寻衅滋事。\n";
    assertThat(redact(text).verdict().refusals()).isEmpty();
  }

  @Test
  void aLowerCourtsFindingOfMinorityThatTheProtestRejectsRefusesNothing() {
    String text =
        "刑事抗诉书\n　　原审被告人卓立文，男，2004年3月20日出生，汉族，住株洲市荷塘区。"
            + "本案抢劫行为发生于2022年3月26日，卓立文作案时已满十八周岁。"
            + "一审法院采信辩护人提交的学籍登记表（记载出生日期为2004年9月），认定卓立文作案时系未成年人并据此减轻处罚，"
            + "该学籍资料与户籍登记相矛盾，不应采信。\n";
    RedactionResult r = redact(text);
    assertThat(r.verdict().refusals()).isEmpty();
    assertThat(ResidualCheck.normalise(r.redactedText())).doesNotContain("2004年9月");
  }

  @Test
  void aLowerCourtsFindingOfMinorityThatTheProtestAcceptsStillRefuses() {
    String text =
        "刑事抗诉书\n　　原审被告人卓立文，男，2004年3月20日出生，汉族，住株洲市荷塘区。"
            + "经依法审查查明：2022年3月26日，卓立文实施抢劫。"
            + "原判认定卓立文作案时系未成年人，据此减轻处罚，量刑畸轻。\n";
    assertThat(redact(text).publishable()).isFalse();
  }

  @Test
  void aMinorVictimIntroducedInTheAccusedsSentenceIsNoMinorOffender() {
    String text =
        "起诉书\n　　被告人卓立文，男，1968年11月3日出生，汉族，住株洲市荷塘区。\n　　经依法审查查明：\n"
            + "　　被告人卓立文与被害人祁小航（男，2010年3月15日出生，初中学生）系邻居。2024年6月24日，卓立文殴打祁小航，致其轻伤一级。\n";
    assertThat(redact(text).verdict().refusals()).isEmpty();
  }

  @Test
  void aDateOfTheFactsBeforeTheOffendersBirthIsNotTheirOffence() {
    String text =
        "起诉书\n　　被告人卓立文，男，1990年3月4日出生，住某市某区。\n"
            + "　　经依法审查查明：被告人卓立文以推销保健品为名骗取老年人钱款。被害人情况如下：\n"
            + "序号 被害人 出生日期 被骗金额（元）\n"
            + "1 郜某 1939.05.06 46,200\n"
            + "2 仉某 1944.11.20 31,800\n"
            + "　　2023年10月至2024年6月，被告人卓立文共骗取二十余名老年人钱款。\n";
    assertThat(redact(text).verdict().refusals()).isEmpty();
  }

  @Test
  void anOffenderUnder18AtAFactAfterAnEarlierDateBeforeTheirBirthIsStillRefused() {
    String text =
        "起诉书\n　　被告人卓立文，男，2007年3月4日出生，住某市某区。\n"
            + "　　经依法审查查明：被害人郜某（1939年5月6日出生）独居。"
            + "2024年10月5日，被告人卓立文入户盗窃郜某现金人民币三千元。\n";
    assertThat(redact(text).publishable()).isFalse();
  }
}
