package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules: one QQ label before a list labels every number of the list; a bracketed handle the
 * layout cut stays one handle; digits of a sum of money are an amount even where they repeat a QQ
 * number, so they are neither masked nor a residual leak; an office's telephone line stays.
 */
class ListedAndCutIdentifiersTest {

  private final RedactionEngine engine = new RedactionEngine();

  private RedactionResult redact(String facts) {
    return engine.redact(
        RedactionRequest.of("起诉书\n　　被告人詹立群，男，1988年1月1日出生。\n　　经依法审查查明：" + facts + "\n"));
  }

  @Test
  void everyNumberOfAListAfterOneQqLabelIsMasked() {
    RedactionResult r = redact("被告人詹立群使用QQ号分别为283746591、1928374650和56473829的账号招揽客户。");
    assertThat(ResidualCheck.normalise(r.redactedText()))
        .doesNotContain("283746591", "1928374650", "56473829")
        .contains("的账号招揽客户");
  }

  @Test
  void theItemsOfAListUnderAQqHeadingAreQqNumbers() {
    RedactionResult r =
        redact("被告人詹立群使用的QQ号码如下：\n1．3847561920（昵称“晴天”）\n2．29384756（昵称“雨天”）\n　　上述账号均由其本人注册。");
    assertThat(ResidualCheck.normalise(r.redactedText()))
        .doesNotContain("3847561920", "29384756")
        .contains("上述账号均由其本人注册");
  }

  @Test
  void aBracketedHandleCutByALineBreakIsMaskedWhole() {
    RedactionResult r = redact("原告业务员称“已经加了对方微信（ke\nlin_0722），一直联系得上”。");
    assertThat(ResidualCheck.normalise(r.redactedText())).doesNotContain("lin_0722", "ke");
  }

  @Test
  void anAmountThatRepeatsAQqNumbersDigitsIsKept() {
    RedactionResult r = redact("被告人詹立群使用QQ号283746591联系买家，共收取人民币283746591元。");
    assertThat(r.publishable()).as("publishable: %s", r.verdict()).isTrue();
    assertThat(r.redactedText()).contains("人民币283746591元").doesNotContain("QQ号283746591");
  }

  @Test
  void theResidualCheckReadsNoNumberInsideASumOfMoney() {
    assertThat(
            ResidualCheck.check(
                "收取人民币2837 4659 1元，另收￥283746591", List.of(), List.of("283746591"), List.of()))
        .isEmpty();
    assertThat(ResidualCheck.check("其QQ号为283746591。", List.of(), List.of("283746591"), List.of()))
        .containsExactly("number:283746591");
  }

  @Test
  void anOfficesTelephoneLineIsKept() {
    RedactionResult r =
        redact("被告人詹立群的手机号码为13912345678。\n3．主办检察官：杜某，联系电话0591-8765432（办公），举报电话：0591-12309。");
    String out = ResidualCheck.normalise(r.redactedText());
    assertThat(out).contains("0591-8765432", "0591-12309").doesNotContain("13912345678");
    String closing =
        ResidualCheck.normalise(
            redact("被告人詹立群的手机号码为13912345678。\n联系人：韦某（检察官）　　联系电话：0771-5582306").redactedText());
    assertThat(closing).contains("0771-5582306");
  }

  @Test
  void anEmailAddressCutByALineBreakInItsDomainIsMaskedWhole() {
    RedactionResult r = redact("被告人詹立群的电子邮箱kzlq0628@exam\nple.com，用于接收资料。");
    assertThat(ResidualCheck.normalise(r.redactedText())).doesNotContain("kzlq0628", "ple.com");
  }
}
