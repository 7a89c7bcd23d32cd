package org.sunshine.redaction;

import java.util.BitSet;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The characters the second character of a match can be, read from a pattern opening with two
 * characters in every alternative ({@code (?:检察官|书记员|法官)…}, {@code \d{4}年…}): a list of official
 * titles starts with a character of dozens of words (人, 法, 公), and most offsets holding one are
 * rejected by the next character alone, before the matcher is reset for an attempt there. Leading
 * lookbehinds are skipped (they consume nothing). Whatever this reader does not follow (a
 * quantified opening, a nested quantified group, flags that change case or classes) answers null:
 * the pattern is tried as before.
 */
final class SecondChars {

  private static final String SPACES = " \t\n\u000B\f\r";
  private static final Pattern CASE_OR_CLASS_FLAGS = Pattern.compile("\\(\\?[a-zA-Z-]*[iuxU]");

  private final String src;
  private int pos;

  private SecondChars(String src) {
    this.src = src;
  }

  private static final Map<Pattern, BitSet> READ = new ConcurrentHashMap<>();
  private static final BitSet UNREAD = new BitSet();

  /** {@link #of}, read once for each pattern (a document makes hundreds of scans). */
  static BitSet cached(Pattern pattern) {
    BitSet second = READ.get(pattern);
    if (second == null) {
      second =
          READ.computeIfAbsent(pattern, p -> Objects.requireNonNullElse(SecondChars.of(p), UNREAD));
    }
    return second == UNREAD ? null : second;
  }

  /** The second characters of every match, or null when that cannot be read with certainty. */
  static BitSet of(Pattern p) {
    int unread =
        Pattern.CASE_INSENSITIVE
            | Pattern.COMMENTS
            | Pattern.LITERAL
            | Pattern.UNICODE_CASE
            | Pattern.CANON_EQ
            | Pattern.UNICODE_CHARACTER_CLASS;
    String src = p.pattern();
    if ((p.flags() & unread) != 0
        || src.contains("\\Q")
        || CASE_OR_CLASS_FLAGS.matcher(src).find()) {
      return null;
    }
    try {
      SecondChars reader = new SecondChars(src);
      BitSet second = reader.alternation();
      return reader.pos == src.length() ? second : null;
    } catch (FirstChars.Unknown | IndexOutOfBoundsException | NumberFormatException e) {
      return null;
    }
  }

  /** Alternatives up to the closing bracket or the end: the union of their second characters. */
  private BitSet alternation() {
    BitSet chars = new BitSet();
    while (true) {
      chars.or(alternative());
      skipRest();
      if (pos < src.length() && src.charAt(pos) == '|') {
        pos++;
      } else {
        return chars;
      }
    }
  }

  private BitSet alternative() {
    while (src.startsWith("(?<=", pos) || src.startsWith("(?<!", pos)) {
      pos = groupEnd(pos) + 1;
    }
    if (pos < src.length() && src.charAt(pos) == '(') {
      return group();
    }
    BitSet first = single();
    int min = minimum();
    if (min >= 2) {
      return first; // \d{4}: the second character is of the same class
    }
    if (min != 1 || repeats) {
      throw new FirstChars.Unknown(); // 人?, \d+: the next atom may be second
    }
    BitSet second = single();
    if (minimum() < 1) {
      throw new FirstChars.Unknown();
    }
    return second;
  }

  /**
   * A plain or capturing group: its alternatives' second characters (each has two characters of its
   * own); when it may be skipped ({@code (?:户籍|住所)?住址}), those of what follows it too.
   */
  private BitSet group() {
    if (src.startsWith("(?:", pos)) {
      pos += 3;
    } else if (src.startsWith("(?", pos)) {
      throw new FirstChars.Unknown();
    } else {
      pos++;
    }
    BitSet inner = alternation();
    if (src.charAt(pos) != ')') {
      throw new FirstChars.Unknown();
    }
    pos++;
    if (minimum() == 0) {
      inner.or(alternative());
    }
    return inner;
  }

  /** One character: a literal, a class, or an escape this reader knows. */
  private BitSet single() {
    char c = src.charAt(pos);
    if (c == '[') {
      CharClass cls = new CharClass(src, pos);
      BitSet members = cls.read();
      pos = cls.pos;
      if (members == null) {
        throw new FirstChars.Unknown();
      }
      return members;
    }
    if (c == '\\') {
      char e = src.charAt(pos + 1);
      pos += 2;
      return switch (e) {
        case 'd' -> CharClass.range('0', '9');
        case 's' -> CharClass.chars(SPACES);
        case 't' -> CharClass.range('\t', '\t');
        case 'n' -> CharClass.range('\n', '\n');
        case 'r' -> CharClass.range('\r', '\r');
        default -> {
          if (Character.isLetterOrDigit(e) || Character.isSurrogate(e)) {
            throw new FirstChars.Unknown();
          }
          yield CharClass.range(e, e);
        }
      };
    }
    if ("().*+?{}|^$]".indexOf(c) >= 0 || Character.isSurrogate(c)) {
      throw new FirstChars.Unknown();
    }
    pos++;
    return CharClass.range(c, c);
  }

  /** Whether the last quantifier read may repeat its atom. */
  private boolean repeats;

  /**
   * The least number of times the quantifier after an atom repeats it (1 without one), moving past
   * the quantifier and its lazy or possessive mark; {@link #repeats} tells whether it may repeat.
   */
  private int minimum() {
    repeats = false;
    if (pos >= src.length()) {
      return 1;
    }
    char c = src.charAt(pos);
    int min;
    if (c == '?') {
      min = 0;
    } else if (c == '*' || c == '+') {
      min = c == '*' ? 0 : 1;
      repeats = true;
    } else if (c == '{') {
      int close = src.indexOf('}', pos);
      String[] bounds = src.substring(pos + 1, close).split(",", -1);
      min = Integer.parseInt(bounds[0].strip());
      repeats = bounds.length > 1 || min > 1;
      pos = close;
    } else {
      return 1;
    }
    pos++;
    if (pos < src.length() && (src.charAt(pos) == '?' || src.charAt(pos) == '+')) {
      pos++;
    }
    return min;
  }

  /** The index of the ')' closing the group opened at {@code open}. */
  private int groupEnd(int open) {
    int depth = 0;
    for (int i = open; i < src.length(); i++) {
      char c = src.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        i = Scan.classEnd(src, i);
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i;
      }
    }
    throw new FirstChars.Unknown();
  }

  /** Moves past the rest of the alternative, to its '|' or to the bracket closing the group. */
  private void skipRest() {
    int depth = 0;
    while (pos < src.length()) {
      char c = src.charAt(pos);
      if (c == '\\') {
        pos += 2;
        continue;
      }
      if (c == '[') {
        pos = Scan.classEnd(src, pos) + 1;
        continue;
      }
      if (c == '(') {
        depth++;
      } else if (c == ')' || c == '|') {
        if (depth == 0) {
          return;
        }
        if (c == ')') {
          depth--;
        }
      }
      pos++;
    }
  }
}
