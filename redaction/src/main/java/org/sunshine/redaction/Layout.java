package org.sunshine.redaction;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Line structure: furniture, hard wraps and stray spaces. */
final class Layout {

  private static final Pattern FURNITURE =
      Pattern.compile(
          "[ \\t　]*(?:第\\s*\\d{1,4}\\s*页(?:\\s*[，,/]?\\s*共\\s*\\d{1,4}\\s*页)?"
              + "|共\\s*\\d{1,4}\\s*页\\s*[，,/]?\\s*第\\s*\\d{1,4}\\s*页"
              + "|[-—–]?\\s*\\d{1,3}\\s*[-—–]?"
              + "|\\d{1,4}\\s*/\\s*\\d{1,4}"
              + "|(?i:page)\\s*\\d{1,4}(?:\\s*(?i:of)\\s*\\d{1,4})?)[ \\t　\\r]*");

  /**
   * A line that starts a list item or a numbered section is never the tail of a wrap; 5.19 (a date
   * or a decimal cut after its first digit) is no item number.
   */
  private static final Pattern ITEM_START =
      Pattern.compile(
          "(?:\\d{1,3}(?:[.．](?!\\d)|[、)）]|[\\t　]|  )|[（(][一二三四五六七八九十\\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、"
              + "|第[一二三四五六七八九十百]+[条项章节部分])");

  /** Punctuation that ends a sentence or a heading: a line ending so was not wrapped. */
  private static final String TERMINAL = "。！？!?；;：:";

  /** Lines narrower than this (in columns) are headings and signatures, not typeset text. */
  static final int MIN_TYPESET = 24;

  private Layout() {}

  /**
   * One line; {@code head} marks a running head or foot ({@link RunningHeads}), which stays in the
   * text but never joins the lines around it.
   */
  record Line(
      int start,
      int end,
      int contentStart,
      int contentEnd,
      boolean furniture,
      boolean head,
      boolean prose) {
    Line(int start, int end, int contentStart, int contentEnd, boolean furniture, boolean head) {
      this(start, end, contentStart, contentEnd, furniture, head, false);
    }

    /** The line goes on with running text a wrap cut ({@link ProseLines}): no table row. */
    Line asProse() {
      return new Line(start, end, contentStart, contentEnd, furniture, head, true);
    }

    boolean blank() {
      return contentEnd <= contentStart;
    }

    boolean indented(String text) {
      if (start >= end) {
        return false;
      }
      char c = text.charAt(start);
      return c == '　' || c == '\t' || c == ' ' && start + 1 < end && text.charAt(start + 1) == ' ';
    }
  }

  static Rewrite.Edits edits(String text) {
    List<Line> lines = ProseLines.mark(text, lines(text));
    byte[] cut = CutRows.find(text, lines, StackedRows.find(text, lines));
    SpacedTables spaced = SpacedTables.find(text, lines, cut);
    byte[] stacked = spaced.marks(cut);
    for (int i = 0; i < stacked.length; i++) {
      Line l = lines.get(i);
      boolean furniture = stacked[i] == StackedRows.PAGE_HEADER;
      if (stacked[i] != 0 && l.furniture() != furniture) {
        // a stacked row's number or cell alone on its line is no page number; a running header
        // between two of its cells is
        lines.set(
            i,
            new Line(
                l.start(),
                l.end(),
                l.contentStart(),
                l.contentEnd(),
                furniture,
                l.head(),
                l.prose()));
      }
    }
    PageWidth width = PageWidth.of(text, lines);
    BitSet extra = ExtraCells.find(text, lines, stacked);
    Rewrite.Edits edits = new Rewrite.Edits();
    int previous = -1; // the last kept, non-blank line before the current one
    boolean gap = false; // a blank line not belonging to page furniture since the previous line
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      if (line.furniture() || line.blank() && nextToFurniture(lines, i)) {
        if (line.furniture()) {
          // dropped from the text read, whether the lines around join or not
          edits.furniture(line.contentStart(), line.contentEnd());
        }
        continue;
      }
      if (line.blank()) {
        gap = true;
        continue;
      }
      if (previous >= 0) {
        Line before = lines.get(previous);
        byte mark = i < stacked.length ? stacked[i] : 0;
        if (mark == StackedRows.CONTINUES) {
          edits.replace(before.contentEnd(), line.contentStart(), "　");
        } else if (mark == CutRows.WRAPS) {
          Wraps.closeInRow(text, before, line, edits);
        } else if (!gap
            && mark == 0
            && (wrapped(text, before, line, width) || acrossAPage(text, lines, previous, i))) {
          Wraps.close(text, before, line, edits);
        } else {
          // Keep the break, drop the furniture between: from the end of the previous line's break
          // to the line before this one.
          dropFurnitureBetween(lines, previous, i, edits);
        }
      }
      // a cut row's line keeps its cell gaps, however few it holds; where bars set the cells
      // apart, a wide space between two characters is as stray as in running text
      boolean row = i < stacked.length && stacked[i] != 0;
      boolean table = (row || StraySpaces.tableRow(text, line)) && !Wraps.barred(text, line);
      if (spaced.row(i)) {
        spaced.close(text, line, edits);
      } else {
        StraySpaces.close(text, line, edits, table, extra);
      }
      previous = i;
      gap = false;
    }
    if (previous >= 0) {
      dropFurnitureBetween(lines, previous, lines.size(), edits);
    }
    return edits;
  }

  /**
   * A page break cuts running text wherever the page ends, not where a line is full: the last line
   * of a page is short when the extractor dropped what followed (…长白岛|某区人民检察院起诉书 第1页|森林半岛18号楼…).
   * Across page furniture, a line that ends unpunctuated goes on in the next unindented line.
   */
  private static boolean acrossAPage(String text, List<Line> lines, int previous, int next) {
    boolean page = false;
    for (int k = previous + 1; k < next; k++) {
      page |= lines.get(k).furniture();
    }
    Line before = lines.get(previous);
    Line after = lines.get(next);
    if (!page || before.head() || after.head() || after.indented(text)) {
      return false;
    }
    char last = text.charAt(before.contentEnd() - 1);
    return (Lexicon.isHan(last) || isDigit(last))
        && PageWidth.displayWidth(text, before.contentStart(), before.contentEnd())
            >= MIN_TYPESET / 2
        && !ITEM_START.matcher(text).region(after.contentStart(), after.contentEnd()).lookingAt()
        && !(StraySpaces.tableRow(text, before) || StraySpaces.tableRow(text, after));
  }

  private static boolean nextToFurniture(List<Line> lines, int i) {
    return i > 0 && lines.get(i - 1).furniture()
        || i + 1 < lines.size() && lines.get(i + 1).furniture();
  }

  private static void dropFurnitureBetween(
      List<Line> lines, int previous, int next, Rewrite.Edits edits) {
    for (int k = previous + 1; k < next; k++) {
      Line l = lines.get(k);
      if (l.furniture() || l.blank() && nextToFurniture(lines, k)) {
        // the line and the break before it
        edits.delete(lines.get(k - 1).end(), l.end());
      }
    }
  }

  private static boolean wrapped(String text, Line before, Line after, PageWidth width) {
    if (before.head() || after.head()) {
      return false;
    }
    if (after.indented(text)) {
      return hangingContinuation(text, before, after) || headerGoesOn(text, before, after);
    }
    char last = text.charAt(before.contentEnd() - 1);
    if (TERMINAL.indexOf(last) >= 0 && !colonInBracket(text, before, last)) {
      return false;
    }
    int filled = PageWidth.displayWidth(text, before.contentStart(), before.contentEnd());
    boolean full = width.filledBy(text, before);
    // two rows of a table are two rows, however full the first is (row 1000 of a long table) —
    // unless the rows are numbered and the second line starts with no number: the typesetter cut
    // a full numbered row inside a cell (2　2024年5月6日　某镇某村　　綦|玉兰　现金　9300)
    if (StraySpaces.tableRow(text, before) && CutRows.namesABodyOrOfficial(text, after)) {
      return false; // 某县人民法院, 检察员王建国 under a table's last row: the text after it, no cell
    }
    if (StraySpaces.tableRow(text, before) && StraySpaces.tableRow(text, after)) {
      return full && rowNumbered(text, before) && !rowNumbered(text, after);
    }
    // A number never goes on to a new line by the author's choice: digits on both sides of the
    // break are one number cut by the typesetter, if the line before was a line of running text.
    boolean cutNumber = isDigit(last) && isDigit(text.charAt(after.contentStart()));
    if (RowNumbers.follows(text, before, after)) {
      return false; // 1 黄某 “某某” 2005年…|2 覃某…: the next numbered row of a list set apart by spaces
    }
    if ((ITEM_START.matcher(text).region(after.contentStart(), after.contentEnd()).lookingAt()
            && !Cuts.closesBracket(text, before, after))
        || barredRowStart(text, before, after)) {
      // 983）after a full line ending in qinghe_1: the tail of a cut identifier, not item 983
      return cutNumber
          && (full
                  && !StraySpaces.tableRow(text, before)
                  && Cuts.identifierBefore(text, before.contentEnd())
              || Cuts.numberOfKnownLength(text, before, after));
    }
    return full
        || cutNumber && filled >= MIN_TYPESET
        || cutNumber && Cuts.numberOfKnownLength(text, before, after)
        || Cuts.openBracket(text, before)
        || Cuts.nameAfterRole(text, before, after)
        || CutTokens.across(text, before, after);
  }

  /** The first cell of a table's header row. */
  private static final Pattern HEADER_START = Pattern.compile("(?:序号|编号)(?:[\\t　]|  )");

  /**
   * A table's header row the typesetter cut, its last cells set under a deep indent (序号　户主　住址　　|
   * 　　　　领取金额（元）): one row, so that its cells count as the rows' cells do. The rest holds column
   * names only, no digits and no sentence.
   */
  private static boolean headerGoesOn(String text, Line before, Line after) {
    if (!HEADER_START.matcher(text).region(before.contentStart(), before.contentEnd()).lookingAt()
        || !StraySpaces.tableRow(text, before)
        || after.contentStart() - after.start() < CutRows.DEEP
        || after.contentEnd() - after.contentStart() > 30) {
      return false;
    }
    for (int i = after.contentStart(); i < after.contentEnd(); i++) {
      char c = text.charAt(i);
      if (isDigit(c) || TERMINAL.indexOf(c) >= 0 || c == '，') {
        return false;
      }
    }
    return true;
  }

  /** A row of a barred table that opens with its number (2|毛某|…). */
  private static final Pattern BARRED_ROW_NUMBER = Pattern.compile("\\d{1,5}[|｜]");

  /**
   * 6228…0772|2|毛某: under a line of a barred table, a number and a bar open the next row; the line
   * goes on only when its number is cut short of a known length.
   */
  private static boolean barredRowStart(String text, Line before, Line after) {
    return BARRED_ROW_NUMBER
            .matcher(text)
            .region(after.contentStart(), after.contentEnd())
            .lookingAt()
        && Wraps.barred(text, before);
  }

  /** A table row that starts with its number and a cell gap (3　郭某　…, 12 …). */
  private static final Pattern ROW_NUMBER = Pattern.compile("\\d{1,5}(?:[\\t　]|  )");

  private static boolean rowNumbered(String text, Line line) {
    return ROW_NUMBER.matcher(text).region(line.contentStart(), line.contentEnd()).lookingAt();
  }

  /**
   * A sentence cut mid-clause whose rest is set under a deep indent (a hanging indent aligning the
   * continuation under the address column): the line before is running text (a comma in it, no
   * closing punctuation at its end) and the indented line goes on as running text (a comma in it or
   * a full stop at its end), which a signature, date or heading line never does.
   */
  private static boolean hangingContinuation(String text, Line before, Line after) {
    if (after.contentStart() - after.start() < 4 || before.blank() || after.blank()) {
      return false;
    }
    char last = text.charAt(before.contentEnd() - 1);
    if (!(Lexicon.isHan(last) || isDigit(last))
        || PageWidth.displayWidth(text, before.contentStart(), before.contentEnd()) < MIN_TYPESET
        || text.substring(before.contentStart(), before.contentEnd()).indexOf('，') < 0) {
      return false;
    }
    String rest = text.substring(after.contentStart(), after.contentEnd());
    return (rest.indexOf('，') >= 0 || rest.endsWith("。")) && !ITEM_START.matcher(rest).lookingAt();
  }

  /** （真实姓名：| X）: a colon inside an open bracket introduces what follows, it ends nothing. */
  private static boolean colonInBracket(String text, Line line, char last) {
    if (last != '：' && last != ':') {
      return false;
    }
    int open =
        Math.max(
            text.lastIndexOf('（', line.contentEnd()), text.lastIndexOf('(', line.contentEnd()));
    int close =
        Math.max(
            text.lastIndexOf('）', line.contentEnd()), text.lastIndexOf(')', line.contentEnd()));
    return open >= line.contentStart() && open > close;
  }

  /** An ASCII or a full-width digit: the layout is read before the text is folded. */
  static boolean isDigit(char c) {
    return c >= '0' && c <= '9' || c >= '０' && c <= '９';
  }

  static boolean isLatin(char c) {
    return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
  }

  private static List<Line> lines(String text) {
    List<Line> lines = new ArrayList<>();
    int start = 0;
    while (start <= text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      int cs = start;
      int ce = end;
      while (cs < ce && blankChar(text.charAt(cs))) {
        cs++;
      }
      while (ce > cs && blankChar(text.charAt(ce - 1))) {
        ce--;
      }
      boolean furniture =
          ce > cs
              && (FURNITURE.matcher(text).region(start, end).matches()
                  || RunningHeads.withPageNumber(text, start, end));
      if (furniture
          && !lines.isEmpty()
          && completesNumber(text, lines.get(lines.size() - 1), cs, ce)) {
        furniture = false;
      }
      lines.add(new Line(start, end, cs, ce, furniture, false));
      start = end + 1;
    }
    return RunningHeads.mark(text, lines);
  }

  /** Lengths of the numbers documents carry: phone, ID number (15, 18), bank card (16–19). */
  static final Set<Integer> NUMBER_LENGTHS = Set.of(11, 15, 16, 17, 18, 19);

  /**
   * A lone number right under a line that ends in digits is no page number when the two together
   * make a number of a known length and the digits above alone do not (a phone cut as 1600463037|3,
   * as 185-7714-023|6 or 185 7714 023|6, or in a table row as 16630164|304).
   */
  private static boolean completesNumber(String text, Line before, int cs, int ce) {
    if (before.blank()
        || ce - cs > 4
        || !text.substring(cs, ce).chars().allMatch(Character::isDigit)) {
      return false;
    }
    String above = Cuts.numberBefore(text, before.contentStart(), before.contentEnd());
    int run = above.length();
    // digits above of a known length are cut too unless they are a whole identifier themselves
    // (6222 0212 3456 7890 12|3: eighteen digits that are no valid ID number, nineteen a card)
    // (522630199108083|027: fifteen digits an old ID number could be, the eighteen a valid new one)
    return run >= 5
            && (!NUMBER_LENGTHS.contains(run) || !Cuts.wholeIdentifier(above))
            && NUMBER_LENGTHS.contains(run + ce - cs)
        || run == 15
            && ce - cs == 3
            && Checksums.validResidentId(above + Folded.fold(text.substring(cs, ce)));
  }

  static boolean blankChar(char c) {
    return c == ' ' || c == '　' || c == '\t' || c == '\r';
  }
}
