package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Birth dates the usual cues miss: a year in Chinese numerals cut by a line break the layout kept,
 * and the dates of a numbered list of people that has no header row (number, name, nickname, birth
 * date, native place). A table's birth dates (such a list's, or a 出生日期 column's) are no offence
 * dates, so they never make the accused a minor; in a sexual crime a minor the table lists refuses
 * the document. A numbered list of events (a date and an amount) keeps its dates.
 */
class BirthDatesCutOrListedTest {

  @Test
  void aBirthDateInChineseNumeralsCutByALineBreakIsMaskedWhole() {
    RedactionResult r =
        new RedactionEngine()
            .redact(RedactionRequest.of("不支持监督申请决定书\n　　申请人：庞某某，女，一\n九七一年五月二十日出生，汉族，无业。\n"));
    String out = ResidualCheck.normalise(r.redactedText());
    assertThat(out).doesNotContain("九七一年", "五月二十日").contains("汉族");
  }

  private static final String LIST =
      "不起诉决定书\n"
          + "　　被不起诉人贝某某，男，1988年2月9日出生，汉族，住某市某区。\n"
          + "　　经本院依法审查查明：2023年6月至10月，被不起诉人贝某某受人雇请接送下列人员往返出租屋：\n"
          + "1 喻晓岚 “岚岚” 1996年4月15日 湖南省常德市澧县\n"
          + "2 覃丽萍 “萍萍” 2003年11月2日 贵州省铜仁市思南县\n"
          + "3 蒙雅琴 “琴琴” 1990年7月21日 广西壮族自治区河池市宜州区\n"
          + "　　上述事实，有证人证言等证据证实。\n";

  @Test
  void theDatesOfANumberedListOfPeopleAreBirthDatesAndNoOffenceDates() {
    RedactionResult r = new RedactionEngine().redact(RedactionRequest.of(LIST));
    assertThat(r.publishable()).as("publishable: %s", r.verdict()).isTrue();
    String out = ResidualCheck.normalise(r.redactedText());
    assertThat(out).doesNotContain("1996年4月15日", "2003年11月2日", "1990年7月21日").contains("湖南省常德市澧县");
  }

  @Test
  void aMinorInAListOfPeopleOfASexualCrimeRefusesTheDocument() {
    String text = LIST.replace("2003年11月2日", "2006年11月2日").replace("接送下列人员", "接送下列卖淫人员");
    RedactionResult r = new RedactionEngine().redact(RedactionRequest.of(text));
    assertThat(r.publishable()).isFalse();
  }

  @Test
  void theDatesOfALabelledBirthDateColumnAreNoOffenceDates() {
    String text =
        "起诉书\n"
            + "　　被告人贝某某，男，1990年3月9日出生，汉族。\n"
            + "　　经依法审查查明：2023年5月至2024年2月，被告人贝某某以推销保健品为名骗取老年人钱款。被害人情况如下：\n"
            + "序号　被害人　出生日期　被骗金额（元）\n"
            + "1　喻某某　1941.03.05　52,000\n"
            + "2　覃某某　1939.10.20　36,400\n"
            + "　　上述事实，有转账记录等证据证实。\n";
    RedactionResult r = new RedactionEngine().redact(RedactionRequest.of(text));
    assertThat(r.publishable()).as("publishable: %s", r.verdict()).isTrue();
  }

  @Test
  void theDatesOfANumberedListOfEventsStay() {
    String text =
        "不起诉决定书\n"
            + "　　被不起诉人贝某某，男，1988年2月9日出生，汉族。\n"
            + "　　经本院依法审查查明，被害人转账情况如下：\n"
            + "1 喻晓岚 2021年4月15日 32000元\n"
            + "2 覃丽萍 2023年11月2日 8500元\n"
            + "　　上述事实，有转账记录等证据证实。\n";
    RedactionResult r = new RedactionEngine().redact(RedactionRequest.of(text));
    String out = ResidualCheck.normalise(r.redactedText());
    assertThat(out).contains("2021年4月15日", "2023年11月2日");
  }
}
