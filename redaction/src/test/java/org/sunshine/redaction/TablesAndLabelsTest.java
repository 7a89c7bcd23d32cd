package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Tables and labels of the fifth writer's documents (issue 14): an address column whose header says
 * whose (经营地址, 被盗户住址) is masked in every row, also one with a quoted word in a cell; a WeChat ID in
 * the cell after its label cell and a handle after a narrow space in its column are masked; a 街道
 * named after a new district (滨河新区街道) is no county; a landline on a contact line stays.
 */
class TablesAndLabelsTest {

  @Test
  void anAddressColumnHeadedWithWhoseAddressIsMaskedInEveryRow() {
    String out =
        redact(
            "序号　店铺名称　　　经营者　　　经营地址　　　　　　　　　　　存在问题\n"
                + "１　青禾小卖部　　葛文涛　　　东浦街道红星中学西侧巷内　　　销售“三无”食品\n"
                + "２　晓月文具店　　卓立文　　　东浦街道梅园巷内　　　　　　　销售过期饮料\n");
    assertThat(out).doesNotContain("东浦", "红星中学西侧", "梅园巷").contains("销售“三无”食品");
  }

  @Test
  void aWeChatIdAfterItsLabelCellAndAHandleAfterANarrowSpaceAreMasked() {
    String out =
        redact(
            "　　被不起诉人收款情况如下：\n"
                + "收款方式　　　收款账号　　　　　　　笔数　　金额（元）\n"
                + "微信　　　　　gewentao_fresh　　　　 12　　　31450\n"
                + "姓名　　　层级　　　微信号\n"
                + "卓立文　　第三级　　 zlw_520888\n"
                + "葛文涛　　第二级　　gwt_hz1990\n");
    assertThat(out).doesNotContain("gewentao_fresh", "zlw_520888", "gwt_hz1990");
  }

  @Test
  void columnsHeadedWithWhoseHandlesTheyHoldAreEachMaskedInEveryRow() {
    String out =
        redact(
            "　　各被害人被骗情况如下：\n"
                + "编号｜被害人微信号｜被害人QQ号｜被骗金额（元）｜报案地公安机关\n"
                + "甲｜Maple_yu0307｜763015249｜31000｜湖南省岳阳市公安局岳阳楼分局\n"
                + "乙｜—｜1092837465｜8800｜吉林省吉林市公安局船营分局\n"
                + "丙｜snow.lake88｜—｜12500｜甘肃省天水市公安局秦州分局\n");
    assertThat(out)
        .doesNotContain("Maple_yu0307", "763015249", "1092837465", "snow.lake88")
        .contains("31000", "岳阳市公安局岳阳楼分局");
  }

  @Test
  void aStreetNamedAfterANewDistrictIsMaskedWithTheRestOfTheAddress() {
    String out = redact("　　被不起诉人葛文涛，男，住陕西省榆林市神木市滨河新区街道东兴街丰源小区3号楼2单元101室。\n");
    assertThat(out).contains("陕西省榆林市神木市").doesNotContain("滨河新区", "东兴街", "丰源");
  }

  @Test
  void aLandlineOnAContactLineStaysAndAMobileThereIsMasked() {
    String out = redact("　　联系人：卓立文，联系电话：0731-2216405。\n" + "　　联系人：葛文涛，联系电话：13907312216。\n");
    assertThat(out).contains("0731-2216405").doesNotContain("13907312216");
  }

  @Test
  void aMinorsSchoolIsMaskedAfterTheCityItStandsIn() {
    String out = redact("　　被害人葛小文目前已返回株洲市第五中学初二（3）班就读。\n");
    assertThat(out).contains("株洲市").doesNotContain("第五中学");
  }

  private static String redact(String text) {
    RedactionResult r = new RedactionEngine().redact(RedactionRequest.of("不起诉决定书\n" + text));
    return ResidualCheck.normalise(r.redactedText());
  }
}
