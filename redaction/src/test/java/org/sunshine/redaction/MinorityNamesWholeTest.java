package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A minority name takes one pseudonym, replaced whole, however the readings cut it. */
class MinorityNamesWholeTest {

  private static RedactionResult redact(String text) {
    RedactionResult r = new RedactionEngine().redact(RedactionRequest.of(text));
    assertThat(r.publishable()).as("publishable: %s", r.verdict()).isTrue();
    return r;
  }

  @Test
  void aMongolianNameOfAnElementAndAPartTheStockLacksIsOnePerson() {
    RedactionResult r = redact("　　经审查查明：被告人孟庆国因草场纠纷与被害人苏和达来发生争执，遂用木棍击打苏和达来背部，" + "致苏和达来轻伤二级。");
    assertThat(r.redactedText()).doesNotContain("达来", "苏和");
    assertThat(r.redactedText()).doesNotContainPattern("某某[\\p{IsHan}]某");
  }

  @Test
  void aDottedNameStopsBeforeTheWordsAfterItAndItsFirstPartTakesTheSamePseudonym() {
    RedactionResult r =
        redact(
            "　　被告人杭立军，男，1980年3月5日出生。\n"
                + "　　经审查查明：被告人杭立军驾车与步行的艾合买提·吐尔洪相撞，艾合买提·吐尔洪之父出具谅解书，"
                + "其母亲阿依夏·克里木年逾八旬。艾合买提当晚经抢救无效死亡。");
    String out = r.redactedText();
    assertThat(out).doesNotContain("艾合买提", "吐尔洪", "阿依夏", "克里木").contains("相撞", "之父出具", "年逾八旬");
    assertThat(out).doesNotContainPattern("某[某甲乙丙]·");
  }

  @Test
  void aDottedNameWhoseReadingRanTooFarBackIsStillMaskedWhole() {
    String out = redact("　　经审查查明：被告人杭立军驾车将正在通过的行人努尔江·别克（哈萨克族）撞倒，努尔江·别克经抢救无效死亡。").redactedText();
    assertThat(out).doesNotContain("努尔江", "别克").doesNotContainPattern("某[某甲乙丙]·");
  }

  @Test
  void aRoleWordAfterAListCommaIsNoPersonOfTheList() {
    RedactionResult r = redact("　　本院听取了申请人及其委托诉讼代理人邓立伟、被申请人的法定代理人庄秀琴的意见。");
    assertThat(r.redactedText()).contains("、被申请人的法定代理人").doesNotContain("庄秀琴");
  }
}
