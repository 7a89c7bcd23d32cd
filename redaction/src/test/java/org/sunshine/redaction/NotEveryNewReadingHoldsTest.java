package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The rule: what the readings of wrapped addresses, quoted call signs, unnumbered list rows,
 * pregnancies, listed accounts and vessels find must be what they say — a clause opening the next
 * line, an app, a connective, a statute's words, a product's model and a year stay as written.
 */
class NotEveryNewReadingHoldsTest {

  private final RedactionEngine engine = new RedactionEngine();

  private String redact(String text) {
    return engine.redact(RedactionRequest.of(text)).redactedText();
  }

  private static final String HEAD =
      """
      某某县人民检察院
      起诉书
      某检刑诉〔2025〕12号
      　　被告人秦德胜，男，1975年3月1日出生，住某某县城关镇雪村8号。
      """;

  @Test
  void aClauseOpeningTheLineAfterATownIsNoPartOfTheAddress() {
    String out = redact(HEAD + "　　被告人秦德胜户籍在某某县清水镇\n社区矫正机构对其进行监管。\n");
    assertThat(out).contains("社区矫正机构对其进行监管");
  }

  @Test
  void anAppInQuotesBeforeAnAccountsBracketIsNoPerson() {
    String out = redact(HEAD + "　　被告人通过“支付宝”（手机号码13912345678）账户转账，又通过“微信”（机主为秦德胜）联系。\n");
    assertThat(out).contains("“支付宝”", "“微信”").doesNotContain("13912345678");
  }

  @Test
  void connectivesUnderAPeopleHeadingAreNoNames() {
    String out = redact(HEAD + "被害人情况：\n　　经审查，被害人共计15人，损失合计300万元；\n　　综上，涉案金额共计12万元。\n");
    assertThat(out).contains("经审查，被害人共计15人", "综上，涉案金额共计12万元");
  }

  @Test
  void theStatutesPregnancyWordsStay() {
    String out =
        redact(
            HEAD
                + "　　被告人秦德胜未取得医生执业资格，擅自为他人进行终止妊娠手术。依照法律规定，对怀孕妇女不得适用死刑；"
                + "对怀孕、正在哺乳自己婴儿的妇女，可以取保候审。\n");
    assertThat(out).contains("终止妊娠手术", "对怀孕妇女不得适用", "对怀孕、正在哺乳自己婴儿的妇女");
  }

  @Test
  void aProductsModelAfterAListedAccountIsNoAccount() {
    String out = redact(HEAD + "　　被告人使用微信号lzh_88和iPhone12手机联系，QQ号123456789、Win10系统电脑作案。\n");
    assertThat(out).contains("iPhone12手机", "Win10系统").doesNotContain("lzh_88", "123456789");
  }

  @Test
  void aVesselsShapeBeforeAYearIsNoRegistration() {
    String out = redact(HEAD + "　　该船队自苏北油2019年起在此经营。\n");
    assertThat(out).contains("苏北油2019年起");
  }

  @Test
  void aVeryLongLineUnderAPeopleHeadingIsReadInBoundedTime() {
    String line = "　　张三，" + "一".repeat(40_000) + "\n";
    assertTimeoutPreemptively(Duration.ofSeconds(30), () -> redact(HEAD + "被害人情况：\n" + line));
  }

  @Test
  void aHandleQuotedBeforeItsWordEndsAtItsQuote() {
    String out = redact(HEAD + "　　2024年，上家通过“快乐小猪”的网名在网上联系被告人，证人使用“老树皮”的昵称作证。\n");
    assertThat(out).contains("的网名在网上联系被告人", "的昵称作证").doesNotContain("快乐小猪", "老树皮");
  }
}
