package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The rule: a psychiatric diagnosis is masked as ICD-10 composes it (a polarity or a syndrome with
 * an episode, phase or state word, its grade before and its course after), and a disease named by
 * the thesaurus's disease classes is masked too; the thesaurus's metaphors and injury results are
 * not.
 */
class HealthVocabularyTest {

  private final RedactionEngine engine = new RedactionEngine();

  private String redact(String sentence) {
    String text = "起诉书\n　　被告人詹立群，男，1988年1月1日出生。\n　　经依法审查查明：" + sentence + "\n";
    return ResidualCheck.normalise(engine.redact(RedactionRequest.of(text)).redactedText());
  }

  @Test
  void aSpinalCordInjuryIsMaskedAsTheConditionItLeavesThoughTheFractureIsAnInjury() {
    String out = redact("被害人经诊断为腰2椎体压缩性骨折伴不完全性脊髓损伤，经鉴定构成五级伤残。");
    assertThat(out).doesNotContain("脊髓损伤").contains("骨折").contains("五级伤残");
  }

  @Test
  void aPsychiatricEpisodeIsMaskedWithItsGradeAndPhase() {
    String out =
        redact(
            "经鉴定，被告人詹立群案发时处于轻躁狂发作期，其妻曾诊断为中度抑郁发作，其父目前为重度发作，其兄患分裂情感性障碍，"
                + "证人系复发性抑郁障碍缓解期患者，另一证人曾有躁狂相。");
    assertThat(out).doesNotContain("躁狂", "抑郁", "分裂情感", "缓解期", "发作期", "中度", "重度发作");
  }

  @Test
  void aGradeOrStageInBracketsAndAHistologicalTypeAreMaskedWithTheCondition() {
    String out = redact("被害人祁佳音患阿尔茨海默病（中度），其子患肺腺癌ⅢB期，其女患食管鳞癌（晚期）。");
    assertThat(out).doesNotContain("阿尔茨海默病", "中度", "腺癌", "ⅢB期", "鳞癌", "晚期");
  }

  @Test
  void overlappingConditionsAreMaskedAsOne() {
    String out = redact("被害人祁佳音之母患重度抑郁症（伴焦虑障碍），长期服药。");
    assertThat(out).doesNotContain("抑郁", "症（", "焦虑").contains("长期服药");
  }

  @Test
  void aChronicOccupationalPoisoningIsMaskedWithItsGrade() {
    String out = redact("被害人自2024年起出现慢性铅中毒（中度）症状，经职业病诊断机构确诊。");
    assertThat(out).doesNotContain("铅中毒", "中度");
  }

  @Test
  void aDiseaseFromTheThesaurusIsMasked() {
    String out = redact("被害人祁佳音自幼患有青光眼，其子患猩红热，其母患阑尾炎住院。");
    assertThat(out).doesNotContain("青光眼", "猩红热", "阑尾炎");
  }

  @Test
  void theThesaurussMetaphorsAndInjuriesStay() {
    String out = redact("被告人詹立群的行为是社会的毒瘤，致被害人祁佳音脑震荡，构成故意伤害罪。");
    assertThat(out).contains("毒瘤", "脑震荡");
  }

  @Test
  void aConditionInsideAKeptWordIsNoCondition() {
    String out = redact("被告人詹立群向慢性病患者推销保健品，其中一名被害人患有慢性病毒性肝炎。");
    assertThat(out).contains("向慢性病患者推销").doesNotContain("病毒性肝炎");
  }
}
