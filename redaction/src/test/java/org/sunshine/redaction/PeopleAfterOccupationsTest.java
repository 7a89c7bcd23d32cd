package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * People the narrative introduces by an occupation or relation, and words that only look like them.
 */
class PeopleAfterOccupationsTest {

  private final RedactionEngine engine = new RedactionEngine();

  private RedactionResult run(String text) {
    return engine.redact(RedactionRequest.of(text));
  }

  private String redact(String text) {
    return run(text).redactedText();
  }

  @Test
  void aFullNameAfterAnOccupationTheDictionaryTagsIsMaskedThoughItOpensAWord() {
    // 辅导员 is in no role list; the dictionary tags it as an occupation, and 陆海 is a word
    assertThat(redact("其辅导员陆海琴证实：“她家里条件很差。”")).doesNotContain("陆海琴").contains("辅导员");
  }

  @Test
  void anOfficialAfterHisTitleStaysKept() {
    assertThat(redact("承办检察官马建平出庭支持公诉。")).contains("马建平");
  }

  @Test
  void aRareSurnameBeforeAGivenNameTheDictionaryKnowsAsANameIsAName() {
    assertThat(redact("本院根据被监管人郎建军之妻何丽的控告立案侦查。")).doesNotContain("郎建军");
  }

  @Test
  void aPersonNamedBeforeTheHeadOfHisTownIsMaskedThere() {
    String out = redact("原审被告人冉国明，男，1966年7月7日出生，原系某镇镇长。证人白光辉证言称：“工程是冉国明镇长定的。”");
    assertThat(out).doesNotContain("冉国明").contains("镇长定的");
  }

  @Test
  void aRoleWordBeforeAThingAModifierNamesIsNoPerson() {
    RedactionResult r =
        run(
            "申请人汪秋风，男，1963年3月15日出生。申请人称：其位于南山路58号的房屋系祖传宅基地上所建。"
                + "经查，2019年6月申请人房屋仍为一层，申请人房屋二层系在征收公告发布后加建。");
    assertThat(r.verdict().publishable()).isTrue();
    assertThat(r.redactedText()).contains("申请人房屋仍为一层").doesNotContain("汪秋风");
  }

  @Test
  void officialsListedAfterOneTitleWhoThenActAreAllKept() {
    String out = redact("申请人汪秋风，男，1963年3月15日出生。审查期间，本院检察官王春燕、马晓东曾两次到申请人家中释法说理。");
    assertThat(out).contains("王春燕、马晓东曾两次");
  }

  @Test
  void anOfficialWhoseSurnameIsAlsoAnAdverbAfterAListedOfficialStaysKept() {
    assertThat(redact("　　书记员顾春宁、法官助理曾刚参与本案。")).contains("曾刚");
  }

  @Test
  void aNameAfterAJobWordTheRosterAddsIsMasked() {
    String out =
        redact("　　被告人何志远，男，1980年1月1日出生。该表由劳资科干事蒋德林代填，同监区干警宋立军证实何志远在场，" + "兽医侯春江、运输户苏海平均在场。");
    assertThat(out)
        .doesNotContain("蒋德林")
        .doesNotContain("宋立军")
        .doesNotContain("侯春江")
        .doesNotContain("苏海平");
  }

  @Test
  void aSurnameNoListHasOpensANameRightBeforeTestimony() {
    String out = redact("　　被告人何志远，男，1980年1月1日出生。邻居拓志军亦证实何志远常年外出，村民小组长证实属实。");
    assertThat(out).doesNotContain("拓志军").contains("村民小组长证实");
  }
}
