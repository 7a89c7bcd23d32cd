package org.sunshine.redaction;

import com.hankcs.hanlp.dictionary.CoreDictionary;

/**
 * The features the learned name model reads at each character of a line: the characters around it
 * (one, two and three at a time) and the shape of its neighbours (Han, surname, digit, Latin,
 * space, punctuation). Each feature is a 64-bit key (a template number and up to three 16-bit
 * characters), so that the model is looked up without building strings. Training ({@link
 * NameModelTrainer}) and recognition ({@link NameModel}) share this class, which is what makes a
 * model file valid.
 */
final class NameFeatures {

  /** Features per character; the structured perceptron adds the transition from the last tag. */
  static final int COUNT = 15;

  private static final char BEGIN = '\u0002';
  private static final char END = '\u0003';

  private NameFeatures() {}

  /**
   * Folds what carries no evidence of a name: every digit reads 0, every Latin letter a or A, every
   * space one space.
   */
  static char[] prepare(CharSequence line) {
    char[] c = new char[line.length()];
    for (int i = 0; i < c.length; i++) {
      char ch = line.charAt(i);
      if (ch >= '0' && ch <= '9' || ch >= '０' && ch <= '９') {
        ch = '0';
      } else if (ch >= 'a' && ch <= 'z') {
        ch = 'a';
      } else if (ch >= 'A' && ch <= 'Z') {
        ch = 'A';
      } else if (ch == '　' || ch == '\t') {
        ch = ' ';
      }
      c[i] = ch;
    }
    return c;
  }

  /** Writes the {@link #COUNT} feature keys of position {@code i} into {@code out}. */
  static void at(char[] c, int i, long[] out) {
    char p3 = get(c, i - 3);
    char p2 = get(c, i - 2);
    char p1 = get(c, i - 1);
    char c0 = c[i];
    char n1 = get(c, i + 1);
    char n2 = get(c, i + 2);
    char n3 = get(c, i + 3);
    out[0] = key(1, p2);
    out[1] = key(2, p1);
    out[2] = key(3, c0);
    out[3] = key(4, n1);
    out[4] = key(5, n2);
    out[5] = key(6, p2, p1);
    out[6] = key(7, p1, c0);
    out[7] = key(8, c0, n1);
    out[8] = key(9, n1, n2);
    out[9] = key(10, p1, n1);
    out[10] = key(11, p3, p2, p1);
    out[11] = key(12, n1, n2, n3);
    out[12] = key(13, shape(p1), shape(c0), shape(n1));
    out[13] = key(14, shape(p2), shape(p1), shape(c0));
    out[14] = key(15, shape(c0), shape(n1), shape(n2));
  }

  private static char get(char[] c, int i) {
    return i < 0 ? BEGIN : i >= c.length ? END : c[i];
  }

  /**
   * Every character's shape, computed once: the surname test is a scan of the surname list, and
   * five shapes are read at each character of every line (ADR 0030: decoding cost).
   */
  private static final char[] SHAPES = new char[Character.MAX_VALUE + 1];

  static {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      SHAPES[c] = computeShape((char) c);
    }
  }

  private static char shape(char c) {
    return SHAPES[c];
  }

  /**
   * H Han, S a surname, F a verb or particle standing alone (写, 给, 就: what follows a name), T both
   * (向, 于), D digit, L Latin, W space, P anything else.
   */
  private static char computeShape(char c) {
    if (Lexicon.isHan(c)) {
      boolean function = function(c);
      return Lexicon.isSurname(c) ? (function ? 'T' : 'S') : function ? 'F' : 'H';
    }
    return switch (c) {
      case '0' -> 'D';
      case 'a', 'A' -> 'L';
      case ' ' -> 'W';
      case BEGIN -> 'B';
      case END -> 'E';
      default -> 'P';
    };
  }

  /**
   * A frequent one-character word of HanLP's core dictionary whose main use is a verb or particle.
   */
  private static boolean function(char c) {
    CoreDictionary.Attribute a = CoreDictionary.get(String.valueOf(c));
    if (a == null || a.nature.length == 0 || a.frequency[0] < 50) {
      return false;
    }
    String tag = a.nature[0].toString();
    return "vdpcuye".indexOf(tag.charAt(0)) >= 0;
  }

  private static long key(int template, char a) {
    return (long) template << 48 | a;
  }

  private static long key(int template, char a, char b) {
    return (long) template << 48 | (long) a << 16 | b;
  }

  private static long key(int template, char a, char b, char c) {
    return (long) template << 48 | (long) a << 32 | (long) b << 16 | c;
  }
}
