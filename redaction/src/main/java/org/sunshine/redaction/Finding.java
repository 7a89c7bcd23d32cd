package org.sunshine.redaction;

/**
 * One span of the original text the engine proposes to replace.
 *
 * @param start offset of the first character in the original text
 * @param end offset after the last character
 * @param text the original characters
 * @param category what kind of information it is
 * @param role the person's role when known (被告人, 被害人…), or null
 * @param rule the rule that fired, so a reviewer can see why
 * @param confidence 0–1; below 0.8 a reviewer should look closely
 * @param replacement what the published text shows instead
 */
public record Finding(
    int start,
    int end,
    String text,
    Category category,
    String role,
    String rule,
    double confidence,
    String replacement) {

  public Finding {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("empty or negative span " + start + ".." + end);
    }
  }

  boolean overlaps(Finding other) {
    return start < other.end && other.start < end;
  }
}
