package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The school a child attends is masked with or without a grade (就读于…第二小学, 在…寄宿制学校就读): it tells
 * where the child is found each day. The county before it, a university and a school named as a
 * place of work stay.
 */
class EnrolledSchoolsTest {

  @Test
  void aPupilsSchoolWithoutAGradeIsMasked() {
    String out = redact("　　被害人农晓萱，女，2015年10月2日出生，就读于隆安县那桐镇第三小学。\n");
    assertThat(out).doesNotContain("那桐镇第三小学").contains("隆安县");
  }

  @Test
  void aSchoolBeforeItsVerbIsMasked() {
    String out = redact("　　申请人的两个孩子均在贵德县河阴镇民族寄宿制学校就读，家庭困难。\n");
    assertThat(out).doesNotContain("民族寄宿制学校").contains("贵德县", "家庭困难");
  }

  @Test
  void aUniversityAndAWorkplaceStay() {
    String out = redact("　　申请人之子就读于西北民族大学，申请人在城关镇中心学校任教。\n");
    assertThat(out).contains("西北民族大学", "城关镇中心学校任教");
  }

  @Test
  void theSchoolStartsAfterTheVerbAndTheDateBeforeItWhichStay() {
    String out = redact("　　吴正林于2024年11月18日下午接送西江镇第二小学学生放学，车内共载学生16人。\n");
    assertThat(out).doesNotContain("西江镇第二小学").contains("2024年11月18日下午接送", "放学");
  }

  private static String redact(String text) {
    RedactionResult r = new RedactionEngine().redact(RedactionRequest.of("司法救助决定书\n" + text));
    assertThat(r.publishable()).as("publishable: %s", r.verdict()).isTrue();
    return ResidualCheck.normalise(r.redactedText());
  }
}
