package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A town and a village below it that no cue introduces (a dumping site, land taken, a place of
 * community correction) are masked, and the village wherever it recurs; the county, a committee, a
 * public body and a site placed only loosely in a village stay.
 */
class VillagesWithoutACueTest {

  @Test
  void aDumpingSitesTownAndVillageAreMaskedAndTheVillageWhereItRecurs() {
    String out = redact("　　葛文涛将废渣倾倒于株洲市荷塘区石桥镇凤鸣村废弃砖窑坑内。卓立文称：“拉到凤鸣村那个坑倒了。”" + "石桥镇人民政府组织了清理。\n");
    assertThat(out).contains("株洲市荷塘区", "石桥镇人民政府").doesNotContain("凤鸣");
  }

  @Test
  void aVillagesTeamAfterAConnectiveIsMaskedWithItsTown() {
    String out = redact("　　某公司与青山乡营盘村第三村民小组组长葛文涛签订土地合作协议。\n");
    assertThat(out).doesNotContain("青山乡", "营盘村").contains("签订土地合作协议");
  }

  @Test
  void thePlaceOfCommunityCorrectionIsMaskedDownToATownAlone() {
    String out = redact("　　葛文涛被判处缓刑，在荷塘区石桥镇接受社区矫正。卓立文在荷塘区凤鸣镇青龙村接受社区矫正。\n");
    assertThat(out).contains("荷塘区").doesNotContain("石桥", "凤鸣", "青龙");
  }

  @Test
  void aCommitteeAPoliceSeizureAndALooseSiteKeepTheirWords() {
    String out = redact("　　石桥镇凤鸣村村民委员会出具了证明。株洲市公安局在石桥镇青龙村附近查获葛文涛。" + "废液被运至荷塘区桂溪镇高桥村一废弃鱼塘倾倒。\n");
    assertThat(out).contains("石桥镇凤鸣村村民委员会", "桂溪镇");
  }

  private static String redact(String text) {
    RedactionResult r = new RedactionEngine().redact(RedactionRequest.of("不起诉决定书\n" + text));
    assertThat(r.publishable()).as("publishable: %s", r.verdict()).isTrue();
    return ResidualCheck.normalise(r.redactedText());
  }
}
