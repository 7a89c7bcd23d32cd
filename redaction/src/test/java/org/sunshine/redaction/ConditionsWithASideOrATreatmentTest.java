package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Diagnoses no list names, composed with a side (左眼, 右侧) before the body parts and a lesion no
 * injury leaves, and treatments only a disease calls for (支架植入术). A wound's side or an operation an
 * injury needs stays: injuries are no health data.
 */
class ConditionsWithASideOrATreatmentTest {

  @Test
  void aSideBodyPartsAndADiseasesLesionAreMaskedAsADiagnosis() {
    String out = redact("　　被害人甘某某注射后出现“右眼视神经萎缩”，其母经诊治后遗留左侧肢体运动障碍，需专人照护。\n");
    assertThat(out).doesNotContain("右眼视神经萎缩", "左侧肢体运动障碍", "肢体运动障碍").contains("需专人照护");
  }

  @Test
  void aSideBeforeAnInjuryStays() {
    String out = redact("　　经鉴定，被害人甘某某左侧颅内出血、右侧肋骨骨折，损伤程度为轻伤一级。\n");
    assertThat(out).contains("左侧颅内出血", "右侧肋骨骨折");
  }

  @Test
  void aTreatmentOnlyADiseaseCallsForIsMasked() {
    String out = redact("　　申请人甘某某在羁押期间行冠状动脉支架植入术，后又行肾移植术，医疗费由其自行负担。\n");
    assertThat(out).doesNotContain("支架植入术", "冠状动脉", "肾移植术").contains("医疗费由其自行负担");
  }

  @Test
  void anOperationAnInjuryNeedsStays() {
    String out = redact("　　被害人甘某某被刺伤腹部，经抢救行脾切除术，构成重伤二级。\n");
    assertThat(out).contains("行脾切除术");
  }

  private static String redact(String text) {
    RedactionResult r = new RedactionEngine().redact(RedactionRequest.of("不起诉决定书\n" + text));
    assertThat(r.publishable()).as("publishable: %s", r.verdict()).isTrue();
    return ResidualCheck.normalise(r.redactedText());
  }
}
