package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The rule: a diagnosis from the vocabulary is masked with its stage, grade or type wherever it
 * stands; a secrecy mark refuses the document wherever it stands.
 */
class DiagnosesAndSecrecyTest {

  private final RedactionEngine engine = new RedactionEngine();

  @Test
  void aConditionWithoutACueIsMaskedWithItsStage() {
    RedactionResult r =
        engine.redact(
            RedactionRequest.of("起诉书\n　　被害人祁佳音系肺癌Ⅲ期患者，其父有2型糖尿病病史，其母因重度抑郁障碍住院，证人肝硬化失代偿期。\n"));
    String out = ResidualCheck.normalise(r.redactedText());
    assertThat(out).doesNotContain("肺癌", "Ⅲ期", "糖尿病", "2型", "抑郁障碍", "重度", "肝硬化", "失代偿期");
  }

  @Test
  void anInjuryIsNoCondition() {
    RedactionResult r = engine.redact(RedactionRequest.of("起诉书\n　　经鉴定，被害人祁佳音左尺骨骨折，损伤程度为轻伤二级。\n"));
    assertThat(r.redactedText()).contains("骨折", "轻伤二级");
  }

  @Test
  void aSecrecyMarkAtTheEndRefuses() {
    RedactionResult r = engine.redact(RedactionRequest.of("起诉书\n　　被告人贝立群盗窃一案。\n　　（本文书含有国家秘密事项）\n"));
    assertThat(r.publishable()).isFalse();
    RedactionResult marked = engine.redact(RedactionRequest.of("密级：机密\n起诉书\n　　被告人贝立群盗窃一案。\n"));
    assertThat(marked.publishable()).isFalse();
  }

  @Test
  void aStatementThatNoSecretIsInvolvedRefusesNothing() {
    RedactionResult r =
        engine.redact(RedactionRequest.of("检察建议书\n　　某某局：\n　　请依法整改。\n（本检察建议书不涉及国家秘密、商业秘密和个人隐私）\n"));
    assertThat(r.verdict().refusals())
        .noneSatisfy(x -> assertThat(x.reason()).isEqualTo(RefusalReason.STATE_SECRET));
    RedactionResult secret = engine.redact(RedactionRequest.of("检察建议书\n　　本案涉及国家秘密。\n"));
    assertThat(secret.publishable()).isFalse();
  }
}
