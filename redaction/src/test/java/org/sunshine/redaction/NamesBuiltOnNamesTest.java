package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Nicknames built on a name or a surname (大刘, 黄Sir, 春娃, 尕龙, 寿老板) and nicknames declared without
 * quotation marks, masked wherever they recur — and the ordinary words of the same shape kept.
 */
class NamesBuiltOnNamesTest {

  private final RedactionEngine engine = new RedactionEngine();

  private String redact(String text) {
    return engine.redact(RedactionRequest.of(text)).redactedText();
  }

  @Test
  void aNicknameBeforeABracketWithTheFullNameItIsBuiltOnIsMaskedWhereverItRecurs() {
    String out =
        redact(
            "　　被告人何志远，男，1980年1月1日出生。何志远经“老蔡”（蔡文东，另案处理）介绍入伙，"
                + "在“老蔡”管理的窝点工作。其朋友大郑（郑国梁）、证人林Sir（林嘉豪）均在场。");
    assertThat(out)
        .doesNotContain("老蔡")
        .doesNotContain("蔡文东")
        .doesNotContain("大郑")
        .doesNotContain("郑国梁")
        .doesNotContain("林Sir")
        .doesNotContain("林嘉豪");
  }

  @Test
  void aWordBeforeABracketWithANameSharingNoCharacterIsKept() {
    String out = redact("　　被告人何志远，男，1980年1月1日出生。该小组（何志远任组长）召开大会（何志远主持）。");
    assertThat(out).contains("该小组（").contains("召开大会（");
  }

  @Test
  void aNicknameDeclaredByAVerbOfCallingWithoutQuotesIsMasked() {
    String out = redact("　　被告人甘秋生，男，1980年1月1日出生。甘秋生到案后承认，村里人都叫其秋娃。" + "证人邹德顺称，家里人都叫他邹老四，秋娃常来家中。");
    assertThat(out).doesNotContain("秋娃").doesNotContain("邹老四");
  }

  @Test
  void aBareVerbOfSayingIntroducesNoNickname() {
    String out = redact("　　被告人甘秋生，男，1980年1月1日出生。甘秋生称其收到，叫他回来，都称其为人老实。");
    assertThat(out).contains("称其收到").contains("叫他回来");
  }

  @Test
  void aQuotedSurnameAndTitleAfterAVerbOfSayingIsANickname() {
    String out = redact("　　被告人寿长根，男，1965年3月4日出生。寿长根经营农机店，村民称其“寿老板”。另查，老板娘未到场。");
    assertThat(out).doesNotContain("寿老板").contains("老板娘");
  }

  @Test
  void theNorthwesternDiminutiveAndTheRuralOneBuiltOnTheGivenNameAreMasked() {
    String out =
        redact(
            "　　被害人马小虎，男，1990年1月1日出生。邻居证实：“尕虎出事前在银川打工。”\n" + "　　被告人苟春明，男，1980年1月1日出生。证人称春娃当晚到过现场。");
    assertThat(out).doesNotContain("尕虎").doesNotContain("春娃");
  }

  @Test
  void aNicknameWordDeclaredByHunMingIsMaskedWhereverItStands() {
    String out = redact("　　被告人符亚強（诨名“瘦猴”），男，1985年3月4日出生。瘦猴在其住处容留他人吸毒。");
    assertThat(out).doesNotContain("瘦猴");
  }

  @Test
  void anElderNicknameOnAGivenNameIsMaskedWhereTheDictionaryCutsAcrossIt() {
    String out = redact("　　被告：谭川，男，1977年7月7日出生。证人证实：“工人都是川哥带来的。”另查，谭川的姐妹均不知情。");
    assertThat(out).doesNotContain("川哥").contains("姐妹");
  }

  @Test
  void theSurnameAndBossIsANicknameOfAPersonWithThatSurname() {
    String out = redact("　　被告人甄志国，男，1977年7月7日出生。证人证实：“报关都是按甄老板给的单子做的。”老板娘和老板都不在场。");
    assertThat(out).doesNotContain("甄老板").contains("老板娘和老板都不在场");
  }

  @Test
  void aHandleInQuotesThatSomebodyIsSaidToBeCalledIsMasked() {
    String out = redact("　　被告人甄志国，男，1977年7月7日出生。证人称：“我跟一个叫‘滇南阿秀’的女的买了一辆车。”");
    assertThat(out).doesNotContain("滇南阿秀");
  }
}
