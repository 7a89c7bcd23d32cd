package org.sunshine.redaction;

import java.util.Arrays;

/**
 * Where each UTF-16 character of a long text stands, so that a search for one of thousands of names
 * starts at the occurrences of its first character instead of reading the whole text again: a
 * 300-page document names hundreds of people, and a scan per surface form made its cost grow with
 * the square of its length. Built once per text and thread (the engine passes the same folded text
 * to every stage); short texts are searched directly, where building costs more than it saves.
 */
final class CharPositions {

  /** Below this length a direct {@code indexOf} is cheaper than building the positions. */
  static final int WORTH = 8_000;

  // two texts: the folded and the original text may be searched in turn
  private static final ThreadLocal<CharPositions[]> LAST =
      ThreadLocal.withInitial(() -> new CharPositions[2]);

  private final String text;

  /** starts[c] .. starts[c + 1]: the slice of {@code positions} holding character c, ascending. */
  private final int[] starts = new int[Character.MAX_VALUE + 2];

  private final int[] positions;

  private CharPositions(String text) {
    this.text = text;
    for (int i = 0; i < text.length(); i++) {
      starts[text.charAt(i) + 1]++;
    }
    for (int c = 1; c < starts.length; c++) {
      starts[c] += starts[c - 1];
    }
    positions = new int[text.length()];
    int[] next = Arrays.copyOf(starts, starts.length - 1);
    for (int i = 0; i < text.length(); i++) {
      positions[next[text.charAt(i)]++] = i;
    }
  }

  /** The positions of {@code text}, or null when the text is short enough to search directly. */
  static CharPositions of(String text) {
    if (text.length() < WORTH) {
      return null;
    }
    CharPositions[] last = LAST.get();
    for (CharPositions p : last) {
      if (p != null && p.text == text) {
        return p;
      }
    }
    last[1] = last[0];
    last[0] = new CharPositions(text);
    return last[0];
  }

  /**
   * {@code text.indexOf(what, from)}, read from the positions of {@code what}'s first character
   * when the text is long.
   */
  static int indexOf(String text, String what, int from) {
    CharPositions index = of(text);
    if (index == null || what.isEmpty()) {
      return text.indexOf(what, from);
    }
    char first = what.charAt(0);
    for (int at = index.next(first, Math.max(0, from)); at >= 0; at = index.next(first, at + 1)) {
      if (text.startsWith(what, at)) {
        return at;
      }
    }
    return -1;
  }

  /** Drops this thread's positions (and with them the texts they were built for). */
  static void forget() {
    LAST.remove();
  }

  /** How many texts this thread holds positions for (0 after {@link #forget()}). */
  static int cachedTexts() {
    CharPositions[] last = LAST.get();
    int n = (last[0] != null ? 1 : 0) + (last[1] != null ? 1 : 0);
    if (n == 0) {
      LAST.remove(); // asking must not leave an empty holder behind
    }
    return n;
  }

  boolean contains(char c) {
    return starts[c + 1] > starts[c];
  }

  /** The first slot of {@code c}'s positions whose position is at or after {@code from}. */
  int firstSlot(char c, int from) {
    int at = Arrays.binarySearch(positions, starts[c], starts[c + 1], from);
    return at >= 0 ? at : -at - 1;
  }

  /** The slot after the last of {@code c}'s positions. */
  int endSlot(char c) {
    return starts[c + 1];
  }

  /** The position held in {@code slot}. */
  int position(int slot) {
    return positions[slot];
  }

  /** The first position at or after {@code from} where {@code c} stands, or -1. */
  int next(char c, int from) {
    int lo = starts[c];
    int hi = starts[c + 1];
    int at = Arrays.binarySearch(positions, lo, hi, from);
    int i = at >= 0 ? at : -at - 1;
    return i < hi ? positions[i] : -1;
  }
}
