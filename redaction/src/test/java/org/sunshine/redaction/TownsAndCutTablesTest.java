package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Homes that tables, line breaks and recurrences hide from the cues: a town alone in a row of
 * persons, a hamlet split from its village by a space, a plot row that lost its gap, a subdistrict
 * cut from its name, a town before a home's village said again, property registered to a person, a
 * village's part ending in 区, a free trade zone's seat, a victim's home, a place named with 和.
 */
class TownsAndCutTablesTest {

  @Test
  void aTownAfterItsCountyInARowOfPersonsIsMaskedButTheCountyStays() {
    String out =
        redact(
            "　　部分被害人情况如下：\n"
                + "| 1 | 葛文涛 | 七十一岁 | 荷塘区月塘街道 | 80000 |\n"
                + "| 2 | 卓立文 | 六十八岁 | 芦淞区白关镇 | 50000 |\n");
    assertThat(out).contains("荷塘区", "芦淞区").doesNotContain("月塘", "白关");
  }

  @Test
  void aTownAloneInACellWithNoCountyStays() {
    String out = redact("| 序号 | 案发地点 | 次数 |\n| 1 | 月塘街道 | 3 |\n");
    assertThat(out).contains("月塘街道");
  }

  @Test
  void aHamletASpaceSplitFromItsVillageKeepsTheRowsOfASpacedTableInLine() {
    String out =
        redact(
            "序号 姓名 户籍地 死亡时间 领取人\n"
                + "1 葛文涛 石桥镇凤鸣村 北屯 2022年6月30日 未查明\n"
                + "2 卓立文 白关镇青溪村 2022年10月5日 卓\n"
                + "小红（孙女）\n");
    assertThat(out).doesNotContain("石桥", "凤鸣", "北屯", "白关", "青溪");
  }

  @Test
  void aPlotRowThatLostTheGapBeforeItsBoundsStillHasItsLocationMasked() {
    String out = redact("序号　倾倒地块　　四至\n" + "1　　石桥镇凤鸣村东荡田　东至河浜，西至村道\n" + "2　　白关镇青溪村庙前坝东至河浜，西至机耕路\n");
    assertThat(out).doesNotContain("凤鸣", "东荡田", "青溪", "庙前坝").contains("东至河浜");
  }

  @Test
  void aSubdistrictsUnitWordOpeningTheNextLineGoesOnWithTheHome() {
    String out = redact("　　被申请人葛文涛，男，汉族，住湖南省株洲市荷塘区月塘\n" + "街道金桂新城B区16号楼4单元301室，联系电话13945906618。\n");
    assertThat(out).contains("株洲市荷塘区").doesNotContain("月塘", "金桂", "16号楼", "301室");
  }

  @Test
  void theTownBeforeAHomesVillageSaidAgainIsMaskedWithIt() {
    String out =
        redact(
            "　　本院发现，株洲市芦淞区白关镇青溪村、石桥镇凤鸣村有村民在耕地上建房。\n"
                + "　　被告人葛文涛，男，住株洲市芦淞区白关镇青溪村五组。卓立文，住石桥镇凤鸣村三组。\n");
    assertThat(out).contains("株洲市芦淞区").doesNotContain("白关", "青溪", "石桥", "凤鸣");
  }

  @Test
  void propertyRegisteredToAPersonIsMaskedBelowTheCounty() {
    String out = redact("　　被执行人葛文涛名下有株洲市荷塘区月塘街道桂花路一处商铺，至今未被查封。\n");
    assertThat(out).contains("株洲市荷塘区", "一处商铺").doesNotContain("月塘", "桂花路");
  }

  @Test
  void aVillagePartThatEndsIn区IsNoDistrictAndIsMasked() {
    String out = redact("　　被告人葛文涛，男，住湖南省醴陵市白兔镇青溪村南区一巷7号。\n");
    assertThat(out).contains("湖南省醴陵市").doesNotContain("白兔", "青溪", "南区", "一巷");
  }

  @Test
  void aCompanysSeatInAFreeTradeZoneIsMaskedFromTheRoadOn() {
    String out = redact("　　被申诉人：株洲某某商业保理有限公司，住所地中国（湖南）自由贸易试验区长沙片区桂花北路211号302部位368室。\n");
    assertThat(out).contains("中国(湖南)自由贸易试验区长沙片区").doesNotContain("桂花北路", "211号", "368室");
  }

  @Test
  void theVillageBeforeAVictimsHomeIsTheVictimsHome() {
    String out = redact("　　被不起诉人葛文涛窜至醴陵市白兔乡青溪村被害人卓立文家羊圈，盗走山羊4只。\n");
    assertThat(out).contains("醴陵市", "羊圈").doesNotContain("白兔", "青溪");
  }

  @Test
  void aPlaceNamedWith和BeforeOnesOwnRentedRoomIsMasked() {
    String out = redact("　　2024年5月18日，被告人葛文涛在芦淞区和平镇青溪村\n其租住的出租屋内贩卖毒品。\n");
    assertThat(out).contains("芦淞区", "出租屋内").doesNotContain("和平镇", "青溪");
  }

  private static String redact(String text) {
    RedactionResult r = new RedactionEngine().redact(RedactionRequest.of("不起诉决定书\n" + text));
    assertThat(r.publishable()).as("publishable: %s", r.verdict()).isTrue();
    return ResidualCheck.normalise(r.redactedText());
  }
}
