package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Siblings named with one generation character (王建丽、王建芳) share their first two characters; each
 * named once, they are two people, never one two-character name followed by a stray character.
 */
class SiblingNamesTest {

  private static String redact(String text) {
    RedactionResult r = new RedactionEngine().redact(RedactionRequest.of(text));
    assertThat(r.publishable()).as("publishable: %s", r.verdict()).isTrue();
    return ResidualCheck.normalise(r.redactedText());
  }

  @Test
  void twoSiblingsSharingAGenerationCharacterNamedOnceEachInAListAreTwoWholeNames() {
    String out = redact("　　经审查查明：被告人丁卫国以高息为诱饵吸收公众存款。集资参与人：薛红梅、薛红英、邵文强、邵文刚、" + "蔡丽君。\n　　上述人员均已报案。");
    assertThat(out)
        .doesNotContain("薛红梅", "薛红英", "邵文强", "邵文刚", "梅、", "英、", "强、", "刚、")
        .contains("集资参与人:");
  }

  @Test
  void aTwoCharacterNameFollowedByWhatItSaidStaysTwoCharacters() {
    String out = redact("　　证人钱明证实其当晚在场。钱明说：“我看见了。”钱明称，被告人跑了。被告人孔亮，男，1990年1月2日出生。");
    assertThat(out).doesNotContain("钱明").contains("说:", "称,");
  }
}
