package org.sunshine.platform.documents;

/**
 * One proposed (or hand-added) replacement of a span of the original text, and whether the reviewer
 * accepted it.
 */
record FindingView(
    long id,
    int start,
    int end,
    String original,
    String category,
    String role,
    String rule,
    double confidence,
    String replacement,
    boolean accepted,
    boolean manual) {

  /** Below this the reviewer should look closely (the engine's own threshold). */
  public boolean uncertain() {
    return confidence < 0.8;
  }
}
