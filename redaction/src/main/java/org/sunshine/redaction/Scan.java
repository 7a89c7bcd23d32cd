package org.sunshine.redaction;

import java.util.BitSet;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The matches {@code pattern.matcher(text).find()} returns, in the same order, but the pattern is
 * tried only at offsets where a match can start (a character it must start with, a bracket it needs
 * within a few characters). A full scan tries every offset of the document, and patterns opening
 * with an alternation of words or a lookbehind cost most of the engine's time there. Each attempt
 * is anchored at its offset with transparent, non-anchoring bounds, so lookarounds, {@code ^} and
 * {@code $} see the whole text, exactly as in a full scan.
 */
final class Scan {

  private final Matcher matcher;
  private final String text;
  private final int length;

  /** The characters a match starts with, looked up in the loop itself; or null. */
  private final BitSet first;

  /** Otherwise where a match can start; null: anywhere (the matcher's own scan). */
  private final IntPredicate mayStart;

  /** The pattern opens with {@code (?m)^}: a match starts only where a line starts. */
  private final boolean lineStarts;

  /** What a match's second character can be ({@link SecondChars}); null: any. */
  private final BitSet second;

  private int from;

  private Scan(
      Pattern pattern, String text, BitSet first, IntPredicate mayStart, boolean lineStarts) {
    this.matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    this.text = text;
    this.length = text.length();
    this.first = first;
    this.mayStart = mayStart;
    this.lineStarts = lineStarts;
    this.second = SecondChars.cached(pattern);
  }

  /**
   * What is read from a pattern once and looked up once for each scan (a document makes hundreds):
   * the characters a match starts with, else those its opening lookbehind needs, else the bracket
   * it needs within a few characters; and whether it opens with a line anchor.
   */
  private record Plan(Chars first, BitSet before, Openings.Within within, boolean lineStarts) {}

  private static final Map<Pattern, Plan> PLANS = new ConcurrentHashMap<>();

  private static Plan plan(Pattern pattern) {
    Plan plan = PLANS.get(pattern);
    return plan != null ? plan : PLANS.computeIfAbsent(pattern, Scan::read);
  }

  private static Plan read(Pattern p) {
    Chars first = Chars.starting(p);
    BitSet before = NONE;
    Openings.Within within = NOWHERE;
    if (first == Chars.ANY) {
      BitSet b = Openings.preceding(p);
      before = b == null ? NONE : b;
      if (before == NONE) {
        Openings.Within w = Openings.within(p);
        within = w == null ? NOWHERE : w;
      }
    }
    return new Plan(first, before, within, lineAnchored(p));
  }

  private static final Map<Pattern, Boolean> LINE_ANCHORED = new ConcurrentHashMap<>();

  private static boolean lineAnchored(Pattern pattern) {
    Boolean anchored = LINE_ANCHORED.get(pattern);
    return anchored != null
        ? anchored
        : LINE_ANCHORED.computeIfAbsent(pattern, Scan::anchoredAtLineStart);
  }

  /**
   * {@code (?m)^} opens the pattern and no alternation stands beside it at the top level: every
   * match starts where {@code ^} held, at the text's start or after a line terminator. The lists of
   * participants are read by such patterns, and trying them only at line starts spares an attempt
   * at every character they could start with.
   */
  static boolean anchoredAtLineStart(Pattern pattern) {
    String p = pattern.pattern();
    if (!p.startsWith("(?m)^") || (pattern.flags() & Pattern.LITERAL) != 0 || p.contains("\\Q")) {
      return false;
    }
    int depth = 0;
    for (int i = 0; i < p.length(); i++) {
      char c = p.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        i = classEnd(p, i);
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == '|' && depth == 0) {
        return false;
      }
    }
    return true;
  }

  /** The index of the ']' closing the character class opened at {@code open} (classes nest). */
  static int classEnd(String p, int open) {
    int depth = 0;
    for (int i = open; i < p.length(); i++) {
      char c = p.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        depth++;
        if (i + 1 < p.length() && p.charAt(i + 1) == ']') {
          i++; // a ']' right after '[' is a member: []a]
        } else if (i + 2 < p.length() && p.charAt(i + 1) == '^' && p.charAt(i + 2) == ']') {
          i += 2;
        }
      } else if (c == ']' && --depth == 0) {
        return i;
      }
    }
    return p.length();
  }

  /**
   * The first offset from {@code s} where {@code ^} can hold in a multiline pattern: the text's
   * start or after \n, \r, \u0085, \u2028 or \u2029 (Java's line terminators); the matcher itself
   * decides the rest (no start between \r and \n).
   */
  private int lineStartFrom(int s) {
    if (s == 0) {
      return 0;
    }
    for (int t = s; t < length; t++) {
      char c = text.charAt(t - 1);
      if (c == '\n' || c == '\r' || (c | 1) == '\u2029' || c == '\u0085') {
        return t;
      }
    }
    return length;
  }

  Scan(Pattern pattern, String text, IntPredicate mayStart) {
    this(pattern, text, null, mayStart, lineAnchored(pattern));
  }

  /**
   * A scan trying only the offsets holding a character the pattern can start with, or following one
   * its opening lookbehind needs.
   */
  Scan(Pattern pattern, String text) {
    this(pattern, text, plan(pattern));
  }

  private Scan(Pattern pattern, String text, Plan plan) {
    this(
        pattern,
        text,
        plan.first() == Chars.ANY ? null : plan.first().set,
        plan.first() == Chars.ANY ? starts(plan, text) : null,
        plan.lineStarts());
  }

  private static final BitSet NONE = new BitSet();
  private static final Openings.Within NOWHERE = new Openings.Within(NONE, 0, 0);

  /**
   * Where a match of the pattern can start in the text ({@link FirstChars}, {@link SecondChars});
   * null (every offset) when that cannot be read from the pattern.
   */
  static IntPredicate starts(Pattern pattern, String text) {
    IntPredicate starts = starts(plan(pattern), text);
    BitSet second = SecondChars.cached(pattern);
    if (starts == null || second == null) {
      return starts;
    }
    int n = text.length();
    return s -> starts.test(s) && s + 1 < n && second.get(text.charAt(s + 1));
  }

  private static IntPredicate starts(Plan plan, String text) {
    Chars first = plan.first();
    if (first != Chars.ANY) {
      return first.at(text);
    }
    BitSet before = plan.before();
    if (before != NONE) {
      int n = text.length();
      return s -> s > 0 && s <= n && before.get(text.charAt(s - 1));
    }
    Openings.Within within = plan.within();
    if (within == NOWHERE) {
      return null;
    }
    return followedWithin(text, within.chars(), within.min(), within.max());
  }

  /** A scan trying only the offsets holding one of {@code first}. */
  Scan(Pattern pattern, String text, Chars first) {
    this(pattern, text, first == Chars.ANY ? null : first.set, null, lineAnchored(pattern));
  }

  /**
   * {@code pattern.matcher(text).replaceAll(replacement)} for a replacement with no group reference
   * or escape in it, the pattern tried only where a match can start.
   */
  static String replaceAll(Pattern pattern, String text, String replacement) {
    Scan scan = new Scan(pattern, text);
    if (!scan.find()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int last = 0;
    do {
      out.append(text, last, scan.matcher.start()).append(replacement);
      last = scan.matcher.end();
    } while (scan.find());
    return out.append(text, last, text.length()).toString();
  }

  /** The matcher holding the last match (start, end, groups). */
  Matcher matcher() {
    return matcher;
  }

  /** The first match at or after {@code start}, as {@link Matcher#find(int)} would find it. */
  boolean find(int start) {
    from = start;
    return find();
  }

  /** The next match, as {@link Matcher#find()} would find it. */
  boolean find() {
    if (first == null && mayStart == null && !lineStarts) {
      return findAnywhere();
    }
    for (int s = from; s <= length; s++) {
      if (lineStarts) {
        s = lineStartFrom(s);
        if (s >= length) {
          break; // ^ never holds at the end of the input
        }
        if (first != null ? !first.get(text.charAt(s)) : mayStart != null && !mayStart.test(s)) {
          continue;
        }
      } else if (first != null) {
        while (s < length && !first.get(text.charAt(s))) {
          s++;
        }
        if (s >= length) {
          break; // no character left to start with
        }
      } else if (!mayStart.test(s)) {
        continue;
      }
      if (second != null && (s + 1 >= length || !second.get(text.charAt(s + 1)))) {
        continue; // the character after this one cannot follow a match's first
      }
      matcher.region(s, length);
      if (matcher.lookingAt()) {
        from = matcher.end() == s ? s + 1 : matcher.end();
        return true;
      }
    }
    from = length + 1;
    return false;
  }

  private boolean findAnywhere() {
    if (from > length) {
      return false;
    }
    matcher.region(from, length);
    if (matcher.find()) {
      from = matcher.end() == matcher.start() ? matcher.end() + 1 : matcher.end();
      return true;
    }
    from = length + 1;
    return false;
  }

  /** A set of characters, looked up in constant time. */
  static final class Chars {
    /** Any character: the pattern is tried at every offset. */
    static final Chars ANY = new Chars();

    private static final Map<Pattern, Chars> STARTING = new ConcurrentHashMap<>();

    private final BitSet set = new BitSet();

    private Chars() {}

    /** What a match of the pattern can start with ({@link FirstChars}), else {@link #ANY}. */
    static Chars starting(Pattern p) {
      return STARTING.computeIfAbsent(
          p,
          k -> {
            BitSet first = FirstChars.of(k);
            if (first == null) {
              return ANY;
            }
            Chars c = new Chars();
            first.stream().forEach(c::addBothCases);
            return c;
          });
    }

    /** The offsets of the text holding one of these characters. */
    IntPredicate at(String text) {
      if (this == ANY) {
        return s -> true;
      }
      int n = text.length();
      return s -> s < n && set.get(text.charAt(s));
    }

    /** Every character of these strings (ASCII letters in both cases, for (?i) patterns). */
    static Chars of(String... chars) {
      Chars c = new Chars();
      for (String s : chars) {
        s.chars().forEach(c::addBothCases);
      }
      return c;
    }

    /** The first character of every word. */
    static Chars firstOf(Collection<String> words) {
      Chars c = new Chars();
      words.forEach(w -> c.addBothCases(w.charAt(0)));
      return c;
    }

    Chars plus(String... more) {
      if (this == ANY) {
        return ANY;
      }
      Chars c = of(more);
      c.set.or(set);
      return c;
    }

    boolean has(char ch) {
      return this == ANY || set.get(ch);
    }

    private void addBothCases(int ch) {
      set.set(ch);
      if (ch < 128) {
        set.set(Character.toLowerCase(ch));
        set.set(Character.toUpperCase(ch));
      }
    }
  }

  /**
   * Offsets with one of {@code chars} between {@code min} and {@code max} characters after them:
   * where a pattern such as {@code \p{IsHan}{2,4}[（(]} can start.
   */
  static IntPredicate followedWithin(String text, Chars chars, int min, int max) {
    return followedWithin(text, chars.set, min, max);
  }

  private static IntPredicate followedWithin(String text, BitSet chars, int min, int max) {
    int n = text.length();
    int[] next = new int[n + 1];
    next[n] = Integer.MAX_VALUE;
    for (int i = n - 1; i >= 0; i--) {
      next[i] = chars.get(text.charAt(i)) ? i : next[i + 1];
    }
    return s -> s + min <= n && next[s + min] - s <= max;
  }
}
