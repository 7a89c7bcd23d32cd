package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A surname the main list lacks (Hui 纳, Yi 者, Manchu 满) makes a name right after a party's role
 * word when the document says the whole name again, and then its family's names after a relative's
 * word; its character still opens ordinary words everywhere else.
 */
class DeclaredSurnamesTest {

  private static String redact(String text) {
    RedactionResult r = new RedactionEngine().redact(RedactionRequest.of(text));
    assertThat(r.publishable()).as("publishable: %s", r.verdict()).isTrue();
    return ResidualCheck.normalise(r.redactedText());
  }

  @Test
  void aMinoritySurnamesNameAfterARoleWordAndSaidAgainIsMaskedWithItsFamily() {
    String out =
        redact(
            "　　你因原审被告人纳永祥故意伤害罪一案不服，提出申诉。纳永祥自2016年起患病，纳永祥的病情时好时坏。"
                + "你所称纳永祥之兄纳永平未被准许出庭一节，经查，纳永平并非目击者。");
    assertThat(out).doesNotContain("纳永祥", "纳永平");
  }

  @Test
  void aRareSurnamesCharacterOpeningAWordAfterARoleWordStaysTheWord() {
    String out = redact("　　被害人满意度调查显示，申请人要求撤销原决定。被害人满意度较高。被告人龚立成，男，1979年8月9日出生。");
    assertThat(out).contains("满意度调查", "要求撤销").doesNotContain("龚立成");
  }
}
