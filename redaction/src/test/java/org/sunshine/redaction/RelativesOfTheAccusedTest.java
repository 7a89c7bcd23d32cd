package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rule: a relative named beside an accused (其弟X, 被告人甲、其妻乙) has their kinship as their role, not
 * the accused's; so under the statutory minimum, which may keep the accused's name in an
 * indictment, the relative is still anonymised.
 */
class RelativesOfTheAccusedTest {

  private static final RedactionPolicy MINIMUM =
      new RedactionPolicy(
          AnonymisationScope.STATUTORY_MINIMUM,
          RedactionPolicy.defaults().masked(),
          AddressStyle.UNIT_WORDS_KEPT,
          true,
          false);

  private final RedactionEngine engine = new RedactionEngine();

  private String redact(String text) {
    RedactionResult r =
        engine.redact(new RedactionRequest(text, null, List.of(), null, MINIMUM, null));
    assertThat(r.publishable()).as("publishable: %s", r.verdict()).isTrue();
    return r.redactedText();
  }

  @Test
  void aSiblingReadByTheGenerationCharacterIsNoAccused() {
    String out =
        redact(
            """
            某某县人民检察院
            起诉书
            被告人祁振东，男，1980年3月5日出生，住某某县。
            经依法审查查明：
            2024年4月，被告人祁振东在某工地窃取钢材，其弟祁振西帮助搬运。
            本院认为，被告人祁振东的行为触犯了《中华人民共和国刑法》第二百六十四条。
            """);
    assertThat(out).contains("被告人祁振东").doesNotContain("祁振西");
  }

  @Test
  void aWifeListedAfterTheAccusedIsNoAccused() {
    String out =
        redact(
            """
            某某县人民检察院
            起诉书
            被告人祁振东，男，1980年3月5日出生，住某某县。
            经依法审查查明：
            2024年4月，被告人祁振东、其妻宓春燕在某商场窃取手机两部。
            本院认为，被告人祁振东的行为触犯了《中华人民共和国刑法》第二百六十四条。
            """);
    assertThat(out).contains("被告人祁振东").doesNotContain("宓春燕");
  }
}
