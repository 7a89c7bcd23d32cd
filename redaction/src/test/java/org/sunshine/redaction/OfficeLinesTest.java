package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The rule: what a public office says of itself stays — the head of a government's enforcement
 * team, a bureau's head named by what they did, the officer and the office's number in the contact
 * line a procuratorate's document closes with, a county before a minor's school — while a private
 * person's contact number, a village team's head and a minor's school are masked; a word after a
 * degree word (很, 非常) is that word, even when somebody is called by it.
 */
class OfficeLinesTest {

  private final RedactionEngine engine = new RedactionEngine();

  private String redact(String text) {
    return engine.redact(RedactionRequest.of(text)).redactedText();
  }

  @Test
  void theHeadOfAGovernmentsEnforcementTeamIsKeptAVillageTeamsHeadIsMasked() {
    String out =
        redact(
            """
            不支持监督申请决定书
            　　申请人：訾秀兰，女，1970年5月6日出生，住桐庐县城关镇青石村8号。
            　　被申请人：某某市城市管理综合行政执法队。
            　　负责人：濮志刚，该队队长。
            　　第三人：某某县青石村第三生产队。
            　　负责人：晏国梁，该队队长。
            """);
    assertThat(out).contains("濮志刚").doesNotContain("晏国梁", "訾秀兰");
  }

  @Test
  void aBureauHeadNamedByWhatTheyDidIsKept() {
    String out =
        redact(
            """
            检察建议书
            某某县市场监督管理局：
            　　本院召开公开听证会，你局局长濮志刚到会发言，表示将立即整改；你局副局长宓文涛出席。
            """);
    assertThat(out).contains("濮志刚", "宓文涛");
  }

  @Test
  void theClosingContactLineKeepsTheOfficerAndTheOfficesNumber() {
    String out =
        redact(
            """
            检察建议书
            　　被调查单位某某科技有限公司，联系人：訾秀兰，联系电话：0571-87654321。
            　　请你局在收到本检察建议书之日起两个月内书面回复本院。
            　　（联系人：濮志刚，检察官）
            　　联系人：宓文涛，联系电话：0571-88886666。

            某某县人民检察院
            2025年4月25日
            """);
    assertThat(out).contains("濮志刚", "宓文涛", "0571-88886666").doesNotContain("訾秀兰", "87654321");
  }

  @Test
  void aMinorsSchoolIsMaskedFromTheSchoolsNameNotFromTheSentenceBeforeIt() {
    String out =
        redact(
            """
            起诉书
            　　被告人訾秀兰，女，1980年5月6日出生，住桐庐县城关镇青石村8号。
            　　被害人晏小宇，男，2011年3月2日出生。
            　　案发后被害人晏小宇目前已返回桐庐县第二中学初二（3）班就读。
            """);
    assertThat(out).contains("目前已返回桐庐县").doesNotContain("第二中学", "（3）班", "晏小宇");
  }

  @Test
  void aWordThatIsAlsoANameIsThatWordAfterADegreeWord() {
    String out =
        redact(
            """
            起诉书
            　　被告人高兴，男，1988年1月7日出生，住桐庐县城关镇青石村8号。
            　　证人訾秀兰证实：“他说开车回去很高兴的，我也非常高兴。”被告人高兴对此无异议。
            """);
    assertThat(out).contains("很高兴的", "非常高兴").doesNotContain("被告人高兴", "訾秀兰");
  }
}
