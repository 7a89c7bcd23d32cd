package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The rule: a condition composed without a disease ending is masked when a modifier stands before
 * it (a lesion + 性 is one: 粘连性肠梗阻) or a grade after it (骨髓抑制（Ⅲ度）); an injury the case describes
 * (颅内出血, 轻伤, 骨折) is no health data and stays.
 */
class ConditionsWithoutAnEndingTest {

  private final RedactionEngine engine = new RedactionEngine();

  private String redact(String sentence) {
    String text = "起诉书\n　　被告人詹立群，男，1988年1月1日出生。\n　　经依法审查查明：" + sentence + "\n";
    return ResidualCheck.normalise(engine.redact(RedactionRequest.of(text)).redactedText());
  }

  @Test
  void aModifierBodyPartAndLesionAreMaskedAsOneCondition() {
    String out = redact("被害人祁佳音因伤遗留粘连性小肠梗阻，其母患急性肾功能衰竭，需长期治疗。");
    assertThat(out).doesNotContain("粘连", "梗阻", "肾功能", "衰竭").contains("需长期治疗");
  }

  @Test
  void aBodyPartAndLesionWithAGradeInBracketsAreMaskedWithTheGrade() {
    String out = redact("被害人祁佳音化疗期间并发骨髓抑制（Ⅲ度），后转院治疗。");
    assertThat(out).doesNotContain("骨髓", "抑制", "Ⅲ度").contains("后转院治疗");
  }

  @Test
  void anInjuryWithoutModifierOrGradeStays() {
    String out = redact("詹立群致被害人祁佳音颅内出血、左尺骨骨折，经鉴定为轻伤一级。");
    assertThat(out).contains("颅内出血", "骨折", "轻伤一级");
  }
}
