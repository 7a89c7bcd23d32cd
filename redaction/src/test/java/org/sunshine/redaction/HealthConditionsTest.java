package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HealthConditionsTest {

  private String redact(String text) {
    return new RedactionEngine().redact(RedactionRequest.of(text)).redactedText();
  }

  @Test
  void aDiagnosisIsMaskedWithItsGrade() {
    assertThat(redact("　　经依法审查查明：被害人张建国被送至医院检查，诊断为高血压三级，未见外伤。"))
        .doesNotContain("高血压", "三级")
        .contains("诊断为**，未见外伤");
  }

  @Test
  void anInjuryGradeFromTheForensicAppraisalIsKept() {
    assertThat(redact("　　经依法审查查明：经鉴定，被害人张建国的损伤程度为轻伤二级。")).contains("轻伤二级");
  }

  @Test
  void aClotInADeepVeinOfALimbIsACondition() {
    assertThat(redact("　　经依法审查查明：申请人张建国术后并发左下肢深静脉血栓形成，现仍在治疗。"))
        .doesNotContain("深静脉血栓", "下肢深静脉")
        .contains("现仍在治疗");
  }
}
