package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A chain of named parts that ends in no number is still an address (issue 14): a village's chain a
 * site verb names (位于…街道…村, 坐落于…村…巷东段) and premises beside a road (…街道…大道东侧一处出租屋). A road's chain
 * after 位于, a crime scene on a public road, a public body's seat and the county stay.
 */
class AddressesWithoutANumberTest {

  @Test
  void aStreetAndAVillageAfterASiteVerbAreMaskedWithoutAHouseNumber() {
    String out = redact("　　被不起诉人葛文涛经营的小卖部，其货仓位于清溪街道桐木岭村。\n");
    assertThat(out).doesNotContain("清溪", "桐木岭").contains("其货仓位于");
  }

  @Test
  void aVillagesLaneAndItsSectionAreMaskedWithTheVillage() {
    String out = redact("　　葛文涛与卓立文分家时，祖屋（坐落于东柳庄村后营巷西段，宽约十米）归卓立文所有。\n");
    assertThat(out).doesNotContain("东柳庄", "后营巷").contains("宽约十米");
  }

  @Test
  void premisesBesideARoadCutByALineBreakAreMaskedAfterTheCounty() {
    String out = redact("　　葛文涛雇用卓立文在株洲市荷塘区月塘街道\n桂溪大道西侧一处出租屋内操作手机。\n");
    assertThat(out).contains("株洲市荷塘区", "内操作手机").doesNotContain("月塘", "桂溪大道");
  }

  @Test
  void premisesNamedAfterWhatStandsBesideThemAndAHouseOnARoadAreMasked() {
    String out = redact("　　2024年5月，葛文涛在石桥镇凤鸣村南侧养殖场宿舍内窃得电动工具。" + "其房屋坐落于株洲市荷塘区月塘街道桂溪路中段，系卓立文所有。\n");
    assertThat(out)
        .contains("株洲市荷塘区", "内窃得电动工具", "系卓某某所有")
        .doesNotContain("石桥", "凤鸣", "养殖场", "月塘", "桂溪路");
  }

  @Test
  void aRoadSceneAPublicBodysSeatAndAScenesPavementStay() {
    String out =
        redact("　　事发地位于株洲市荷塘区月塘街道桂溪路与新华路交叉口。青石村委会位于石桥镇青石村。" + "被不起诉人葛文涛驾车行至月塘街道桂溪大道东侧人行道时停车。\n");
    assertThat(out).contains("月塘街道桂溪路与新华路交叉口", "青石村委会位于石桥镇青石村", "月塘街道桂溪大道东侧人行道");
  }

  private static String redact(String text) {
    RedactionResult r = new RedactionEngine().redact(RedactionRequest.of("不起诉决定书\n" + text));
    assertThat(r.publishable()).as("publishable: %s", r.verdict()).isTrue();
    return ResidualCheck.normalise(r.redactedText());
  }
}
