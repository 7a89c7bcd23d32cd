package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Shapes of a home's or premises' address the chains did not read: the side of a village before the
 * number (某村东头8号) or alone (某村西侧) on land a person holds, an estate's quoted name opening the part
 * after the county, a building's letter (B栋) or a premises' room said again without the street,
 * premises a person rents (租用…位于…的门面), and a cue a line break cut (住所|地). The county-level prefix
 * stays.
 */
class AddressShapesTest {

  @Test
  void theSideOfAVillageBeforeTheHouseNumberIsPartOfTheChain() {
    String out = redact("　　被害人现随其外祖母在安徽省临泉县迎仙镇柴庄村西头15号生活。\n");
    assertThat(out).contains("安徽省临泉县").doesNotContain("柴庄村", "西头15号", "迎仙镇");
  }

  @Test
  void theCountyOfAHomeSaidAsWhereTwoLivedStaysWhenTheCueEndsIn的() {
    String out = redact("　　二被告人多次在二人共同居住的江西省九江市浔阳区某某花园5栋2单元301室容留他人吸毒。\n");
    assertThat(out).contains("江西省九江市浔阳区").doesNotContain("某某花园", "5栋", "301室");
  }

  @Test
  void aVillageAndItsSideOnLandAPersonHoldsAreMasked() {
    String out = redact("　　被不起诉人房某某在其承租的河北省涿州市松林店镇西河村北侧集体土地上搭建简易房。\n");
    assertThat(out).contains("河北省涿州市", "集体土地").doesNotContain("西河村", "松林店镇", "北侧");
  }

  @Test
  void anEstatesQuotedNameMayOpenTheAddress() {
    String out = redact("　　申请人房某某购买位于南宁市青秀区“邕江华府”小区3号楼1502室的房屋，已付清房款。\n");
    assertThat(out).contains("南宁市青秀区").doesNotContain("邕江华府", "1502");
  }

  @Test
  void aBuildingsLetterOrAPremisesRoomSaidAgainIsMasked() {
    String out =
        redact(
            "　　被不起诉人房某某，住福州市鼓楼区东街街道杨桥路88号融侨中心C栋1203室。其在融侨中心C栋1203室设立窝点，"
                + "并在杨桥路66号锦江之星宾馆1108房接送人员，后在锦江之星宾馆1108房被抓获。\n");
    assertThat(out).doesNotContain("融侨中心C栋", "1203室", "锦江之星宾馆1108房");
  }

  @Test
  void premisesAPersonRentsAreMasked() {
    String out = redact("　　申请人房某某租用出租人曾某某位于桂林市秀峰区丽君街道中华路的三间临街门面经营米粉店。\n");
    assertThat(out).contains("桂林市秀峰区", "临街门面").doesNotContain("丽君街道", "中华路");
  }

  @Test
  void aCompanysSeatAfterACueALineBreakCutIsMasked() {
    String out = redact("　　其他当事人福州某某贸易有限公司，住所\n地福州市台江区洋中街道工业路20号海峡大厦9层。\n");
    assertThat(out).contains("福州市台江区").doesNotContain("洋中街道", "工业路", "海峡大厦");
  }

  @Test
  void aTableCellHoldingAVillagesChainIsAHome() {
    String out =
        redact(
            "　　下列人员违规领取补助：\n|温某福|沙塘镇石门村|名下小型轿车|领取12600元|\n"
                + "|温某贵|沙塘镇龙湾村|经营农机店|领取9800元|\n|办理单位|沙塘镇人民政府|无|无|\n");
    assertThat(out).doesNotContain("石门村", "龙湾村").contains("沙塘镇人民政府", "名下小型轿车");
  }

  @Test
  void aMonthWrittenAsTheFirstMonthIsReadAsJanuary() {
    String out = redact("　　申请人温某某，男，1979年元月23日出生，住某市某区。\n");
    assertThat(out).doesNotContain("1979年", "元月23日");
  }

  @Test
  void aVillagesTeamCalledADuiEndsAChain() {
    String out = redact("　　事发于温某某位于米脂县桃镇柳湾村四队21号的住处附近，其家人曾在柳湾村四队21号居住。\n");
    assertThat(out).contains("米脂县").doesNotContain("柳湾村", "四队21号");
  }

  private static String redact(String text) {
    RedactionResult r = new RedactionEngine().redact(RedactionRequest.of("不起诉决定书\n" + text));
    assertThat(r.publishable()).as("publishable: %s", r.verdict()).isTrue();
    return ResidualCheck.normalise(r.redactedText());
  }
}
