package org.sunshine.redaction;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Blanks the kept spans out of the residual check's haystack in one pass over it: every character
 * inside an occurrence of any span is blanked, and each run of blanked characters becomes one
 * {@code \0}. The occurrences of every span are collected in one pass (indexed by their first two
 * characters), not by a search of the whole text per kept span.
 *
 * <p>Occurrences are blanked whole even where they overlap: a span is an exception wherever it
 * stands, also where a longer one shares a character with it (区金山路, the road of a person called 金山,
 * after 长沙市岳麓区 kept as a place). Replacing the spans one after another would leave 金山路 behind once
 * 区 was gone, and the check would refuse a clean document.
 */
final class KeptBlanks {

  private KeptBlanks() {}

  /**
   * @param hay the normalised text
   * @param spans the spans to blank; each of two characters or more
   * @return the text with every run of characters inside an occurrence replaced by one {@code \0}
   */
  static String blank(String hay, List<String> spans) {
    if (spans.isEmpty() || hay.length() < 2) {
      return hay;
    }
    Map<Integer, List<String>> byOpening = new HashMap<>();
    BitSet first = new BitSet();
    for (String span : spans) {
      byOpening.computeIfAbsent(opening(span, 0), x -> new ArrayList<>(2)).add(span);
      first.set(span.charAt(0));
    }
    BitSet blanked = new BitSet(hay.length());
    for (int i = 0; i + 1 < hay.length(); i++) {
      if (!first.get(hay.charAt(i))) {
        continue;
      }
      List<String> candidates = byOpening.get(opening(hay, i));
      if (candidates == null) {
        continue;
      }
      for (String span : candidates) {
        if (hay.startsWith(span, i)) {
          blanked.set(i, i + span.length());
        }
      }
    }
    if (blanked.isEmpty()) {
      return hay;
    }
    StringBuilder out = new StringBuilder(hay.length());
    for (int i = 0; i < hay.length(); ) {
      if (blanked.get(i)) {
        out.append('\u0000');
        i = blanked.nextClearBit(i);
      } else {
        out.append(hay.charAt(i++));
      }
    }
    return out.toString();
  }

  private static int opening(String s, int at) {
    return s.charAt(at) << 16 | s.charAt(at + 1);
  }
}
