package org.sunshine.redaction;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a pattern's opening says about where a match can stand, besides its first characters ({@link
 * FirstChars}): the characters a lookbehind of words requires just before it, or a class that must
 * follow a bounded run of Han characters.
 */
final class Openings {

  private Openings() {}

  /**
   * For a pattern opening with a lookbehind of words ({@code (?<=涉嫌|构成|(?<!侵)犯)…}): the characters
   * that must stand just before a match (嫌, 成, 犯); null when the pattern does not open so or an
   * alternative does not end in a plain character.
   */
  static BitSet preceding(Pattern p) {
    String src = p.pattern();
    if ((p.flags() & (Pattern.COMMENTS | Pattern.LITERAL | Pattern.CASE_INSENSITIVE)) != 0
        || !src.startsWith("(?<=")) {
      return null;
    }
    try {
      FirstChars reader = new FirstChars(src);
      reader.pos = 4;
      int start = reader.pos;
      reader.alternation(); // moves to the lookbehind's closing bracket
      if (reader.pos >= src.length() || src.charAt(reader.pos) != ')') {
        return null;
      }
      BitSet chars = new BitSet();
      for (String alternative : topLevel(src.substring(start, reader.pos))) {
        if (alternative.isEmpty()) {
          return null;
        }
        if (alternative.startsWith("[")) {
          CharClass cls = new CharClass(alternative, 0);
          BitSet members = cls.read();
          if (members == null || cls.pos != alternative.length()) {
            return null;
          }
          chars.or(members); // (?<=[，。\n]): one of the class stands before
          continue;
        }
        char last = alternative.charAt(alternative.length() - 1);
        boolean escaped =
            alternative.length() > 1 && alternative.charAt(alternative.length() - 2) == '\\';
        if (escaped || "\\.)]}*+?|^$".indexOf(last) >= 0 || Character.isSurrogate(last)) {
          return null;
        }
        chars.set(last);
      }
      return chars;
    } catch (FirstChars.Unknown | IndexOutOfBoundsException e) {
      return null;
    }
  }

  /** A run of Han characters and then a character of a class: where that character must stand. */
  record Within(BitSet chars, int min, int max) {}

  private static final Pattern HAN_RUN_THEN_CLASS =
      Pattern.compile(
          "^\\((\\\\p\\{IsHan\\})?(?:\\\\p\\{IsHan\\}|\\[\\\\p\\{IsHan\\}·\\])\\{(\\d+),(\\d+)\\}\\)"
              + "\\[([^\\]\\\\\\[^&-]+)\\]");

  /**
   * For a pattern opening with a bounded run of Han characters and then a class of plain characters
   * ({@code (\p{IsHan}{2,4})[（(]}, {@code (\p{IsHan}[\p{IsHan}·]{1,15})[（(]}): the class and how
   * far after the start one of its characters must stand; null for any other opening.
   */
  static Within within(Pattern p) {
    if ((p.flags() & (Pattern.COMMENTS | Pattern.LITERAL | Pattern.CASE_INSENSITIVE)) != 0) {
      return null;
    }
    Matcher m = HAN_RUN_THEN_CLASS.matcher(p.pattern());
    if (!m.lookingAt()) {
      return null;
    }
    int lead = m.group(1) == null ? 0 : 1;
    BitSet chars = new BitSet();
    m.group(4).chars().forEach(chars::set);
    return new Within(
        chars, lead + Integer.parseInt(m.group(2)), lead + Integer.parseInt(m.group(3)));
  }

  /** The alternatives of a source at its top level (not inside brackets or classes). */
  private static List<String> topLevel(String src) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    boolean inClass = false;
    int from = 0;
    for (int i = 0; i < src.length(); i++) {
      char c = src.charAt(i);
      if (c == '\\') {
        i++;
      } else if (inClass) {
        inClass = c != ']';
      } else if (c == '[') {
        inClass = true;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == '|' && depth == 0) {
        parts.add(src.substring(from, i));
        from = i + 1;
      }
    }
    parts.add(src.substring(from));
    return parts;
  }
}
