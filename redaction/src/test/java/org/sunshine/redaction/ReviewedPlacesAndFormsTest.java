package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The rule: a town, a village, an estate or a form of address is read only where it names one —
 * words of the sentence (全镇各村, 城乡农村, 上街后来到, 小白菜) stay, and a school's name is masked whole.
 */
class ReviewedPlacesAndFormsTest {

  private static String redact(String text) {
    RedactionResult r = new RedactionEngine().redact(RedactionRequest.of(text));
    assertThat(r.publishable()).as("publishable: %s", r.verdict()).isTrue();
    return ResidualCheck.normalise(r.redactedText());
  }

  @Test
  void wordsOfTheSentenceAreNoTownAndVillageAndABranchKeepsItsVillage() {
    String out =
        redact(
            "检察建议书\n　　某县人民政府：\n　　经审查，全镇各村均开展排查。该乡贫困村较多，本镇行政村三十个。"
                + "应加强城镇农村居民医疗保障，推进城乡农村建设。城关镇新华村党支部书记李建国证实了上述情况。\n");
    assertThat(out).contains("全镇各村", "该乡贫困村", "本镇行政村", "城镇农村", "城乡农村", "新华村党支部");
  }

  @Test
  void aSentenceBeforeAFlatIsNoEstateAndTheFlatIsMasked() {
    String out =
        redact(
            "起诉书\n　　被告人葛文涛，男，1980年1月1日出生。\n"
                + "　　经依法审查查明：葛文涛上街后来到3号楼2单元301室，又驾车沿解放路行驶至小区5号楼1单元401室门口。\n");
    assertThat(out).contains("上街后来到", "驾车沿解放路行驶至小区").doesNotContain("2单元301室", "1单元401室");
  }

  @Test
  void aSchoolWhoseNameHoldsAWordOfActionIsMaskedWhole() {
    String out = redact("司法救助决定书\n　　吴正林于2024年11月18日下午接送西江镇实验小学学生放学。\n");
    assertThat(out).doesNotContain("实验", "西江镇").contains("2024年11月18日下午接送");
  }

  @Test
  void aFormOfAddressThatRunsIntoAWordStays() {
    String out =
        redact(
            "起诉书\n　　被告人白志强，男，1980年1月1日出生。被告人黄志刚，男，1981年1月1日出生。\n"
                + "　　证人甲证实：“小白菜是他种的，他像老黄牛一样干活，老黄来过两次。”\n");
    assertThat(out).contains("小白菜", "老黄牛").doesNotContain("老黄来过");
  }

  @Test
  void aPrepositionBeforeACountysCourtIsNoNameAfterTheRoleWord() {
    String out =
        redact("支持起诉书\n　　原告：马福，男，1978年3月12日出生，住某县某镇。\n" + "　　本院认为符合支持起诉条件，支持原告向青铜峡市人民法院提起诉讼。\n");
    assertThat(out).contains("向青铜峡市人民法院提起诉讼").doesNotContain("马福");
  }

  @Test
  void aHardshipOfLivingIsNoAddressCue() {
    String out =
        redact(
            "不支持监督申请决定书\n　　申请人：司徒振邦，男，1950年1月1日出生，住江苏省南京市鼓楼区宁海路街道颐和路21号。\n"
                + "　　本院已就申请人的实际居住困难与南京市鼓楼区房屋征收部门进行了沟通。\n");
    assertThat(out).contains("居住困难与南京市鼓楼区房屋征收部门进行了沟通").doesNotContain("颐和路");
  }
}
