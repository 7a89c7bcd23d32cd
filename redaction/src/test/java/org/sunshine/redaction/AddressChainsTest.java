package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Address chains as hand-written and extracted documents carry them (issue 14). */
class AddressChainsTest {

  @Test
  void anAddressOnTheLineAfterItsCueIsMasked() {
    String out =
        redact("　　被不起诉人卓立文，男，1980年5月6日出生，汉族，个体经营者，住\n" + "湖南省株洲市荷塘区月塘街道新塘社区桂花路18号。因涉嫌盗窃罪被取保候审。\n");
    assertThat(out).contains("湖南省株洲市荷塘区").doesNotContain("月塘", "新塘", "桂花路18号");
  }

  @Test
  void aResidenceSaidWithInThatStopsAtTheCountyIsKeptAndOneBelowItMasked() {
    String out = redact("　　被害人葛文涛陈述，其户籍在江西省赣州市章贡区，来厦门打工三年。" + "证人卓立文陈述，其户籍在湖南省株洲市荷塘区月塘街道桂花路18号。\n");
    assertThat(out).contains("江西省赣州市章贡区", "来厦门", "湖南省株洲市荷塘区").doesNotContain("桂花路");
  }

  @Test
  void aBuildingNumberCutFromItsUnitByALineBreakStaysInTheChain() {
    String out =
        redact("　　被不起诉人卓立文，男，1980年5月6日出生，住株洲市荷塘区月塘街道桂花路18号丽景苑7\n" + "号楼3单元602室。因涉嫌盗窃罪被取保候审。\n");
    assertThat(out).doesNotContain("丽景苑", "602室").contains("因涉嫌盗窃罪");
  }

  @Test
  void aRoomCutFromItsBuildingByALineBreakStaysInTheChain() {
    String out =
        redact("　　被不起诉人卓立文，男，1980年5月6日出生，住株洲市荷塘区月塘街道桂花路18号9栋2\n" + "单元301室。因涉嫌盗窃罪被取保候审。\n");
    assertThat(out).doesNotContain("301室", "桂花路").contains("因涉嫌盗窃罪");
  }

  @Test
  void aUnitWordOrARoomNumberCutInsideByALineBreakStaysInTheChain() {
    String out =
        redact("　　被不起诉人卓立文，男，1980年5月6日出生，住株洲市荷塘区月塘街道桂花路18号丽景苑7号\n" + "楼3单\n元60\n2室。因涉嫌盗窃罪被取保候审。\n");
    assertThat(out).doesNotContain("丽景苑", "60", "2室").contains("因涉嫌盗窃罪");
  }

  @Test
  void aPastoralVillageAndItsTeamAreMaskedBelowTheTownship() {
    String out =
        redact("　　被不起诉人巴特尔，男，1975年3月2日出生，蒙古族，牧民，住内蒙古自治区锡林郭勒盟正蓝旗上都镇额仁淖尔嘎查3组。" + "其常在额仁淖尔嘎查放牧。\n");
    assertThat(out).contains("锡林郭勒盟正蓝旗").doesNotContain("上都", "额仁淖尔");
    assertThat(AddressUnits.mask("宝绍岱苏木哈夏图嘎查2组", AddressStyle.UNIT_WORDS_KEPT))
        .isEqualTo("**苏木**嘎查**组");
  }

  @Test
  void aVillageTeamCalledSheIsAUnitOfTheChain() {
    assertThat(AddressUnits.mask("石门乡柳沟村4社", AddressStyle.UNIT_WORDS_KEPT)).isEqualTo("**乡**村**社");
  }

  @Test
  void aHomesBuildingAndRoomSaidAgainWithoutTheStreetAreMasked() {
    String out =
        redact(
            "　　被不起诉人卓立文，男，1980年5月6日出生，住株洲市荷塘区月塘街道桂花路西段丽景华庭7号楼3单元602室。\n"
                + "　　侦查机关查封了丽景华庭7号楼3单元602室房产一套。\n");
    assertThat(out).doesNotContain("丽景华庭", "602室").contains("房产一套");
  }

  @Test
  void aTownInTheNameOfAPublicBodyIsKept() {
    String out =
        redact(
            "　　被不起诉人卓立文，男，1980年5月6日出生，住赣州市于都县岭背镇上湖村下屋组12号。\n"
                + "　　证据：于都县人民政府岭背镇征地办公室出具的情况说明，岭背镇人民政府的证明。\n");
    assertThat(out).contains("于都县人民政府岭背镇征地办公室", "岭背镇人民政府").doesNotContain("上湖", "下屋");
  }

  @Test
  void aTownOrStreetInTheNameOfItsOfficeOrClinicIsKept() {
    String out =
        redact(
            "　　被不起诉人卓立文，男，1980年5月6日出生，住娄底市冷水江市沙塘湾街道金竹山村6组12号。\n"
                + "　　证据：沙塘湾街道社区卫生服务中心的病历，沙塘湾街道民政办的证明。\n");
    assertThat(out).contains("沙塘湾街道社区卫生服务中心", "沙塘湾街道民政办").doesNotContain("金竹山");
  }

  @Test
  void aForeignersResidenceInChinaIsMaskedBelowCountyLevel() {
    String out =
        redact("　　被不起诉人OKAFOR JOHN，男，1985年2月3日出生，尼日利亚国籍，在华住所广东省广州市越秀区流花街道西华路88号锦城大厦1502房。\n");
    assertThat(out).contains("广东省广州市越秀区").doesNotContain("流花", "西华路", "锦城", "1502");
  }

  @Test
  void aProvinceCutByALineBreakRightAfterTheCueStillEndsThePrefix() {
    String out = redact("　　被不起诉人卓立文，男，1980年5月6日出生，住山\n东省威海市文登区侯家镇东楼村１０８号。因涉嫌盗窃罪被取保候审。\n");
    assertThat(out).contains("东省威海市文登区").doesNotContain("侯家", "东楼");
  }

  @Test
  void aNameCutByALineBreakGoesOnToItsUnitWord() {
    String out = redact("　　被不起诉人卓立文，男，1980年5月6日出生，住甘肃省兰州市城关区雁星\n滩街道焦湾社区南河路１７号。" + "其长期在雁星滩街道摆摊。\n");
    assertThat(out).doesNotContain("雁星", "焦湾", "南河路");
  }

  private static String redact(String text) {
    RedactionResult r = new RedactionEngine().redact(RedactionRequest.of("不起诉决定书\n" + text));
    assertThat(r.publishable()).as("publishable: %s", r.verdict()).isTrue();
    return ResidualCheck.normalise(r.redactedText());
  }
}
