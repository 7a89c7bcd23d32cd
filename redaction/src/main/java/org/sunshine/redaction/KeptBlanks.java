package org.sunshine.redaction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Blanks the kept spans out of the residual check's haystack in one pass over it: the same result
 * as replacing every span in turn with {@code \0} ({@code hay = hay.replace(span, "\0")}, spans in
 * the given order), without searching the whole text once per kept span.
 *
 * <p>Replacing in turn takes, for each span, its occurrences left to right that overlap neither an
 * occurrence taken before nor one of an earlier span: an occurrence of a later span cannot run
 * across a {@code \0} (no span holds one), and every occurrence left in the text is found. So the
 * occurrences of every span are collected in one pass (indexed by their first two characters) and
 * then taken in that order. A text or span holding {@code \0} itself is replaced in turn as before.
 */
final class KeptBlanks {

  private KeptBlanks() {}

  /**
   * @param hay the normalised text
   * @param spans the spans to blank, in the order they are replaced; each of two characters or more
   * @return the text with every occurrence taken replaced by one {@code \0}
   */
  static String blank(String hay, List<String> spans) {
    if (spans.isEmpty()) {
      return hay;
    }
    if (hay.indexOf('\0') >= 0 || spans.stream().anyMatch(s -> s.indexOf('\0') >= 0)) {
      for (String s : spans) {
        hay = hay.replace(s, "\u0000");
      }
      return hay;
    }
    Map<Integer, List<Integer>> byOpening = new HashMap<>();
    BitSet first = new BitSet();
    for (int k = 0; k < spans.size(); k++) {
      byOpening.computeIfAbsent(opening(spans.get(k), 0), x -> new ArrayList<>(2)).add(k);
      first.set(spans.get(k).charAt(0));
    }
    List<List<Integer>> occurrences = new ArrayList<>(spans.size());
    for (int k = 0; k < spans.size(); k++) {
      occurrences.add(null);
    }
    for (int i = 0; i + 1 < hay.length(); i++) {
      if (!first.get(hay.charAt(i))) {
        continue;
      }
      List<Integer> candidates = byOpening.get(opening(hay, i));
      if (candidates == null) {
        continue;
      }
      for (int k : candidates) {
        if (hay.startsWith(spans.get(k), i)) {
          if (occurrences.get(k) == null) {
            occurrences.set(k, new ArrayList<>(2));
          }
          occurrences.get(k).add(i);
        }
      }
    }
    boolean[] taken = new boolean[hay.length()];
    int[] endAt = new int[hay.length()];
    Arrays.fill(endAt, -1);
    boolean any = false;
    for (int k = 0; k < spans.size(); k++) {
      if (occurrences.get(k) == null) {
        continue;
      }
      int length = spans.get(k).length();
      for (int start : occurrences.get(k)) {
        if (free(taken, start, start + length)) {
          Arrays.fill(taken, start, start + length, true);
          endAt[start] = start + length;
          any = true;
        }
      }
    }
    if (!any) {
      return hay;
    }
    StringBuilder out = new StringBuilder(hay.length());
    for (int i = 0; i < hay.length(); ) {
      if (endAt[i] >= 0) {
        out.append('\u0000');
        i = endAt[i];
      } else {
        out.append(hay.charAt(i++));
      }
    }
    return out.toString();
  }

  private static int opening(String s, int at) {
    return s.charAt(at) << 16 | s.charAt(at + 1);
  }

  private static boolean free(boolean[] taken, int from, int to) {
    for (int i = from; i < to; i++) {
      if (taken[i]) {
        return false;
      }
    }
    return true;
  }
}
