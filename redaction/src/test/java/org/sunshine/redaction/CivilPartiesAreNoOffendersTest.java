package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The rule (RULES.md §1): a document is withheld when one of its offenders was a minor, not when a
 * civil party is one; and words of the narrative are no names, so they cannot make the residual
 * check refuse a clean document.
 */
class CivilPartiesAreNoOffendersTest {

  private final RedactionEngine engine = new RedactionEngine();

  private RedactionResult redact(String text) {
    return engine.redact(RedactionRequest.of(text));
  }

  @Test
  void aChildPlaintiffInASupportForSuitIsNoMinorOffender() {
    RedactionResult r =
        redact(
            """
            支持起诉意见书
            某某县人民法院：
            　　原告邵小雨，女，2012年5月6日出生，学生，住某某县城关镇东风路8号。
            　　被告牛建业，男，1980年1月2日出生，住某某县。
            　　二、支持起诉的理由
            　　（一）原告系未成年人，其母訾红英务农，家庭经济困难，曾向本院申请支持起诉。
            """);
    assertThat(r.verdict().refusals()).isEmpty();
    assertThat(r.redactedText()).doesNotContain("邵小雨", "牛建业", "訾红英");
  }

  @Test
  void anAccusedWhoIsAMinorIsStillRefused() {
    RedactionResult r =
        redact(
            """
            起诉书
            　　被告人牛小军，男，汉族，住某某县。原告邵小雨诉称其受伤，被告人牛小军系未成年人。
            """);
    assertThat(r.verdict().refusals())
        .anySatisfy(x -> assertThat(x.reason()).isEqualTo(RefusalReason.MINOR_OFFENDER));
  }

  @Test
  void anAliasWordUsedAsANounIntroducesNoName() {
    RedactionResult r =
        redact(
            """
            检察建议书
            　　被执行人牛建业终本后以化名“牛建”经营农机门市。
            　　（一）牛建业以化名及近亲属名义经营、消费。牛建业在当地经营农机门市。
            　　（二）你院对牛建业使用化名经营、转移财产的行为未能发现。
            """);
    assertThat(r.verdict().refusals()).isEmpty();
    assertThat(r.redactedText())
        .contains("以化名及近亲属名义经营", "使用化名经营、转移财产")
        .doesNotContain("牛建业", "“牛建”");
  }
}
