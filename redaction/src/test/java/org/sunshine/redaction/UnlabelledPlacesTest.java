package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Homes and premises said with no residence label: a village's team named after its hamlet, a
 * column of house or land-plot locations (坐落), premises a person runs (其经营的位于…的门店), a plot's
 * location before its bounds (某村背头岗　东至…), a quoted local name after a village.
 */
class UnlabelledPlacesTest {

  @Test
  void aTeamNamedAfterItsHamletEndsAVillagesChainLikeANumberedTeam() {
    String out =
        redact(
            "附：原告名单\n序号 姓名 住址 联系电话\n1 柯某 石桥镇凤鸣村柳湾组 13800001111\n"
                + "　　被告人葛某于2020年在平江县梅岭乡青溪村上垄组开办砖厂。县里派驻村工作组调查，该村村民小组长到场。\n");
    assertThat(out).doesNotContain("凤鸣", "柳湾", "青溪", "上垄").contains("平江县", "派驻村工作组调查", "村民小组长到场");
  }

  @Test
  void aColumnOfWhereHousesAndPlotsLieIsMasked() {
    String out =
        redact(
            "序号　房屋坐落　　　　　所有权人　　　建筑面积\n1　　凤鸣街27号　　　　柯某　　　86.4\n\n"
                + "地块编号 | 坐落 | 面积（亩） | 承包人\n4411 | 青溪村五组 | 12.6 | 葛某\n");
    assertThat(out).doesNotContain("凤鸣街", "27号", "青溪").contains("86.4", "12.6");
  }

  @Test
  void premisesAPersonRunsAreMaskedEvenWhenAWrapCutsThePrefix() {
    String out =
        redact(
            "　　被告柯某在其经营的位于福建省厦门市同安区凤鸣路27号的“柯记”门店销售。" + "被告葛某在其经营的位于湖南省长沙市望城\n区青溪路9号的“葛记”门店销售。\n");
    assertThat(out).contains("福建省厦门市同安区", "门店销售").doesNotContain("凤鸣路", "27号", "青溪路");
  }

  @Test
  void aQuotedLocalNameRightAfterAMaskedVillageIsMaskedWhereverItRecurs() {
    String out =
        redact("　　被告人柯某，男，住某省某县青石乡凤鸣村三组。柯某在其承包的位于凤鸣村三组“石板冲”的林地内毁林，" + "“石板冲”林地共毁林3亩。该村“两委”班子到场。\n");
    assertThat(out).doesNotContain("凤鸣", "石板冲").contains("“两委”班子");
  }

  @Test
  void aHamletOfAVillageSaidAgainWithItsVillageIsMasked() {
    String out = redact("　　申请人柯某，男，住辽宁省某市青石镇凤鸣村西屯。其父于1982年在凤鸣村西屯建房。\n");
    assertThat(out).doesNotContain("凤鸣", "西屯");
  }

  @Test
  void aPlotsLocationBeforeItsBoundsIsMaskedInAGappedOrASingleSpacedTable() {
    String out =
        redact(
            "序号　位置　　　　四至　　　　面积\n1　　青石镇凤鸣村背头岗　　东至山脊，西至村道　　18.6亩\n\n"
                + "地块名称 面积（亩） 四至\n石板冲 1.6 东至柯某地 西至村道\n"
                + "　　该地块东至村道，西至河边。\n");
    assertThat(out).doesNotContain("青石", "凤鸣", "背头岗", "石板冲").contains("该地块东至村道", "18.6亩");
  }

  @Test
  void anEstateAndItsBuildingOnTheLineAfterAHouseNumberStayInTheHome() {
    String out =
        redact(
            "　　被不起诉人柯某，男，住江西省赣州市章贡区凤鸣大道92号\n青石华府7栋1203室。\n"
                + "　　被不起诉人葛某，住江西省赣州市章贡区凤鸣路88号\n共有房屋3栋。\n");
    assertThat(out).doesNotContain("凤鸣", "青石华府", "1203").contains("共有房屋3栋");
  }

  private static String redact(String text) {
    RedactionResult r = new RedactionEngine().redact(RedactionRequest.of("不起诉决定书\n" + text));
    assertThat(r.publishable()).as("publishable: %s", r.verdict()).isTrue();
    return ResidualCheck.normalise(r.redactedText());
  }
}
