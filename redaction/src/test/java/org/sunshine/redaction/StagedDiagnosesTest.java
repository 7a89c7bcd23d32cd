package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The rule (issue 14): a tumour or a finding composed of a side, a body part and tissue words is
 * masked whole with its stage, grade and spread (ⅡB期, T2N1M0, 伴…转移), and a benign finding on a body
 * part (乳腺增生, 甲状腺结节) is a condition too; the same words without a body part, and case numbers with
 * a unit's abbreviation in brackets, stay.
 */
class StagedDiagnosesTest {

  private final RedactionEngine engine = new RedactionEngine();

  private String redact(String sentence) {
    String text = "不支持监督申请决定书\n　　申请人詹立群，女，1978年2月1日出生。\n　　本院查明：" + sentence + "\n";
    return ResidualCheck.normalise(engine.redact(RedactionRequest.of(text)).redactedText());
  }

  @Test
  void aStagedCancerWithItsSpreadIsMaskedWhole() {
    String out = redact("詹立群于2022年5月确诊为右乳浸润性小叶癌ⅢA期，伴同侧锁骨上淋巴结转移，随后接受化疗。");
    // the spread ends at the clause; the chemotherapy after it is a condition's treatment, masked
    // on its own
    assertThat(out).doesNotContain("浸润", "小叶", "ⅢA", "锁骨上", "淋巴结转移", "化疗").contains("随后接受");
  }

  @Test
  void aLatinStageAndATnmStageBelongToTheTumour() {
    String out = redact("病理报告载明左肺鳞状细胞癌pT2N1M0，IIB期，侵犯脏层胸膜。");
    assertThat(out).doesNotContain("鳞状细胞", "T2N1M0", "IIB", "胸膜").contains("病理报告载明");
  }

  @Test
  void aBenignFindingOnABodyPartIsACondition() {
    String out = redact("詹立群曾被诊断为乳腺增生，另有甲状腺结节、肝囊肿和胆囊息肉。");
    assertThat(out).doesNotContain("增生", "甲状腺结节", "囊肿", "息肉").contains("另有");
  }

  @Test
  void theSameWordsWithoutABodyPartStay() {
    String out = redact("该地区城镇人口增生缓慢，双方在结节处打结，土地整理项目中的囊肿型洼地已填平。");
    assertThat(out).contains("人口增生缓慢", "结节处", "囊肿型洼地");
  }

  @Test
  void aCaseNumberWithAUnitsAbbreviationInBracketsIsKeptWhole() {
    String out =
        redact(
            "城关分局于2023年10月20日作出兰公城\n（拱）行罚决字〔2023〕1862号行政处罚决定，" + "本院以冀检民（行）监〔2024〕13000000214号受理。");
    assertThat(out).contains("兰公城(拱)行罚决字〔2023〕1862号", "冀检民(行)监〔2024〕13000000214号");
  }
}
