package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A PDF whose lines end every 18 to 40 characters cuts labels, plates and ID numbers wherever the
 * line ends; what the label announces is masked all the same. Texts written for these tests.
 */
class CutTokensTest {

  private static String redact(String text) {
    RedactionResult r = new RedactionEngine().redact(RedactionRequest.of(text));
    assertThat(r.publishable()).as("publishable: %s", r.verdict()).isTrue();
    return r.redactedText();
  }

  @Test
  void aQqNumberAfterALabelCutBetweenItsLettersIsMasked() {
    String out =
        redact("　　被告：鲍立新，男，1990年4月5日出生，汉族，住某市某区，微信昵称“听风”，Q\nQ号2938475610。\n　　诉讼请求：判令被告返还借款。\n");
    assertThat(out).doesNotContain("2938475610");
  }

  @Test
  void aCreditCodeAfterALabelCutInsideTheWordIsMasked() {
    String out = redact("　　被告：某县鑫源汽车修理部，统一社\n会信用代码92450102MA5K8D2P3X，经营者鲍立新。\n　　本院依法审查了本案。\n");
    assertThat(out).doesNotContain("92450102");
  }

  @Test
  void aPlateCutAfterItsFirstDigitIsMaskedWhole() {
    String out = redact("　　2023年5月2日，鲍立新驾驶车牌号为桂A5\nK8N2的小型轿车行驶至某路口。\n　　本院依法审查了本案。\n");
    assertThat(out).doesNotContain("K8N2").contains("小型轿车");
  }

  @Test
  void anIdNumberWhoseLastThreeDigitsFallOnTheNextLineIsNoPageNumber() {
    String out = redact("附表：\n鲍立新　　男　　喷漆　　３２８００　　５２２６３０１９９１０８０８３\n０２７\n" + "　　以上人员均系被告雇用的工人。\n");
    assertThat(out).doesNotContain("１９９１０８０８３").doesNotContain("鲍立新");
  }
}
