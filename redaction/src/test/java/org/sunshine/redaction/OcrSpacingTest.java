package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Ideographic spaces an OCR engine puts inside names and labels. */
class OcrSpacingTest {

  private static String redact(String text) {
    return new RedactionEngine().redact(RedactionRequest.of(text)).redactedText();
  }

  @Test
  void aNameSpacedOutByOcrInATableRowIsMaskedWhole() {
    String out =
        redact(
            "　　经审计，集资参与人情况如下：\n"
                + "序号　姓　名　金额（元）　联系电话\n"
                + "1　郑海波　17484　17569381494\n"
                + "2　祝　秋　萍　7850　15329105827\n"
                + "　　上述款项均未归还。\n");
    assertThat(out).doesNotContain("秋　萍", "祝　秋", "郑海波", "15329105827").contains("姓　名");
    assertThat(out).contains("7850", "17484");
  }

  @Test
  void anIdeographicSpaceInsideANameAndALabelInRunningTextIsClosed() {
    String out = redact("　　经依法审查查明：被告人杭立新诈骗被害人钱某某。\n" + "　　证人满　都拉乌兰（微信昵　称“清风竹”）证实上述事实\n");
    assertThat(out).doesNotContain("都拉乌兰", "清风竹", "满　都");
  }

  @Test
  void aResidentIdBeforeASpaceAndAnAmountIsANumberOfItsOwn() {
    String out =
        redact(
            "　　原告情况如下：\n"
                + "1 甲某 110101199003071233 38,600\n"
                + "　　被告人王某，公民身份号码110101199003071233 1号楼。\n");
    assertThat(out).doesNotContain("110101199003071233").contains("38,600");
  }

  @Test
  void cellsOfATableRowAreNotRunTogether() {
    String out = redact("　　扣押物品清单如下：\n" + "序号　物品名称　数量　存放处\n" + "1　手机　1　郑海波\n" + "2　电脑　2　祝秋萍\n");
    assertThat(out).contains("手机　1", "电脑　2", "序号　物品名称　数量");
  }

  @Test
  void aPhoneSpacedOrCutByOcrAndAPageFooterIsMasked() {
    String out =
        redact(
            "　　经依法审查查明：被告人杭立新使用手机号码139　1234\n"
                + "第 2 页 共 5 页\n"
                + "5678联系被害人，又以１５８ ２２３３ ４４５５号码发送短信，\n"
                + "并通过电话（0371-6688　9900）联系其家属。\n");
    String joined = out.replaceAll("第 2 页 共 5 页|[\\s　]", "");
    assertThat(joined).doesNotContain("13912345678", "15822334455", "66889900", "12345678");
    assertThat(out).doesNotContain("１５８ ２２３３", "6688　9900", "139　1234");
  }

  @Test
  void aPhoneCutAtTheEndOfATableRowIsMaskedWhole() {
    String out =
        redact(
            "　　经审计，集资参与人情况如下：\n"
                + "序号　姓名　金额（元）　联系电话\n"
                + "1　郑海波　51598　16630164\n"
                + "304\n"
                + "2　祝秋萍　10390　1768699\n"
                + "5439\n"
                + "　　上述款项均未归还。\n");
    assertThat(out).doesNotContain("16630164", "1768699", "郑海波").contains("51598", "10390");
  }
}
