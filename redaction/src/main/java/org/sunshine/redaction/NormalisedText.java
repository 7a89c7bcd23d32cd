package org.sunshine.redaction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The text the detectors read: the original as a person reads it, whatever the extraction did to
 * it. Full-width digits and letters are folded, hard-wrapped lines joined (a PDF breaks lines in
 * the middle of a name, an ID number or an address), page furniture dropped (第 2 页 共 5 页, lone page
 * numbers), stray spaces between Chinese characters or digits closed, and dates written in Chinese
 * numerals or with dots and dashes rewritten as 1985年3月12日. Every character keeps the offset of the
 * original character it came from, so findings land on the original text and the reviewer sees the
 * document as it was served.
 */
final class NormalisedText {

  private final String original;
  private final Rewrite rewrite;

  private NormalisedText(String original, Rewrite rewrite) {
    this.original = original;
    this.rewrite = rewrite;
  }

  static NormalisedText of(String original) {
    Rewrite r = Rewrite.of(Folded.fold(original));
    r = r.apply(Layout.edits(r.text()));
    r = WrittenDates.fold(r);
    return new NormalisedText(original, r);
  }

  String text() {
    return rewrite.text();
  }

  /** Offset in the original of the span starting at {@code start} here. */
  int originalStart(int start) {
    return start >= rewrite.text().length() ? original.length() : rewrite.origin(start);
  }

  /** Offset in the original just after the span ending at {@code end} here. */
  int originalEnd(int end) {
    return end == 0 ? 0 : rewrite.origin(end - 1) + 1;
  }

  /**
   * The findings, made on this text, placed on the original: offsets and text are the original's,
   * replacements stay as proposed. Two findings that meet on one original character (十 read as 10)
   * keep the first.
   */
  List<Finding> toOriginal(List<Finding> findings) {
    List<Finding> placed = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      int start = originalStart(f.start());
      int end = originalEnd(f.end());
      if (end <= start) {
        continue;
      }
      placed.add(
          new Finding(
              start,
              end,
              original.substring(start, end),
              f.category(),
              f.role(),
              f.rule(),
              f.confidence(),
              f.replacement()));
    }
    placed.sort(Comparator.comparingInt(Finding::start));
    List<Finding> disjoint = new ArrayList<>(placed.size());
    for (Finding f : placed) {
      if (disjoint.isEmpty() || !disjoint.get(disjoint.size() - 1).overlaps(f)) {
        disjoint.add(f);
      }
    }
    return disjoint;
  }
}
