package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * An officer named by a section of a public body (科长, 大队长) or by a title only a government's
 * officer holds (副镇长) acts in office and is kept, as is a body's head whose role line follows the
 * body's address sentence; a company's head stays a person.
 */
class OfficersInTheirSectionTest {

  private static String redact(String text) {
    return new RedactionEngine().redact(RedactionRequest.of(text)).redactedText();
  }

  @Test
  void aSectionHeadOfAPublicBodyActingInOfficeIsKept() {
    String out =
        redact(
            "　　经审查查明：2024年5月，某市医疗保障局基金稽核科科长邹明远带队检查时发现病房内多名患者不在床。"
                + "某县生态环境分局执法大队大队长晏北辰证实，其接群众举报后赶到现场。被告人闵小川，男，1980年2月3日出生。");
    assertThat(out).contains("邹明远", "晏北辰").doesNotContain("闵小川");
  }

  @Test
  void aDeputyTownHeadTestifyingInOfficeIsKept() {
    String out = redact("　　镇政府分管民政工作的副镇长祁国华证实，镇里曾要求各村核查低保对象。" + "被不起诉人柴文斌，男，1975年6月7日出生，原系某村文书。");
    assertThat(out).contains("祁国华").doesNotContain("柴文斌");
  }

  @Test
  void aBureauHeadWhoseRoleLineFollowsTheBodysAddressIsKeptAndACompanysHeadIsNot() {
    String out =
        redact(
            """
            　　被申请人（一审被告）某市自然资源局，住所地某市某区滨湖路1号。法定代表人贺文杰，局长。
            　　第三人某某置业有限公司，住所地某市某区滨湖路9号。法定代表人柏子良，总经理。
            """);
    assertThat(out).contains("贺文杰").doesNotContain("柏子良");
  }

  @Test
  void anOfficerHandledInAnotherCaseIsAPartyAndMasked() {
    String out =
        redact("　　经审查查明：被告人龚立成向时任某镇副镇长的人员行贿，某县民政局社会救助科科长房正清（另案处理）收受财物。" + "被告人龚立成，男，1979年8月9日出生。");
    assertThat(out).doesNotContain("房正清", "龚立成");
  }
}
