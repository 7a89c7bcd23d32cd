package org.sunshine.redaction;

import java.util.BitSet;
import java.util.regex.Pattern;

/**
 * The characters a match of a pattern can start with, read from the pattern's source: literals,
 * simple classes ({@code [京津沪]}, {@code [0-9A-Z]}), {@code \d}, {@code \s}, quoted words,
 * alternations and groups, skipping what matches nothing (lookarounds, {@code ^}, {@code \b}) and
 * what may match nothing ({@code ?}, {@code *}, {@code {0,n}}). Whatever it cannot read with
 * certainty ({@code .}, {@code \p{..}}, negated classes, back-references, comments) makes the
 * answer "any character", so a pattern edited later is at worst scanned in full, never missed.
 */
final class FirstChars {

  private static final String SPACES = " \t\n\u000B\f\r";

  private final String src;

  /** Where the reader stands in the source. */
  int pos;

  /** Thrown where the source says something this reader does not follow. */
  static final class Unknown extends RuntimeException {
    Unknown() {
      super(null, null, false, false);
    }
  }

  /**
   * The first characters of an element of the source, whether it may match nothing, and whether it
   * may start with any character (., \p{IsHan}, [^…]).
   */
  record First(BitSet chars, boolean empty, boolean any) {
    First(BitSet chars, boolean empty) {
      this(chars, empty, false);
    }

    static First anyChar() {
      return new First(new BitSet(), false, true);
    }
  }

  FirstChars(String src) {
    this.src = src;
  }

  /** The characters a match can start with, or null when any character may start one. */
  static BitSet of(Pattern p) {
    if ((p.flags() & (Pattern.COMMENTS | Pattern.LITERAL | Pattern.UNICODE_CASE)) != 0) {
      return null;
    }
    try {
      FirstChars reader = new FirstChars(p.pattern());
      First f = reader.alternation();
      if (reader.pos != reader.src.length() || f.empty() || f.any()) {
        return null;
      }
      return f.chars();
    } catch (Unknown | IndexOutOfBoundsException e) {
      return null;
    }
  }

  First alternation() {
    BitSet chars = new BitSet();
    boolean empty = false;
    boolean any = false;
    while (true) {
      First f = sequence();
      chars.or(f.chars());
      empty |= f.empty();
      any |= f.any();
      if (pos < src.length() && src.charAt(pos) == '|') {
        pos++;
      } else {
        return new First(chars, empty, any);
      }
    }
  }

  /** Atoms until | or ), their first characters up to the first one that cannot be empty. */
  private First sequence() {
    BitSet chars = new BitSet();
    boolean open = true; // every atom so far may match nothing
    boolean any = false;
    while (pos < src.length() && src.charAt(pos) != '|' && src.charAt(pos) != ')') {
      First atom = quantified(atom());
      if (open) {
        chars.or(atom.chars());
        any |= atom.any();
        open = atom.empty();
      }
    }
    return new First(chars, open, any);
  }

  private First quantified(First atom) {
    if (pos >= src.length()) {
      return atom;
    }
    char c = src.charAt(pos);
    boolean empty = atom.empty();
    if (c == '?' || c == '*') {
      pos++;
      empty = true;
    } else if (c == '+') {
      pos++;
    } else if (c == '{') {
      int close = src.indexOf('}', pos);
      String min = src.substring(pos + 1, close).split(",", -1)[0].strip();
      if (!min.matches("\\d+")) {
        throw new Unknown();
      }
      empty |= Integer.parseInt(min) == 0;
      pos = close + 1;
    } else {
      return atom;
    }
    if (pos < src.length() && (src.charAt(pos) == '?' || src.charAt(pos) == '+')) {
      pos++; // lazy or possessive
    }
    return new First(atom.chars(), empty, atom.any());
  }

  private First atom() {
    char c = src.charAt(pos);
    switch (c) {
      case '(':
        return group();
      case '[':
        BitSet members = charClass();
        return members == null ? First.anyChar() : new First(members, false);
      case '\\':
        return escape();
      case '^':
      case '$':
        pos++;
        return new First(new BitSet(), true);
      case '.':
        pos++;
        return First.anyChar();
      case '*':
      case '+':
      case '?':
      case '{':
        throw new Unknown();
      default:
        pos++;
        return Character.isSurrogate(c) ? First.anyChar() : new First(one(c), false);
    }
  }

  private First group() {
    pos++;
    boolean zeroWidth = false;
    if (src.startsWith("?", pos)) {
      if (src.startsWith("?:", pos)) {
        pos += 2;
      } else if (src.startsWith("?=", pos) || src.startsWith("?!", pos)) {
        pos += 2;
        zeroWidth = true;
      } else if (src.startsWith("?<=", pos) || src.startsWith("?<!", pos)) {
        pos += 3;
        zeroWidth = true;
      } else if (src.startsWith("?<", pos)) {
        pos = src.indexOf('>', pos) + 1; // a named group
      } else {
        int end = pos + 1;
        while (end < src.length() && "imsdU-".indexOf(src.charAt(end)) >= 0) {
          end++;
        }
        String flags = src.substring(pos + 1, end);
        if (flags.contains("x")
            || flags.contains("u")
            || flags.contains("U")
            || end >= src.length()) {
          throw new Unknown();
        }
        pos = end + 1;
        if (src.charAt(end) == ')') {
          return new First(new BitSet(), true); // (?i): flags only; ASCII cases are both added
        }
        if (src.charAt(end) != ':') {
          throw new Unknown();
        }
      }
    }
    First inner = alternation();
    if (src.charAt(pos) != ')') {
      throw new Unknown();
    }
    pos++;
    return zeroWidth ? new First(new BitSet(), true) : inner;
  }

  private First escape() {
    char e = src.charAt(pos + 1);
    pos += 2;
    switch (e) {
      case 'd':
        return new First(range('0', '9'), false);
      case 's':
        return new First(chars(SPACES), false);
      case 'b':
      case 'B':
      case 'A':
      case 'G':
      case 'z':
      case 'Z':
        return new First(new BitSet(), true);
      case 'Q':
        int end = src.indexOf("\\E", pos);
        String quoted = end < 0 ? src.substring(pos) : src.substring(pos, end);
        pos = end < 0 ? src.length() : end + 2;
        if (quoted.isEmpty() || Character.isSurrogate(quoted.charAt(0))) {
          throw new Unknown();
        }
        return new First(one(quoted.charAt(0)), false);
      case 't':
        return new First(one('\t'), false);
      case 'n':
        return new First(one('\n'), false);
      case 'r':
        return new First(one('\r'), false);
      case 'f':
        return new First(one('\f'), false);
      default:
        if (e == 'p' || e == 'P') {
          pos = src.charAt(pos) == '{' ? src.indexOf('}', pos) + 1 : pos + 1;
          return First.anyChar();
        }
        if (e >= '1' && e <= '9') {
          while (pos < src.length() && Character.isDigit(src.charAt(pos))) {
            pos++;
          }
          return First.anyChar(); // a back-reference
        }
        if ("wWSDhHvV".indexOf(e) >= 0) {
          return First.anyChar();
        }
        if (Character.isLetterOrDigit(e)) {
          throw new Unknown(); // hexadecimal, octal, control and named escapes
        }
        return new First(one(e), false);
    }
  }

  /** See {@link CharClass#read()}; moves past the class. */
  BitSet charClass() {
    CharClass reader = new CharClass(src, pos);
    BitSet chars = reader.read();
    pos = reader.pos;
    return chars;
  }

  private static BitSet one(char c) {
    return CharClass.range(c, c);
  }

  private static BitSet chars(String s) {
    return CharClass.chars(s);
  }

  private static BitSet range(char from, char to) {
    return CharClass.range(from, to);
  }
}
