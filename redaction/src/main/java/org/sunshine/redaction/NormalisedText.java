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
  private final List<int[]> furniture;

  private NormalisedText(String original, Rewrite rewrite, List<int[]> furniture) {
    this.original = original;
    this.rewrite = rewrite;
    this.furniture = furniture;
  }

  static NormalisedText of(String original) {
    Rewrite r = Rewrite.of(Folded.fold(original));
    // folding keeps every offset, so the layout's lines are the original's
    Rewrite.Edits layout = Layout.edits(r.text());
    r = r.apply(layout);
    r = WrittenDates.fold(r);
    return new NormalisedText(original, r, layout.furniture());
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
      placeAround(f, start, end, placed);
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

  /**
   * A finding the page break cut (an address, a name, a number) spans the page's furniture in the
   * original: the running head and page number stay as they were, between the finding's two parts;
   * the first part shows the replacement, the rest is blanked out.
   */
  private void placeAround(Finding f, int start, int end, List<Finding> placed) {
    int at = start;
    String replacement = f.replacement();
    for (int k = firstFurnitureAfter(start); k < furniture.size(); k++) {
      int[] line = furniture.get(k);
      if (line[1] >= end) {
        break;
      }
      int cut = line[0];
      while (cut > at && Character.isWhitespace(original.charAt(cut - 1))) {
        cut--;
      }
      if (cut > at) {
        placed.add(piece(f, at, cut, replacement));
        replacement = "";
      }
      at = Math.max(at, line[1]);
      while (at < end && Character.isWhitespace(original.charAt(at))) {
        at++;
      }
    }
    if (end > at) {
      placed.add(piece(f, at, end, replacement));
    }
  }

  private int firstFurnitureAfter(int start) {
    int low = 0;
    int high = furniture.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (furniture.get(mid)[0] <= start) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  private Finding piece(Finding f, int start, int end, String replacement) {
    return new Finding(
        start,
        end,
        original.substring(start, end),
        f.category(),
        f.role(),
        f.rule(),
        f.confidence(),
        replacement);
  }
}
