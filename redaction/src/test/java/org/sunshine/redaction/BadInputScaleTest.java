package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Input no clerk should send but some will: a clear result in bounded time, every part of the
 * document processed. The inputs are generated here, so their size is the test's to choose.
 */
class BadInputScaleTest {

  private static final RedactionEngine ENGINE = new RedactionEngine();
  private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜";
  private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红志海波宁欣怡浩然宇轩思远嘉雨辰晨鑫博文";

  /** A distinct three-character name for each n below 40 × 50 × 50. */
  private static String name(int n) {
    return ""
        + SURNAMES.charAt(n % SURNAMES.length())
        + GIVEN.charAt(n / SURNAMES.length() % GIVEN.length())
        + GIVEN.charAt((n / SURNAMES.length() / GIVEN.length() + 7) % GIVEN.length());
  }

  private static String phone(int n) {
    return "139" + String.format("%08d", n * 7919 % 100_000_000);
  }

  @Test
  void aThreeHundredPagePdfExtractedTextWithThousandsOfWrapsIsRedactedToTheLastPage() {
    StringBuilder paragraph = new StringBuilder();
    for (int i = 0; i < 1500; i++) {
      paragraph
          .append("被害人")
          .append(name(i))
          .append("（联系电话")
          .append(phone(i))
          .append("）陈述，被告人杭立新以投资为名骗取其人民币")
          .append(1000 + i)
          .append("元。");
    }
    // a PDF extractor's text: a hard wrap every 24 characters, a footer every 10 lines
    StringBuilder pdf = new StringBuilder("起诉书\n　　被告人杭立新，男，1980年1月1日出生。\n　　");
    int lines = 0;
    for (int i = 0; i < paragraph.length(); i += 24) {
      pdf.append(paragraph, i, Math.min(paragraph.length(), i + 24)).append('\n');
      if (++lines % 10 == 0) {
        pdf.append("第 ").append(lines / 10).append(" 页 共 306 页\n");
      }
    }
    assertThat(lines / 10).isGreaterThanOrEqualTo(300);
    RedactionResult r =
        assertTimeoutPreemptively(
            Duration.ofSeconds(30), () -> ENGINE.redact(RedactionRequest.of(pdf.toString())));
    String out = r.redactedText().replace("\n", "").replaceAll("第 \\d+ 页 共 306 页", "");
    for (int i = 0; i < 1500; i++) {
      assertThat(out).doesNotContain(name(i)).doesNotContain(phone(i));
    }
    assertThat(out).contains("2499元"); // the last paragraph is there, amounts kept
  }

  @Test
  void aTextWithNoRoleWordsAtAllStillHasItsNumbersMaskedAndNothingDropped() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 400; i++) {
      text.append("第")
          .append(i + 1)
          .append("笔款项于2023年5月")
          .append(1 + i % 28)
          .append("日转入账户6222021234567890123，经办电话")
          .append(phone(i))
          .append("，备注为货款。\n");
    }
    RedactionResult r =
        assertTimeoutPreemptively(
            Duration.ofSeconds(20), () -> ENGINE.redact(RedactionRequest.of(text.toString())));
    assertThat(r.redactedText()).doesNotContain("6222021234567890123", phone(0), phone(399));
    assertThat(r.redactedText().lines().count()).isEqualTo(400);
    assertThat(r.redactedText()).contains("第400笔款项");
  }

  @Test
  void aTableOfTwoThousandRowsHasEveryRowMasked() {
    StringBuilder table = new StringBuilder("　　经审计，集资参与人情况如下：\n序号　姓名　金额（元）　联系电话\n");
    for (int i = 0; i < 2000; i++) {
      table
          .append(i + 1)
          .append('　')
          .append(name(i))
          .append('　')
          .append(10_000 + i)
          .append('　')
          .append(phone(i))
          .append('\n');
    }
    table.append("　　以上款项均未归还。\n");
    RedactionResult r =
        assertTimeoutPreemptively(
            Duration.ofSeconds(30), () -> ENGINE.redact(RedactionRequest.of(table.toString())));
    for (int i = 0; i < 2000; i++) {
      assertThat(r.redactedText()).doesNotContain(name(i)).doesNotContain(phone(i));
    }
    assertThat(r.redactedText()).contains("11999", "以上款项均未归还");
  }

  /** A nickname for each n: two characters no name of this test uses. */
  private static String nickname(int n) {
    String chars = "阿飞虎豹鹰龙狼熊猫鹤蛟雕";
    return ""
        + chars.charAt(n % chars.length())
        + chars.charAt(n / chars.length() % chars.length())
        + n;
  }

  @Test
  void aTableOfTwoThousandVictimsEachWithANicknameIsMaskedWhole() {
    // each row's alias is tied to the name just before it: that look-up must stay local to the row,
    // or the table costs the square of its rows for every alias (a minute for 2,000 rows)
    StringBuilder table = new StringBuilder("　　经查，被害人情况如下：\n");
    for (int i = 0; i < 2000; i++) {
      table
          .append(i + 1)
          .append("．被害人")
          .append(name(i))
          .append("（网名“")
          .append(nickname(i))
          .append("”），被骗")
          .append(1_000 + i)
          .append("元；\n");
    }
    table.append("　　以上款项均未退还。\n");
    RedactionResult r = ENGINE.redact(RedactionRequest.of(table.toString()));
    for (int i = 0; i < 2000; i++) {
      assertThat(r.redactedText()).doesNotContain(name(i)).doesNotContain(nickname(i));
    }
    assertThat(r.redactedText()).contains("被骗2999元", "以上款项均未退还");
  }
}
