package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The rule: whatever a diagnosis label (诊断为, 确诊患有) introduces, up to the end of its clause, is a
 * diagnosis and is masked though no vocabulary names it; an injury, a reference to a disease named
 * before and a course after a label stay.
 */
class DiagnosisLabelsTest {

  private final RedactionEngine engine = new RedactionEngine();

  private String redact(String sentence) {
    String text = "起诉书\n　　被告人詹立群，男，1988年1月1日出生。\n　　经依法审查查明：" + sentence + "\n";
    return ResidualCheck.normalise(engine.redact(RedactionRequest.of(text)).redactedText());
  }

  @Test
  void whatADiagnosisLabelIntroducesIsMaskedThoughNoVocabularyNamesIt() {
    String out = redact("被害人祁佳音服药后心悸，经医院诊断为阵发性交界区心动过缓；其兄被确诊患有原发性耳廓软骨膜炎性假囊肿，需手术。");
    assertThat(out).doesNotContain("心动过缓", "交界区", "软骨膜", "假囊肿").contains("需手术", "经医院诊断为");
  }

  @Test
  void anInjuryAReferenceAndACourseAfterALabelStay() {
    String out = redact("被害人祁佳音经诊断为脾破裂，后诊断为上述疾病复发，再次诊断为病情稳定。");
    assertThat(out).contains("脾破裂", "上述疾病复发", "病情稳定");
  }
}
