package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A chain of named parts below county level that ends in a house number or a village's team is
 * personal data wherever it stands (issue 14): in a list, a table, a crime scene that is a home.
 */
class AddressesWithoutACueTest {

  @Test
  void aFlatNumberAfterAStreetNumberStaysInTheAddress() {
    String out =
        redact("　　2024年3月2日夜，被告人卓立文撬开株洲市荷塘区月塘街道新塘社区桂花大街216号7号楼2单元401室" + "被害人葛文涛家的房门，窃得现金。\n");
    assertThat(out)
        .contains("株洲市荷塘区", "家的房门")
        .doesNotContain("月塘", "新塘", "桂花大街", "216号", "7号楼", "401室");
  }

  @Test
  void aListOfShopAddressesIsMaskedButAPoliceStationsSeatIsKept() {
    String out =
        redact(
            "序号　经营场所　　　　　　　　经营者　　问题\n"
                + "1　青石街道育英路西段15号　　卓立文　　无证经营\n"
                + "2　青石街道和睦巷４号　　　　葛文涛　　销售过期食品\n"
                + "　　青石派出所位于株洲市荷塘区青石街道建设北路88号。\n");
    assertThat(out)
        .doesNotContain("育英路", "和睦巷", "15号", "４号", "4号")
        .contains("青石派出所位于株洲市荷塘区青石街道建设北路88号");
  }

  @Test
  void aCourtsOrAVillageCommitteesSeatInBracketsIsKept() {
    String out = redact("　　荷塘区人民法院（地址：株洲市荷塘区月塘街道桂花路18号）依法受理。" + "青石村委会（石桥镇青石村3组）出具证明。\n");
    assertThat(out).contains("月塘街道桂花路18号", "石桥镇青石村3组");
  }

  @Test
  void aVillageCommitteeNamesItsVillageAndAUnitWordAloneIsNoAddress() {
    String out = redact("　　被不起诉人葛文涛，男，户籍所在地江西省赣州市于都县禾丰镇柳塘村委会上屋组36号，" + "原系柳塘村会计。其母独自居住在嘎查的房屋内。\n");
    assertThat(out).doesNotContain("柳塘", "上屋").contains("居住在嘎查的房屋内");
  }

  @Test
  void aHouseInATableOfSeizedPropertyIsMaskedDownToItsVillageTeam() {
    String out =
        redact("序号　财产名称及坐落　　　　　　登记权属人\n" + "1　住房一套（石桥镇凤鸣村五组）　葛文涛\n" + "2　住房一套（石桥镇迎宾路9号）　卓立文\n");
    assertThat(out).doesNotContain("石桥", "凤鸣", "五组", "迎宾路");
  }

  @Test
  void aVillageCommitteeAndTheVillageAfterItAreMaskedAcrossALineBreakAndWhereverTheVillageRecurs() {
    String out = redact("　　被不起诉人葛文涛，男，1980年5月6日出生，住海南省文昌市东郊镇椰岭村委会\n" + "下坡村12号。合同上载有下坡村住址。\n");
    assertThat(out).contains("海南省文昌市").doesNotContain("东郊", "椰岭", "下坡", "12号");
  }

  @Test
  void aDisputedHouseCutInsideItsEstatesNameIsMaskedWhole() {
    String out = redact("　　请求判令被申请人协助办理位于文昌市文城镇文华东路86号椰风花\n" + "园5栋1单元703房的过户登记手续。\n");
    assertThat(out).contains("文昌市", "的过户登记手续").doesNotContain("文城", "文华东路", "椰风", "5栋", "703房");
  }

  @Test
  void aPastoralChainCutInsideTheTownshipsNameIsMasked() {
    String out = redact("　　被不起诉人巴特尔，男，住内蒙古自治区乌兰察布市四子王旗查\n" + "干乌拉苏木巴彦宝力格嘎查，牧民。\n");
    assertThat(out).contains("四子王旗").doesNotContain("干乌拉", "巴彦宝力格");
  }

  @Test
  void aRoadAndANumberAloneAndCaseNumbersStay() {
    String out =
        redact("　　被告人卓立文驾车行至向阳路12号门前停车。本院依照（2023）湘0524执1188号执行裁定及" + "株检刑不诉〔2024〕5号决定办理。\n");
    assertThat(out).contains("向阳路12号门前", "(2023)湘0524执1188号", "株检刑不诉〔2024〕5号");
  }

  private static String redact(String text) {
    RedactionResult r = new RedactionEngine().redact(RedactionRequest.of("不起诉决定书\n" + text));
    assertThat(r.publishable()).as("publishable: %s", r.verdict()).isTrue();
    return ResidualCheck.normalise(r.redactedText());
  }
}
