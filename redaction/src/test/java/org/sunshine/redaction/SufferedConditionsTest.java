package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A condition a person is said to suffer from (患有…, 2019年患…所致), a cause of death that is a disease,
 * and a medicine taken for one condition only tell the person's health; injuries stay.
 */
class SufferedConditionsTest {

  private String redact(String text) {
    return new RedactionEngine().redact(RedactionRequest.of(text)).redactedText();
  }

  @Test
  void whatAPersonIsSaidToSufferFromIsMaskedUpToTheClausesEnd() {
    assertThat(redact("　　经依法审查查明：柯某左眼失明系2019年患角膜白斑所致，另患有慢性荨麻疹多年。"))
        .doesNotContain("角膜白斑", "荨麻疹")
        .contains("所致", "多年");
  }

  @Test
  void aMedicineTakenForOneConditionOnlyIsMaskedAndAHazardOrAPatientIsNoLabel() {
    assertThat(redact("　　经依法审查查明：葛某长期服用卡马西平，其诊所存在安全隐患，患者到场。"))
        .doesNotContain("卡马西平")
        .contains("安全隐患", "患者到场");
  }

  @Test
  void aSuddenCardiacDeathAndAnAcuteKidneyInjuryAreConditionsAFractureIsNot() {
    assertThat(redact("　　经依法审查查明：柯某死亡原因为心源性猝死。葛某输液后出现急性肾损伤，另致其左股骨骨折。"))
        .doesNotContain("心源性猝死", "急性肾损伤")
        .contains("左股骨骨折");
  }
}
