package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A treatment only a condition calls for (化疗, 血液透析, 抗病毒治疗, 骨髓移植, 支架植入术), a pregnancy (怀孕, 妊娠剧吐,
 * 孕32周) and a lasting state a disease leaves (言语功能障碍, 植物状态) tell a person's health as a diagnosis
 * does and are masked. A crime's injury, the costs of treatment, a statute's words and a language
 * barrier stay. Texts written for these tests.
 */
class TreatmentsPregnanciesAndLastingStatesTest {

  @Test
  void aTreatmentOnlyAConditionCallsForIsMasked() {
    String out =
        redact(
            "　　经查，申请人柏秋容在外地接受化疗，其夫需长期维持性血液透析，其子正在接受抗病毒治疗，" + "其父曾行支架植入术，其女行骨髓移植，医疗费共计人民币12万元。\n");
    assertThat(out).doesNotContain("化疗", "血液透析", "抗病毒治疗", "支架植入术", "骨髓移植").contains("医疗费共计人民币12万元");
  }

  @Test
  void aPregnancyAndItsWeeksAreMaskedButTheStatutesWordsStay() {
    String out = redact("　　申请人柏秋容因怀孕被公司辞退，后因妊娠剧吐住院，入院时孕12周。依照法律规定，审判的时候怀孕的妇女，不适用死刑。\n");
    assertThat(out).doesNotContain("因怀孕被", "妊娠剧吐", "孕12周").contains("审判的时候怀孕的妇女");
  }

  @Test
  void aLastingStateADiseaseLeavesIsMasked() {
    String out = redact("　　被害人柏秋容现患有脑梗死后遗症，言语功能障碍，另一被害人现为颅脑损伤后植物状态。\n");
    assertThat(out).doesNotContain("言语功能障碍", "植物状态");
  }

  @Test
  void aDelusionByItsThemeAndAHallucinationByItsSenseAreMasked() {
    String out = redact("　　经鉴定，被不起诉人柏秋容案发时受被害妄想及命令性幻听支配，无刑事责任能力。\n");
    assertThat(out).doesNotContain("被害妄想", "幻听").contains("无刑事责任能力");
  }

  @Test
  void aPregnancysLengthInWordsAndARecurrentMiscarriageAreMasked() {
    String out = redact("　　被害人当时怀孕约二十周，既往有习惯性流产史，医生建议卧床休息。\n");
    assertThat(out).doesNotContain("怀孕约二十周", "习惯性流产").contains("医生建议卧床休息");
  }

  @Test
  void anInjuryTheCostsOfTreatmentAndALanguageBarrierStay() {
    String out =
        redact(
            "　　被不起诉人柏秋容持木棍击打被害人，致其右尺骨骨折，经鉴定为轻伤二级，花费治疗费人民币8000元。" + "因被不起诉人存在语言障碍，本院为其聘请了翻译人员。\n");
    assertThat(out).contains("右尺骨骨折", "轻伤二级", "治疗费人民币8000元", "存在语言障碍");
  }

  private static String redact(String text) {
    RedactionResult r =
        new RedactionEngine()
            .redact(RedactionRequest.of("不起诉决定书\n　　被不起诉人柏秋容，女，1980年5月6日出生。\n" + text));
    assertThat(r.publishable()).as("publishable: %s", r.verdict()).isTrue();
    return ResidualCheck.normalise(r.redactedText());
  }
}
