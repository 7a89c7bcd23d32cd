package org.sunshine.redaction;

import java.util.ArrayList;
import java.util.List;

/**
 * The width the typesetter filled, in display columns and in characters (counted double). Part of
 * {@link Layout}: a line this close to it was cut by the typesetter, not ended by its author.
 */
record PageWidth(int columns, int characters) {

  /** A line this close to the page width was filled by the typesetter, not ended by the author. */
  private static final double FULL = 0.8;

  /** Whether the line fills the width: the typesetter cut it, not its author. */
  boolean filledBy(String text, Layout.Line line) {
    int[] stray = straySpaces(text, line);
    int filled = displayWidth(text, line.contentStart(), line.contentEnd()) - stray[1];
    // Extractors cut by display width (a digit is half a character) or by character count.
    int counted = 2 * (line.contentEnd() - line.contentStart() - stray[0]);
    return filled >= FULL * columns || counted >= FULL * characters;
  }

  /**
   * The width the typesetter filled, as the upper quartile of the widths of the longer lines;
   * unreachable when too few lines look typeset for the question to arise.
   */
  static PageWidth of(String text, List<Layout.Line> lines) {
    List<Integer> columns = new ArrayList<>();
    List<Integer> characters = new ArrayList<>();
    for (Layout.Line l : lines) {
      if (!l.furniture() && !l.blank()) {
        // a stray space OCR put in a line took no room on the page the typesetter filled
        int[] stray = straySpaces(text, l);
        int w = displayWidth(text, l.contentStart(), l.contentEnd()) - stray[1];
        if (w >= Layout.MIN_TYPESET) {
          columns.add(w);
          characters.add(2 * (l.contentEnd() - l.contentStart() - stray[0]));
        }
      }
    }
    if (columns.size() < 4) {
      return new PageWidth(Integer.MAX_VALUE, Integer.MAX_VALUE);
    }
    columns.sort(null);
    characters.sort(null);
    return new PageWidth(
        columns.get(columns.size() * 3 / 4), characters.get(characters.size() * 3 / 4));
  }

  /** Single spaces between two Chinese characters (OCR's strays): their count and columns. */
  private static int[] straySpaces(String text, Layout.Line line) {
    int n = 0;
    int w = 0;
    for (int i = line.contentStart() + 1; i < line.contentEnd() - 1; i++) {
      char c = text.charAt(i);
      if ((c == ' ' || c == '　')
          && Lexicon.isHan(text.charAt(i - 1))
          && Lexicon.isHan(text.charAt(i + 1))) {
        n++;
        w += c == ' ' ? 1 : 2;
      }
    }
    return new int[] {n, w};
  }

  /** A Chinese character or full-width sign takes two columns, ASCII one. */
  static int displayWidth(String text, int start, int end) {
    int w = 0;
    for (int i = start; i < end; i++) {
      w += text.charAt(i) < 0x2E80 ? 1 : 2;
    }
    return w;
  }
}
