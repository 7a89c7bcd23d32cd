package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The rule: whatever a label says is a WeChat, QQ, online account or plate is masked, whatever its
 * form.
 */
class LabelledIdentifiersTest {

  private final RedactionEngine engine = new RedactionEngine();

  private String redact(String sentence) {
    String text = "起诉书\n　　被告人詹立群，男，1988年1月1日出生。\n　　经依法审查查明：" + sentence + "\n";
    return ResidualCheck.normalise(engine.redact(RedactionRequest.of(text)).redactedText());
  }

  @Test
  void aWeChatIdOfAnyFormAfterItsLabelIsMasked() {
    assertThat(redact("被告人詹立群使用微信号“清风徐来_88”添加被害人。")).doesNotContain("清风徐来");
    assertThat(redact("被告人詹立群的微信号为wxid_k2m9x7q1，后删除。")).doesNotContain("wxid_k2m9x7q1");
    assertThat(redact("被告人詹立群（微信：Lq-2024）联系买家。")).doesNotContain("Lq-2024");
  }

  @Test
  void aQqNumberAndOtherAccountsAfterTheirLabelAreMasked() {
    assertThat(redact("被告人詹立群通过QQ号：5566778899联系。")).doesNotContain("5566778899");
    assertThat(redact("被告人詹立群以抖音号“dy_lq520”发布视频。")).doesNotContain("dy_lq520");
    assertThat(redact("被告人詹立群使用网名“夜行者”发帖。")).doesNotContain("夜行者");
  }

  @Test
  void aPlateAfterItsLabelIsMaskedKeepingTheProvince() {
    String out = redact("被告人詹立群驾驶车牌号为京A-D1234的轿车离开。");
    assertThat(out).doesNotContain("D1234").contains("京******");
  }

  @Test
  void wordsAfterALabelThatAreNoIdentifierAreKept() {
    assertThat(redact("被告人詹立群通过微信向被害人转账人民币5000元。")).contains("通过微信向被害人转账人民币5000元");
  }
}
