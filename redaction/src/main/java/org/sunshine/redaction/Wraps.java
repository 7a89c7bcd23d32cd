package org.sunshine.redaction;

/**
 * What a closed hard wrap leaves between the two lines it joined: nothing inside a word or a
 * number, a space between two Latin words, a cell gap where the cut fell on one. Part of {@link
 * Layout}.
 */
final class Wraps {

  private Wraps() {}

  /** Everything between the two lines' contents goes; Latin words keep one space between. */
  static void close(String text, Layout.Line before, Layout.Line after, Rewrite.Edits edits) {
    char last = text.charAt(before.contentEnd() - 1);
    char first = text.charAt(after.contentStart());
    boolean latin =
        Layout.isLatin(last)
            && Layout.isLatin(first)
            && (spacedAtTheWrap(text, before, after)
                    // names are written capitalised; 微信号abc|␠defgh is one identifier
                    && Character.isUpperCase(first)
                    && !identifierAround(text, before.contentEnd(), after.contentStart())
                || wordBefore(text, before.contentEnd())
                    && wordAfter(text, before.contentEnd(), after.contentStart()));
    // a row cut after a cell's gap (…PETROV）　|4660　175…) keeps the gap: the cells stay apart
    String between = text.substring(before.contentEnd(), before.end());
    boolean cellGap = between.indexOf('　') >= 0 || between.indexOf('\t') >= 0;
    edits.replace(before.contentEnd(), after.contentStart(), cellGap ? "　" : latin ? " " : "");
  }

  /** A row's line cut right before a cell gap (…1980年5月6日|　某镇…) keeps it, as one cut after. */
  static void closeInRow(String text, Layout.Line before, Layout.Line after, Rewrite.Edits edits) {
    if (after.indented(text)) {
      edits.replace(before.contentEnd(), after.contentStart(), "　");
    } else {
      close(text, before, after, edits);
    }
  }

  /** Whether bars set the line's cells apart (甲 | 乙, 甲｜乙). */
  static boolean barred(String text, Layout.Line line) {
    for (int i = line.contentStart(); i < line.contentEnd(); i++) {
      char c = text.charAt(i);
      if (c == '|' || c == '｜') {
        return true;
      }
    }
    return false;
  }

  /**
   * CHUKWUEMEKA|␠OKAFOR, SOKOLOVA␠|ANNA: a space the extractor left at the wrap is the space the
   * author typed between two words, wherever the first word stands.
   */
  private static boolean spacedAtTheWrap(String text, Layout.Line before, Layout.Line after) {
    return before.contentEnd() < before.end() && text.charAt(before.contentEnd()) == ' '
        || after.contentStart() > after.start() && text.charAt(after.contentStart() - 1) == ' ';
  }

  /**
   * wxid_vjn|␠swq48, cb-|␠11055: the parts of an identifier, whatever spaces a scan put between.
   */
  private static boolean identifierAround(String text, int cut, int start) {
    return identifierBefore(text, runStart(text, cut))
        || identifierAfter(text, runEnd(text, start));
  }

  /** The start of the Latin run that ends at {@code end}. */
  private static int runStart(String text, int end) {
    int start = end;
    while (start > 0 && Layout.isLatin(text.charAt(start - 1))) {
      start--;
    }
    return start;
  }

  /** The end of the Latin run that starts at {@code start}. */
  private static int runEnd(String text, int start) {
    int end = start;
    while (end < text.length() && Layout.isLatin(text.charAt(end))) {
      end++;
    }
    return end;
  }

  /** A Latin run after _, - or a digit is the rest of an identifier (wxid_…, cb-…, 3a…). */
  private static boolean identifierBefore(String text, int runStart) {
    char before = runStart > 0 ? text.charAt(runStart - 1) : ' ';
    return before == '_' || before == '-' || Layout.isDigit(before);
  }

  /** A Latin run before a digit, _, @, . or - goes on as an identifier (han_0707, a@b). */
  private static boolean identifierAfter(String text, int runEnd) {
    char next = runEnd < text.length() ? text.charAt(runEnd) : ' ';
    return Layout.isDigit(next) || "_@.-".indexOf(next) >= 0;
  }

  /**
   * Whether the Latin run cut at {@code end} is a word of two or more letters (NGUYEN VAN|HUNG),
   * not an identifier (wxid_vjn|swq48, cb|11055) nor a label cut inside (Q|Q号): only words were
   * separated by a space.
   */
  private static boolean wordBefore(String text, int end) {
    int start = runStart(text, end);
    return end - start >= 2
        && !identifierBefore(text, start)
        && !(start > 0 && Lexicon.isHan(text.charAt(start - 1)));
  }

  /**
   * Whether the Latin run after the wrap at {@code start} is a word of its own: not the rest of an
   * identifier (yan|han_0707), not a lone last letter (KHAMPHOU|N SISAVATH), and not a lowercase
   * run after a capitalised one (Em|eka, Hoff|mann), which goes on with the word the wrap cut.
   */
  private static boolean wordAfter(String text, int cut, int start) {
    int end = runEnd(text, start);
    if (identifierAfter(text, end) || end - start < 2) {
      return false;
    }
    int word = runStart(text, cut);
    boolean capitalised =
        Character.isUpperCase(text.charAt(word)) && Character.isLowerCase(text.charAt(cut - 1));
    return !(capitalised && Character.isLowerCase(text.charAt(start)));
  }
}
