package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AddressesTest {

  @Test
  void unitWordsAreKeptAndNamesAndNumbersMasked() {
    assertThat(AddressUnits.mask("翠苑街道文三路398号东方通信大厦1102", AddressStyle.UNIT_WORDS_KEPT))
        .isEqualTo("**街道**路**号**大厦**");
    assertThat(AddressUnits.mask("留固镇东孔庄村128号", AddressStyle.UNIT_WORDS_KEPT))
        .doesNotContain("东孔", "留固");
  }

  @Test
  void theNamedPartsOfATailAreItsComponents() {
    assertThat(AddressUnits.components("望京街道花家地北里12号楼")).contains("望京街道", "花家地北里");
  }

  @Test
  void aCrimeSceneOnAPublicRoadIsNotAnAddress() {
    RedactionResult r =
        new RedactionEngine().redact(RedactionRequest.of("被告人驾车沿西昌市向阳路由北向南行驶，至向阳路与航天大道交叉口。"));
    assertThat(r.redactedText()).contains("西昌市向阳路由北向南行驶");
  }

  @Test
  void aUnitWordWithNoNameBeforeItIsPartOfTheNextName() {
    // 花园 names a 街道 here, 里 belongs to 柯桥里 before 大街: neither is a unit that stays
    String mask = AddressUnits.mask("花园街道柯桥里大街45号丹枫花园小区7栋", AddressStyle.UNIT_WORDS_KEPT);
    assertThat(mask).isEqualTo("**街道**大街**号**小区**栋");
    assertThat(AddressUnits.components("花园街道柯桥里大街45号")).contains("花园街道", "柯桥里大街");
  }

  @Test
  void aServiceAddressAndADwellingCalledResidenceAreMaskedBelowCountyLevel() {
    String out =
        redact(
            "　　申请人詹立群，男，1975年3月2日出生，在华住所为苏州市姑苏区沧浪街道南园社区竹辉北街8号枫林公寓302室。\n"
                + "　　送达地址：江苏省苏州市姑苏区双塔街道\n"
                + "盘溪社区盘胥路南56号青桐家园C座1201房\n");
    assertThat(out)
        .contains("苏州市姑苏区", "江苏省苏州市姑苏区")
        .doesNotContain("沧浪", "南园", "竹辉", "枫林", "双塔", "盘溪", "盘胥", "青桐", "1201");
  }

  @Test
  void anAddressChainCutByALineBreakGoesOnWithItsNextNamedPart() {
    String out = redact("　　被不起诉人詹立群，女，住吴江区松陵镇\n太湖村十二组。本院经审查认为：\n证据不足。\n");
    assertThat(out).doesNotContain("松陵", "太湖村").contains("本院经审查认为");
  }

  private static String redact(String text) {
    RedactionResult r = new RedactionEngine().redact(RedactionRequest.of("不起诉决定书\n" + text));
    assertThat(r.publishable()).as("publishable: %s", r.verdict()).isTrue();
    return ResidualCheck.normalise(r.redactedText());
  }
}
