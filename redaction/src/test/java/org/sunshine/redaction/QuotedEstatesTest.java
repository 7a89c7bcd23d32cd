package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * An estate's name in quotation marks is part of the home's address (issue 14): its buildings
 * follow it, a line break may cut it, and said again elsewhere it still tells where the person
 * lives. A quoted name that is no estate (a shop's sign, a campaign) stays.
 */
class QuotedEstatesTest {

  @Test
  void aQuotedEstatesNameAndItsBuildingsAreMaskedWithTheStreet() {
    String out = redact("　　被不起诉人葛文涛，男，住义乌市柳青街道“枫林雅居”3号楼1单元502室。\n");
    assertThat(out).contains("义乌市").doesNotContain("柳青", "枫林雅居", "502");
  }

  @Test
  void aQuotedEstateCutByALineBreakIsMaskedWhole() {
    String out = redact("　　被不起诉人葛文涛，男，住义乌市柳青街道“枫\n林雅居”小区3栋502室，务工。\n");
    assertThat(out).doesNotContain("枫", "林雅居").contains("务工");
  }

  @Test
  void aQuotedEstateSaidAgainElsewhereIsMaskedThere() {
    String out = redact("　　被不起诉人葛文涛，男，住义乌市柳青街道“枫林雅居”B座902房。" + "葛文涛将位于“枫林雅居”的房屋出租给他人。\n");
    assertThat(out).doesNotContain("枫林雅居").contains("的房屋出租给他人");
  }

  @Test
  void aQuotedShopSignOrCampaignOutsideAnAddressStays() {
    String out = redact("　　被不起诉人葛文涛在“枫林小吃”店内参与“清风2024”专项行动宣传，住义乌市柳青街道“枫林雅居”3栋502室。\n");
    assertThat(out).contains("“枫林小吃”店内", "“清风2024”专项行动").doesNotContain("枫林雅居");
  }

  @Test
  void anUnquotedEstateBeforeItsBuildingsIsMaskedWhereItIsSaidAlone() {
    String out =
        redact(
            "　　被不起诉人葛文涛，男，住义乌市柳青街道青枫路18号枫林嘉苑6栋1202室。卓立文，住义乌市柳青街道渡口边翠湖公寓2单元108房。"
                + "法院查封了葛文涛名下位于枫林嘉苑的房产。卓立文在翠湖公寓附近打牌。\n");
    assertThat(out).doesNotContain("枫林嘉苑", "翠湖公寓", "渡口").contains("的房产", "附近打牌");
  }

  private static String redact(String text) {
    RedactionResult r = new RedactionEngine().redact(RedactionRequest.of("不起诉决定书\n" + text));
    assertThat(r.publishable()).as("publishable: %s", r.verdict()).isTrue();
    return ResidualCheck.normalise(r.redactedText());
  }
}
