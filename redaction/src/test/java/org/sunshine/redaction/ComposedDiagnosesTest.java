package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The rule: a diagnosis composed of modifiers, a body part or function, a lesion and a disease
 * ending (病, 症, 综合征) is masked whole with its grade, though no list names it; a condition inside a
 * charge's name and the legal term 精神病人 stay.
 */
class ComposedDiagnosesTest {

  private final RedactionEngine engine = new RedactionEngine();

  private String redact(String sentence) {
    String text = "起诉书\n　　被告人詹立群，男，1988年1月1日出生。\n　　经依法审查查明：" + sentence + "\n";
    return ResidualCheck.normalise(engine.redact(RedactionRequest.of(text)).redactedText());
  }

  @Test
  void aDiagnosisOfBodyPartLesionAndEndingIsMaskedWhole() {
    String out = redact("被告人詹立群称其母亲身患肾包虫病，其父患慢性胆囊结石病多年。");
    assertThat(out).doesNotContain("包虫", "结石").contains("其母亲身患**");
  }

  @Test
  void aSyndromeOfSeveralPartsAndLesionsIsMaskedWithItsGrade() {
    String out = redact("经鉴定，被害人祁佳音患中枢性睡眠呼吸暂停低通气综合征（中度），需长期治疗。");
    assertThat(out).doesNotContain("睡眠", "呼吸暂停", "综合征", "中度").contains("需长期治疗");
  }

  @Test
  void aBodyPartWithAnEndingButNoLesionIsNoComposedDiagnosis() {
    String out = redact("被告人詹立群在心脏病医院附近的肝胆外科门口等候，后前往呼吸科。");
    assertThat(out).contains("肝胆外科", "呼吸科");
  }

  @Test
  void aConditionInsideAChargesNameIsKept() {
    String out = redact("被告人詹立群明知自己患有梅毒仍卖淫，其行为构成传播性病罪。");
    assertThat(out).contains("传播性病罪").doesNotContain("梅毒");
  }

  @Test
  void theLegalTermForAMentallyIllOffenderIsKept() {
    String out = redact("依照刑法第十八条，依法不负刑事责任的精神病人由政府强制医疗；被害人祁佳音患精神分裂症。");
    assertThat(out).contains("不负刑事责任的精神病人").doesNotContain("精神分裂");
  }

  @Test
  void aVirusWithItsAbbreviationAndInfectionIsMaskedWhole() {
    String out = redact("经检测，吸毒人员祁佳音系人类免疫缺陷病毒（HIV）感染者，另一人系乙型肝炎病毒携带者。");
    assertThat(out).doesNotContain("免疫缺陷", "HIV", "感染者", "乙型肝炎", "携带者");
  }
}
