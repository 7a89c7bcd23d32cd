package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NicknamesTest {

  @Test
  void aNicknameOnAOneCharacterGivenNameIsMaskedAndNoPhantomPersonAppears() {
    RedactionResult r =
        new RedactionEngine()
            .redact(
                RedactionRequest.of(
                    "　　经依法审查查明：2023年5月1日，被告人马振宇殴打被害人张伟。张伟便于次日报警。" + "证人何建新证实：“我听见老板娘喊‘伟哥快躲开’。”"));
    assertThat(r.redactedText()).doesNotContain("伟哥", "张伟");
    assertThat(r.pseudonyms().asMap()).doesNotContainKey("张伟便");
  }
}
