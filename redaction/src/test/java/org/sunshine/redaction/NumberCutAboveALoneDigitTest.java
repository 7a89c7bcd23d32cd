package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rule: a lone one- or two-digit line under a line that ends in a grouped number (dashes or
 * spaces between its digits) is the number's last digits, not a page number, when together they
 * make a phone, ID or card length (digits above of a known length too, unless they are a whole
 * identifier by themselves: a valid ID number, a card passing the Luhn check); the whole number is
 * masked (its middle digits: the engine shows a card's and an ID's first six and last four).
 */
class NumberCutAboveALoneDigitTest {

  private static final String FILLER = "　　另查明，被告人莘立群在案发前曾多次在某某镇集市上兜售来路不明的电动车电瓶，经民警查获。";

  private final RedactionEngine engine = new RedactionEngine();

  private String redact(String cut, String rest) {
    String text =
        "起诉书\n　　被告人莘立群，男，1988年1月1日出生。\n"
            + FILLER
            + "\n"
            + FILLER
            + "\n　　经依法审查查明：被告人莘立群使用的号码为"
            + cut
            + "\n"
            + rest
            + "\n"
            + FILLER
            + "\n"
            + FILLER
            + "\n";
    RedactionResult r =
        engine.redact(
            new RedactionRequest(
                text, null, List.of(), PseudonymMap.empty(), RedactionPolicy.defaults(), null));
    assertThat(r.publishable()).as("publishable: %s", r.verdict()).isTrue();
    return ResidualCheck.normalise(r.redactedText());
  }

  @Test
  void aDashedPhoneCutAboveALoneDigitIsMaskedWhole() {
    assertThat(redact("186-3325-071", "4\n2024年5月，被告人莘立群再次作案。"))
        .doesNotContain("3325", "0714", "071");
  }

  @Test
  void aSpacedPhoneCutAboveALoneDigitIsMaskedWhole() {
    assertThat(redact("186 3325 071", "4\n2024年5月，被告人莘立群再次作案。"))
        .doesNotContain("3325", "0714", "071");
  }

  @Test
  void aSpacedCardCutAboveALoneDigitIsMaskedWhole() {
    assertThat(redact("6217 0033 1298 4521 67", "7\n2024年5月，被告人莘立群再次作案。"))
        .doesNotContain("0033", "1298", "4521");
  }

  @Test
  void aSpacedIdNumberCutAboveTwoLoneDigitsIsMaskedWhole() {
    assertThat(redact("3201 0219 8801 0123", "56\n2024年5月，被告人莘立群再次作案。"))
        .doesNotContain("0219", "8801", "0123");
  }
}
