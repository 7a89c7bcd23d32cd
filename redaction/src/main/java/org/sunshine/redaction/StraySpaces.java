package org.sunshine.redaction;

import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spaces an extractor or OCR put where the author put none: a single space between two Chinese
 * characters or digits is closed, except between the cells of a table row. Part of {@link Layout}.
 */
final class StraySpaces {

  private StraySpaces() {}

  /** Two cell gaps (a tab, an ideographic space, two spaces): one row of a table. */
  private static final Pattern CELL_GAP = Pattern.compile("[\\t　]+|  +|[|｜]");

  /** Two ideographic spaces or a tab inside a line: a gap between cells, never a stray space. */
  private static final Pattern CELL_GAP_INSIDE = Pattern.compile("\\t|　　");

  /**
   * A row of a table (序号　姓名　金额): its gaps separate cells, so closing them would run a name into a
   * number and two numbers into one.
   */
  static boolean tableRow(String text, Layout.Line line) {
    if (line.prose()) {
      return false; // the next line of a sentence a wrap cut ({@link ProseLines})
    }
    if (text.startsWith("　　", line.start())
        && line.contentStart() - line.start() == 2
        && !CELL_GAP_INSIDE.matcher(text).region(line.contentStart(), line.contentEnd()).find()) {
      // a paragraph's indent (　　被申请人肖　峰琴称…): running text OCR spaced, no row — unless a cell
      // gap no OCR leaves follows (　　2　　要晓东　木工　　18,200: a table indented like a paragraph)
      return false;
    }
    Matcher m = CELL_GAP.matcher(text).region(line.contentStart(), line.contentEnd());
    int gaps = 0;
    while (gaps < 2 && m.find()) {
      gaps++;
    }
    if (gaps < 2) {
      return false;
    }
    if (wideGaps(text, line) >= 2) {
      return true; // 晓兰零食铺　　　钟晓兰　　…　　销售“三无”食品: no extractor spaces running text so wide
    }
    // running text with spaced digits (a spaced ID number) has its sentence punctuation
    // (the thousands separator of an amount, 300,000.00, is no sentence punctuation), and quoted
    // words (微信昵　称“清风竹”) are running text too, however OCR spaced them
    for (int i = line.contentStart(); i < line.contentEnd(); i++) {
      char c = text.charAt(i);
      boolean thousands =
          c == ','
              && i > 0
              && i + 3 < text.length()
              && Layout.isDigit(text.charAt(i - 1))
              && Layout.isDigit(text.charAt(i + 1))
              && Layout.isDigit(text.charAt(i + 2))
              && Layout.isDigit(text.charAt(i + 3));
      if ("，,。；;“”「」\"".indexOf(c) >= 0 && !thousands) {
        return false;
      }
    }
    return true;
  }

  private static final Pattern WIDE_GAP = Pattern.compile("[\\t　]{2,}|   +");

  /** Gaps of two ideographic spaces or tabs (three spaces): only a table's columns are so wide. */
  private static int wideGaps(String text, Layout.Line line) {
    Matcher m = WIDE_GAP.matcher(text).region(line.contentStart(), line.contentEnd());
    int gaps = 0;
    while (gaps < 2 && m.find()) {
      gaps++;
    }
    return gaps;
  }

  /** A single space between two Chinese characters or digits is an extraction artefact. */
  static void close(
      String text, Layout.Line line, Rewrite.Edits edits, boolean table, BitSet extra) {
    for (int i = line.contentStart() + 1; i < line.contentEnd() - 1; i++) {
      char c = text.charAt(i);
      if (extra.get(i)) {
        edits.delete(i, i + 1); // a row's cell too many ({@link ExtraCells})
        continue;
      }
      // in a table row only a single ASCII space inside a cell (司马 敏海) is an artefact
      if ((c == ' ' || c == '　')
          && (wholeNumberAfter(text, i, line.contentEnd())
              || residentIdBefore(text, i)
              || dateAfterNumber(text, i, line.contentEnd()))) {
        continue; // 8 14794329470: a complete phone or ID beside the space is a number of its own
      }
      if (!table
          && c == ' '
          && i + 2 < line.contentEnd()
          && text.charAt(i + 1) == ' '
          && Lexicon.isHan(text.charAt(i - 1))
          && Lexicon.isHan(text.charAt(i + 2))) {
        edits.delete(i, i + 2); // 户  籍所在地: in running text OCR leaves two spaces too
        i++;
        continue;
      }
      if ((c == ' ' || c == '　' && (!table || closesInRow(text, i, line)))
          && (!table || text.charAt(i - 1) != ' ' && text.charAt(i + 1) != ' ')
          && closable(text.charAt(i - 1))
          && closable(text.charAt(i + 1))) {
        edits.delete(i, i + 1);
      }
    }
  }

  /** A wide space in a table row that is no cell gap: a name OCR spaced out. */
  static boolean closesInRow(String text, int gap, Layout.Line line) {
    return singleCharacterCells(text, gap, line) || splitName(text, gap, line);
  }

  /**
   * 3　叶　雨　海　7850: in a table row, one-character cells side by side are a name OCR spaced out (and
   * 姓　名 a header), not cells of their own.
   */
  private static boolean singleCharacterCells(String text, int gap, Layout.Line line) {
    return gap - 1 >= line.contentStart()
        && gap + 1 < line.contentEnd()
        && Lexicon.isHan(text.charAt(gap - 1))
        && Lexicon.isHan(text.charAt(gap + 1))
        && (gap - 2 < line.contentStart() || isGap(text.charAt(gap - 2)))
        && (gap + 2 >= line.contentEnd() || isGap(text.charAt(gap + 2)));
  }

  /** 1　邵　宇峰　2984: a surname alone in a cell before one or two characters is a name OCR split. */
  private static boolean splitName(String text, int gap, Layout.Line line) {
    int next = gap + 1;
    int length = 0;
    while (next + length < line.contentEnd() && Lexicon.isHan(text.charAt(next + length))) {
      length++;
    }
    boolean cellEnds = next + length >= line.contentEnd() || isGap(text.charAt(next + length));
    return gap - 1 >= line.contentStart()
        && Lexicon.COMMON_SURNAMES.indexOf(text.charAt(gap - 1)) >= 0
        && (gap - 2 < line.contentStart() || isGap(text.charAt(gap - 2)))
        && length >= 1
        && length <= 2
        && cellEnds;
  }

  private static boolean isGap(char c) {
    return c == ' ' || c == '　' || c == '\t';
  }

  private static char ascii(char digit) {
    return digit >= '０' && digit <= '９' ? (char) (digit - '０' + '0') : digit;
  }

  private static boolean wholeNumberAfter(String text, int space, int end) {
    if (space == 0 || !Layout.isDigit(text.charAt(space - 1))) {
      return false;
    }
    int run = 0;
    for (int k = space + 1; k < end && Layout.isDigit(text.charAt(k)); k++) {
      run++;
    }
    int before = 0;
    for (int k = space - 1; k >= 0 && Layout.isDigit(text.charAt(k)); k--) {
      before++;
    }
    // 4660　17552152743: a mobile number after the space is whole unless the two make an ID number
    boolean mobile =
        run == 11
            && ascii(text.charAt(space + 1)) == '1'
            && "3456789".indexOf(ascii(text.charAt(space + 2))) >= 0;
    if (mobile) {
      return run + before != 18;
    }
    return (run == 11 || run == 18) && !Layout.NUMBER_LENGTHS.contains(run + before);
  }

  /**
   * 6217 0018 3005 2274 916　2024年3月7日: a year (19xx, 20xx and 年) after the space opens a date of
   * its own; closed, the number before it and the year would read as one longer number, a record's,
   * and the card would not be found.
   */
  private static boolean dateAfterNumber(String text, int space, int end) {
    if (space == 0 || !Layout.isDigit(text.charAt(space - 1)) || space + 5 >= end) {
      return false;
    }
    for (int k = space + 1; k <= space + 4; k++) {
      if (!Layout.isDigit(text.charAt(k))) {
        return false;
      }
    }
    char century = ascii(text.charAt(space + 1));
    char decade = ascii(text.charAt(space + 2));
    boolean year = century == '1' && decade == '9' || century == '2' && decade == '0';
    return year && text.charAt(space + 5) == '年';
  }

  /**
   * 522601197003120150 38,600: a resident ID number, its check digit right, before the space ends
   * there; closed, the ID and the amount after it would read as one 20-digit number and neither be
   * found.
   */
  private static boolean residentIdBefore(String text, int space) {
    // the number may have begun on the line above (5134311988030|51553　3.68万元): a break
    // between digits is a cut, which the layout closes
    StringBuilder id = new StringBuilder(18);
    int start = space;
    while (start > 0 && id.length() <= 18) {
      char c = text.charAt(start - 1);
      if (Layout.isDigit(c)) {
        id.append(ascii(c));
      } else if (c != '\n' || start < 2 || !Layout.isDigit(text.charAt(start - 2))) {
        break;
      }
      start--;
    }
    if (id.length() != 18 || start > 0 && asciiLetter(text.charAt(start - 1))) {
      return false;
    }
    id.reverse();
    return Checksums.validResidentId(id.toString())
        && IdentityDocuments.plausibleBirth(id.toString());
  }

  private static boolean asciiLetter(char c) {
    return c < 128 && Character.isLetter(c);
  }

  private static boolean closable(char c) {
    return Lexicon.isHan(c) || c >= '0' && c <= '9';
  }
}
