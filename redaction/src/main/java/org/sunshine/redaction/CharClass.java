package org.sunshine.redaction;

import java.util.BitSet;

/**
 * Reads one character class of a pattern's source ({@code [京津沪]}, {@code [0-9A-Z\s]}) for {@link
 * FirstChars}: the characters it holds, or null (any character) for what it does not follow.
 */
final class CharClass {

  private static final String SPACES = " \t\n\u000B\f\r";

  private final String src;

  /** Where the class opens; after {@link #read()}, just past it. */
  int pos;

  CharClass(String src, int pos) {
    this.src = src;
    this.pos = pos;
  }

  /**
   * A class of literals, ranges, \d and \s; null (any character) for anything else (^, &&, \p,
   * [nested]), after skipping to the end of the class.
   */
  BitSet read() {
    int start = pos;
    pos++;
    BitSet chars = new BitSet();
    if (src.charAt(pos) == '^') {
      skipClass(start);
      return null;
    }
    boolean first = true;
    while (src.charAt(pos) != ']' || first) {
      first = false;
      char c = src.charAt(pos);
      if (c == '[' || src.startsWith("&&", pos) || Character.isSurrogate(c)) {
        skipClass(start);
        return null;
      }
      if (c == '\\') {
        char e = src.charAt(pos + 1);
        pos += 2;
        if (e == 'd') {
          chars.or(range('0', '9'));
          continue;
        }
        if (e == 's') {
          chars.or(chars(SPACES));
          continue;
        }
        int control = "tnrf".indexOf(e);
        if (control >= 0) {
          e = "\t\n\r\f".charAt(control);
        } else if (Character.isLetterOrDigit(e)) {
          skipClass(start);
          return null;
        }
        c = e;
      } else {
        pos++;
      }
      if (src.charAt(pos) == '-' && src.charAt(pos + 1) != ']') {
        char to = src.charAt(pos + 1);
        if (to == '\\' || to == '[' || Character.isSurrogate(to) || to < c) {
          skipClass(start);
          return null;
        }
        pos += 2;
        chars.or(range(c, to));
      } else {
        chars.or(one(c));
      }
    }
    pos++;
    return chars;
  }

  /** Moves past the class opening at {@code start}: nested classes, escapes, a leading ]. */
  private void skipClass(int start) {
    pos = start + 1;
    if (src.charAt(pos) == '^') {
      pos++;
    }
    if (src.charAt(pos) == ']') {
      pos++;
    }
    int depth = 1;
    while (depth > 0) {
      char c = src.charAt(pos++);
      if (c == '\\') {
        pos++;
      } else if (c == '[') {
        depth++;
      } else if (c == ']') {
        depth--;
      }
    }
  }

  private static BitSet one(char c) {
    return range(c, c);
  }

  static BitSet chars(String s) {
    BitSet b = new BitSet();
    s.chars().forEach(b::set);
    return b;
  }

  static BitSet range(char from, char to) {
    BitSet b = new BitSet();
    b.set(from, to + 1);
    return b;
  }
}
