package org.sunshine.redaction;

import java.util.List;

/**
 * The over-redaction guard for a text the engine did not produce alone: a reviewer's accepted,
 * rejected and added spans decide the public text, so the platform asks again on that text which
 * kept items (officials, lawyers, courts and public bodies, case numbers, statutes, amounts,
 * procedural dates) it lost.
 */
public final class KeptItems {

  private KeptItems() {}

  /**
   * Kept items of {@code original} that occur fewer times in {@code redacted}, each written "item
   * (after/before)"; empty when nothing was lost.
   */
  public static List<String> lostIn(String original, String redacted) {
    if (original == null || original.isBlank() || redacted == null) {
      return List.of();
    }
    String folded = NormalisedText.of(original).text();
    Protected kept = Protections.find(folded).ranges();
    return OverRedactionGuard.check(folded, NormalisedText.of(redacted).text(), kept);
  }
}
