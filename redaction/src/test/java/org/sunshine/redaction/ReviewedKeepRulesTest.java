package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Keep and stop rules of the fifth session that an independent review showed could publish a person
 * or a home: each is narrowed so that the private reading wins.
 */
class ReviewedKeepRulesTest {

  private final RedactionEngine engine = new RedactionEngine();

  private String redact(String text) {
    return engine.redact(RedactionRequest.of(text)).redactedText();
  }

  @Test
  void aVictimNamedByAWordStaysMaskedThoughTheWordIsAThingElsewhere() {
    String out = redact("　　被告人韩大江在村后的原野上与被害人原野发生口角，韩大江持刀将原野刺伤，原野腹部受伤。");
    assertThat(out).contains("村后的原野上").doesNotContain("被害人原野").doesNotContain("将原野刺伤");
  }

  @Test
  void aPartysThingAfterItsRoleWordIsNoPersonWhenTheRoleNamesItsPerson() {
    String out =
        redact("　　申请人鲍春林，男，1960年2月3日出生。申请人鲍春林不服房屋征收补偿决定。" + "其位于某村的房屋系祖传。申请人房屋仍为一层，申请人房屋二层系加建。");
    assertThat(out).doesNotContain("鲍春林").contains("申请人房屋仍为一层");
  }

  @Test
  void whomAnOfficialActedWithOrOnBeforeAJointActIsNoOfficial() {
    String out = redact("　　检察员对卫小川分别进行了询问。检察官与钱德山共同前往现场。经检察官和周德海分别确认。");
    assertThat(out).doesNotContain("卫小川").doesNotContain("钱德山").doesNotContain("周德海");
  }

  @Test
  void officialsNamedTogetherBeforeAJointActStayKept() {
    assertThat(redact("　　本院检察官林春燕、宋晓东曾两次到申请人家中释法说理。")).contains("林春燕").contains("宋晓东");
  }

  @Test
  void aHomeVillageNamedLikeItsTownIsMaskedAloneWhenTheHomeIsInThatTown() {
    String out = redact("　　被告人李某，男，住某县上岗坪乡上岗坪村二组。\n　　李某在上岗坪与他人斗殴，后逃回上岗坪。");
    assertThat(out).doesNotContain("上岗坪");
  }

  @Test
  void aVillageNamedQiJiaIsAPlaceNotTheOnesHomeThatEndsAnAddress() {
    String out = redact("　　被告人张某，男，住某县城关镇其家村3组8号。");
    assertThat(out).doesNotContain("其家村").doesNotContain("3组8号");
  }

  @Test
  void aThreadForgetsTheTextOfARedactionOnceItIsDone() {
    String longText = "　　被告人张某某，男。" + "本院经审查认为事实清楚。".repeat(1_000);
    redact(longText);
    assertThat(CharPositions.cachedTexts()).isZero();
  }
}
