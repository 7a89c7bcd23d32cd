package org.sunshine.redaction;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a pattern only around the occurrences of its anchors (律师事务所, 罪, a run of digits…) instead of
 * at every offset of the document: patterns with long lazy prefixes would otherwise cost most of
 * the engine's time. Lookarounds see past a window's edges, so the matches are those of a full scan
 * that contain an anchor.
 */
final class Windows {

  private Windows() {}

  static void find(
      Pattern pattern,
      String text,
      List<String> anchors,
      int before,
      int after,
      Consumer<Matcher> action) {
    findIn(pattern, text, around(text, anchors, before, after), action);
  }

  /** As above, trying the pattern only at offsets where {@code mayStart} holds. */
  static void find(
      Pattern pattern,
      String text,
      List<String> anchors,
      int before,
      int after,
      IntPredicate mayStart,
      Consumer<Matcher> action) {
    findIn(pattern, text, around(text, anchors, before, after), mayStart, action);
  }

  static List<int[]> around(String text, List<String> anchors, int before, int after) {
    List<int[]> windows = new ArrayList<>();
    for (String anchor : anchors) {
      int from = 0;
      int at;
      while ((at = text.indexOf(anchor, from)) >= 0) {
        windows.add(
            new int[] {
              Math.max(0, at - before), Math.min(text.length(), at + anchor.length() + after)
            });
        from = at + 1;
      }
    }
    return windows;
  }

  /**
   * Windows around every run of at least five digits (spaces, dashes and brackets may separate
   * them).
   */
  static List<int[]> digitRuns(String text, int before, int after) {
    List<int[]> windows = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      if (!Character.isDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      int digits = 0;
      while (i < text.length()
          && (Character.isDigit(text.charAt(i)) || " -()（）Xx+".indexOf(text.charAt(i)) >= 0)) {
        digits += Character.isDigit(text.charAt(i)) ? 1 : 0;
        i++;
      }
      if (digits >= 5) {
        windows.add(new int[] {Math.max(0, start - before), Math.min(text.length(), i + after)});
      }
    }
    return windows;
  }

  static void findIn(Pattern pattern, String text, List<int[]> windows, Consumer<Matcher> action) {
    if (windows.isEmpty()) {
      return;
    }
    IntPredicate starts = Scan.starts(pattern, text);
    if (starts != null) {
      findIn(pattern, text, windows, starts, action);
      return;
    }
    Matcher m = pattern.matcher(text);
    m.useTransparentBounds(true).useAnchoringBounds(false);
    int lastEnd = -1;
    for (int[] w : merged(windows)) {
      int from = Math.max(w[0], lastEnd);
      if (from >= w[1]) {
        continue;
      }
      m.region(from, w[1]);
      while (m.find()) {
        lastEnd = m.end();
        action.accept(m);
      }
    }
  }

  /**
   * As above, but the pattern is tried only at offsets where {@code mayStart} holds (as {@link
   * Scan} does in the whole text): the same matches, fewer attempts.
   */
  static void findIn(
      Pattern pattern,
      String text,
      List<int[]> windows,
      IntPredicate mayStart,
      Consumer<Matcher> action) {
    if (windows.isEmpty()) {
      return;
    }
    Matcher m = pattern.matcher(text);
    m.useTransparentBounds(true).useAnchoringBounds(false);
    int lastEnd = -1;
    for (int[] w : merged(windows)) {
      int s = Math.max(w[0], lastEnd);
      if (s >= w[1]) {
        continue;
      }
      while (s <= w[1]) {
        if (!mayStart.test(s)) {
          s++;
          continue;
        }
        m.region(s, w[1]);
        if (!m.lookingAt()) {
          s++;
          continue;
        }
        lastEnd = m.end();
        s = m.end() == s ? s + 1 : m.end();
        action.accept(m);
      }
    }
  }

  private static List<int[]> merged(List<int[]> windows) {
    List<int[]> sorted = new ArrayList<>(windows);
    sorted.sort((a, b) -> Integer.compare(a[0], b[0]));
    List<int[]> merged = new ArrayList<>();
    for (int[] w : sorted) {
      int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && w[0] <= last[1]) {
        last[1] = Math.max(last[1], w[1]);
      } else {
        merged.add(new int[] {w[0], w[1]});
      }
    }
    return merged;
  }
}
