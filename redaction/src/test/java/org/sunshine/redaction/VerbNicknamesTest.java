package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The rule: 小 before a character that is only a verb, used as a verb (与朋友小聚后, 小酌了几杯), is no
 * nickname built on a given name; the nickname standing as a name is still masked.
 */
class VerbNicknamesTest {

  private String redact(String facts) {
    String text = "起诉书\n　　被告人李建聚，男，1988年1月1日出生。\n　　经依法审查查明：" + facts + "\n";
    return ResidualCheck.normalise(
        new RedactionEngine().redact(RedactionRequest.of(text)).redactedText());
  }

  @Test
  void aSmallGatheringIsNoNickname() {
    assertThat(redact("2024年5月1日晚，被告人李建聚与朋友小聚后驾驶汽车，此前曾与同事小聚，席间饮酒。")).contains("与朋友小聚后", "与同事小聚,");
  }

  @Test
  void theNicknameStandingAsANameIsMasked() {
    assertThat(redact("证人王某证实：“小聚那天喝了不少，说要开车回家。”")).doesNotContain("小聚");
  }
}
