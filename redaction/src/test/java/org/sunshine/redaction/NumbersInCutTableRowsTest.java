package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The rule: a number in a table row is masked whole however the row was laid out — a card in its
 * groups of four beside a date cell, a card cut in its groups across a line, an ID number cut
 * before the amount cell — and the date and the amount beside it stay.
 */
class NumbersInCutTableRowsTest {

  private final RedactionEngine engine = new RedactionEngine();

  private String redact(String text) {
    RedactionResult r = engine.redact(RedactionRequest.of(text));
    assertThat(r.publishable()).as("publishable: %s", r.verdict()).isTrue();
    return ResidualCheck.normalise(r.redactedText());
  }

  private static final String HEAD = "起诉书\n　　被告人邬志成，男，1991年4月8日出生。\n　　经依法审查查明：涉案银行卡如下：\n";

  @Test
  void aCardInGroupsBeforeADateCellIsMaskedAndTheDateStays() {
    String out =
        redact(
            HEAD
                + "　　序号　开卡人　卡号　开卡日期\n"
                + "　　1　邬志成　6228 4800 1234 5678 905　2024年3月7日\n"
                + "　　2　邬志成　6228480012349876512　2024年4月1日\n");
    assertThat(out)
        .doesNotContain("1234 5678", "12345678", "1234987")
        .contains("2024年3月7日", "2024年4月1日");
  }

  @Test
  void aCardCutInItsGroupsAcrossALineIsMaskedWhole() {
    String out =
        redact(HEAD + "　　序号　开卡人　卡号　开卡日期\n" + "　　1　邬志成　6228 4800 1\n" + "234 5678 905　2024年3月7日\n");
    assertThat(out).doesNotContain("4800", "5678").contains("2024年3月7日");
  }

  @Test
  void anIdNumberCutBeforeTheAmountCellIsMaskedWholeAndTheAmountStays() {
    String out =
        redact(
            HEAD.replace("涉案银行卡如下", "欠付工资如下")
                + "阿牛尔古　5134311988030\n"
                + "51553　３．６８万元\n"
                + "吉克阿木　513431199206112375　３．２１万元\n");
    assertThat(out).doesNotContain("1988030", "51553", "19920611").contains("3.68万元", "3.21万元");
  }
}
