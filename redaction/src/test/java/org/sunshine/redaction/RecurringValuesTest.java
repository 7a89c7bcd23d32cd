package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rule: an identifier's digits found again elsewhere are masked again, except where they are an
 * amount, a year or a document number (转账12345678元) or lie in kept text.
 */
class RecurringValuesTest {

  private final RedactionEngine engine = new RedactionEngine();

  @Test
  void anAmountWithAnIdentifiersDigitsIsKeptWhileTheIdentifierRecursMasked() {
    String text =
        """
        起诉书
        　　被告人房志远，男，1980年3月5日出生。
        　　经依法审查查明：被告人房志远使用QQ号为27364519的账户联系买家，买家向其转账27364519元。后其又用27364519登录。
        """;
    RedactionResult r =
        engine.redact(
            new RedactionRequest(
                text, null, List.of(), PseudonymMap.empty(), RedactionPolicy.defaults(), null));
    assertThat(r.redactedText())
        .contains("转账27364519元")
        .doesNotContain("QQ号为27364519", "用27364519登录");
  }
}
