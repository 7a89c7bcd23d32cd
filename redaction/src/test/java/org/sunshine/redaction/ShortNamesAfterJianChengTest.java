package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rule: only an alias word that declares a full name (曾用名, 化名, 真实姓名, 原名, 又名, 别名) makes the word
 * after it a name; 以下简称 introduces a company's short name, which stays even when it is a person's
 * given name too.
 */
class ShortNamesAfterJianChengTest {

  private final RedactionEngine engine = new RedactionEngine();

  @Test
  void aCompanysShortNameAfterJianChengIsKeptWhenItIsAlsoAGivenName() {
    String text =
        """
        起诉书
        　　被告人高峰，男，1980年3月5日出生。
        　　经依法审查查明：被告人高峰系某某市高峰建材有限公司（以下简称高峰公司）股东，该公司账目由其掌管。
        """;
    RedactionResult r =
        engine.redact(
            new RedactionRequest(
                text, null, List.of(), PseudonymMap.empty(), RedactionPolicy.defaults(), null));
    assertThat(r.redactedText()).doesNotContain("被告人高峰").contains("以下简称高峰公司");
  }
}
