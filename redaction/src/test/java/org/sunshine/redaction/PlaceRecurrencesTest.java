package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlaceRecurrencesTest {

  @Test
  void aHomesVillageIsMaskedInTheNameOfItsVillagersCommittee() {
    String out = redact("　　被不起诉人柯某，男，住浙江省衢州市柯城区石梁镇溪东村58号。\n" + "　　石梁镇溪东村村民委员会出具证明，石梁镇人民政府亦出具说明。\n");
    assertThat(out).doesNotContain("溪东").contains("石梁镇人民政府", "村民委员会");
  }

  @Test
  void aHomesCommunityIsMaskedInItsResidentsCommittee() {
    String out =
        redact("　　被不起诉人柯某，男，住湖北省襄阳市樊城区米公街道青柳社区春园路18号2单元301室。\n" + "　　青柳社区居民委员会出具证明，证实其表现良好。\n");
    assertThat(out).doesNotContain("青柳").contains("居民委员会出具证明");
  }

  @Test
  void aCommitteeSharingTheVillagesLastCharacterStillNamesTheVillage() {
    String out = redact("　　被不起诉人柯某，男，住甘肃省天水市麦积区石佛镇杜家湾村二队5号。\n" + "　　杜家湾村民委员会出具证明。\n");
    assertThat(out).doesNotContain("杜家湾");
  }

  @Test
  void aVillageCommitteeInALandmarkNamesTheVillage() {
    assertThat(AddressUnits.components("石梁镇溪东村村委会西200米")).contains("溪东村").doesNotContain("溪东村村");
  }

  @Test
  void aHomesPlaceCutByALineBreakElsewhereIsMaskedAndTheBreakStays() {
    String out = redact("　　被不起诉人柯某，男，住广东省茂名市电白区林头镇石湾村委会北村二巷6号。\n" + "　　家中仅靠亲属接济。石湾\n村委会出具证明。\n");
    assertThat(out).doesNotContain("石湾");
    assertThat(PlaceRecurrences.matchEnd("石湾\n村委会", 0, "石湾村委会")).isEqualTo(6);
  }

  @Test
  void aTownsPublicBodyKeepsItsName() {
    String out = redact("　　被不起诉人柯某，男，住浙江省衢州市柯城区石梁镇溪东村58号。\n" + "　　石梁镇人民调解委员会组织调解未果。\n");
    assertThat(out).contains("石梁镇人民调解委员会");
  }

  @Test
  void aHomeVillageNamedLikeItsTownIsMaskedInItsCommitteeToo() {
    // the town and the village of a home are both below county level: either reading is private
    String out = redact("　　经查，柯某住泽川县柳营镇柳营村后街8号。\n" + "　　柳营村村民委员会负责该庙的日常管理。\n");
    assertThat(out).doesNotContain("柳营").contains("村民委员会");
  }

  @Test
  void thePlaceBeforeAPersonsOwnDwellingIsThatPersonsHome() {
    String out = redact("　　2023年5月，柯某在潮南区陇田镇东华村\n其租住的出租屋内贩卖毒品；" + "其妻在石梁镇溪东村其自建房内帮助分装。\n");
    assertThat(out).doesNotContain("陇田", "东华", "石梁", "溪东").contains("潮南区");
  }

  @Test
  void aShopsNumberInAMarketIsMasked() {
    String out = redact("　　柯某在商贸城二区其经营的饰品商铺（商铺号K3-7C-20518）内被打伤。\n");
    assertThat(out).doesNotContain("K3-7C-20518");
  }

  @Test
  void aTeamSaidAfterItsTownWithoutItsUnitWordIsMasked() {
    String out = redact("　　被告人柯某，男，户籍地云南省临沧市耿马县孟定镇芒\n团村委会景信村民小组。\n" + "　　柯某从耿马县孟定镇景信一带的便道入境。\n");
    assertThat(out).doesNotContain("景信", "芒团", "孟定").contains("耿马县");
  }

  @Test
  void aHomeInThisVillageIsInTheVillageNamedBefore() {
    String out = redact("　　被不起诉人柯某，男，原系天水市麦积区石佛镇杜家湾村村民委员会会计，住该村下庄社7号。\n");
    assertThat(out).doesNotContain("杜家湾", "石佛", "下庄").contains("天水市麦积区");
  }

  @Test
  void aKoreanLotNumberIsAnAddress() {
    String out = redact("　　被告人柯某，男，韩国国籍，韩国住址首尔特别市麻浦区合井洞377番地，现在华务工。\n");
    assertThat(out).doesNotContain("合井洞", "377");
  }

  @Test
  void aVillagesTeamSaidAgainWithItsVillageIsMasked() {
    String out = redact("　　申请人柯某，女，住四川省绵阳市梓潼县双板镇岔溪村五组。\n" + "　　其承包的岔溪村\n五组土地，后嫁到岔溪，岔溪村五组调整土地。\n");
    assertThat(out).doesNotContain("岔溪", "五组").contains("梓潼县");
  }

  @Test
  void aHomeVillageNamedLikeItsTownIsMaskedAlone() {
    String out = redact("　　经查，柯某住泽川县柳营镇柳营村后街8号。柳营古戏台系县级文物保护单位。\n");
    assertThat(out).doesNotContain("柳营").contains("古戏台");
  }

  private static String redact(String text) {
    RedactionResult r = new RedactionEngine().redact(RedactionRequest.of("不起诉决定书\n" + text));
    assertThat(r.publishable()).as("publishable: %s", r.verdict()).isTrue();
    return ResidualCheck.normalise(r.redactedText());
  }
}
