package org.sunshine.redaction;

import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every occurrence of one surface form of a name, also where a line break or spaces split it (張 三
 * at the end of a line): up to two blanks may stand between two of its characters. A document of
 * thousands of people asks this once per form, so the occurrences of the form's first character are
 * read from {@link CharPositions} in order and the form is compared there character by character —
 * no pattern per form, no search per occurrence. Part of {@link Anonymiser}.
 */
final class FormOccurrences {

  private FormOccurrences() {}

  /** What may stand between two characters of a form. */
  private static final String BLANKS = " \t\r\n　";

  static void each(String text, String form, BiConsumer<Integer, Integer> action) {
    CharPositions index = CharPositions.of(text);
    for (int k = 0; k < form.length(); k++) {
      char c = form.charAt(k);
      if (c != ' ' && (index == null ? text.indexOf(c) < 0 : !index.contains(c))) {
        return; // a character the text lacks: no occurrence
      }
    }
    // the space between the words of a Latin name is the extractor's as much as the author's: a
    // wrap may have taken it (CHUKWUEMEKAOKAFOR), a scan may have doubled it
    String chars = form.replace(" ", "");
    if (chars.isEmpty()) {
      return;
    }
    if (chars.chars().anyMatch(c -> BLANKS.indexOf(c) >= 0)) {
      byPattern(text, chars, action); // a blank inside the form itself: the pattern decides
      return;
    }
    char first = chars.charAt(0);
    if (index == null) {
      int at = text.indexOf(first);
      while (at >= 0) {
        int end = endAt(text, at, chars);
        if (end >= 0) {
          action.accept(at, end);
        }
        at = text.indexOf(first, end >= 0 ? end : at + 1);
      }
      return;
    }
    int from = 0;
    for (int i = index.firstSlot(first, 0); i < index.endSlot(first); i++) {
      int at = index.position(i);
      if (at < from) {
        continue;
      }
      int end = endAt(text, at, chars);
      if (end >= 0) {
        action.accept(at, end);
        from = end;
      }
    }
  }

  /**
   * Where {@code chars} read at {@code at} ends, up to two blanks between two of its code points,
   * or -1. The blanks are taken greedily: a form holds none, so no fewer could match instead.
   */
  static int endAt(String text, int at, String chars) {
    int q = at;
    for (int k = 0; k < chars.length(); k++) {
      if (k > 0 && !Character.isLowSurrogate(chars.charAt(k))) {
        for (int blanks = 0;
            blanks < 2 && q < text.length() && BLANKS.indexOf(text.charAt(q)) >= 0;
            blanks++) {
          q++;
        }
      }
      if (q >= text.length() || text.charAt(q) != chars.charAt(k)) {
        return -1;
      }
      q++;
    }
    return q;
  }

  private static void byPattern(String text, String chars, BiConsumer<Integer, Integer> action) {
    Matcher m = Pattern.compile(spaced(chars, "[ \\t\\r\\n　]{0,2}")).matcher(text);
    while (m.find()) {
      action.accept(m.start(), m.end());
    }
  }

  /**
   * A pattern of the code points of {@code chars}, each taken literally, {@code sep} between two.
   */
  static String spaced(String chars, String sep) {
    StringBuilder rx = new StringBuilder();
    chars
        .codePoints()
        .forEach(
            cp -> {
              if (rx.length() > 0) {
                rx.append(sep);
              }
              rx.append(Pattern.quote(new String(Character.toChars(cp))));
            });
    return rx.toString();
  }
}
