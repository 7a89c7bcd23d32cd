package org.sunshine.redaction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text the detectors read: the original as a person reads it, whatever the extraction did to
 * it. Full-width digits and letters are folded, hard-wrapped lines joined (a PDF breaks lines in
 * the middle of a name, an ID number or an address), page furniture dropped (第 2 页 共 5 页, lone page
 * numbers), stray spaces between Chinese characters or digits closed, and dates written in Chinese
 * numerals or with dots and dashes rewritten as 1985年3月12日. Every character keeps the offset of the
 * original character it came from, so findings land on the original text and the reviewer sees the
 * document as it was served.
 */
final class NormalisedText {

  private final String original;
  private final Rewrite rewrite;

  private NormalisedText(String original, Rewrite rewrite) {
    this.original = original;
    this.rewrite = rewrite;
  }

  static NormalisedText of(String original) {
    Rewrite r = Rewrite.of(Folded.fold(original));
    r = r.apply(Layout.edits(r.text()));
    r = WrittenDates.fold(r);
    return new NormalisedText(original, r);
  }

  String text() {
    return rewrite.text();
  }

  /** Offset in the original of the span starting at {@code start} here. */
  int originalStart(int start) {
    return start >= rewrite.text().length() ? original.length() : rewrite.origin(start);
  }

  /** Offset in the original just after the span ending at {@code end} here. */
  int originalEnd(int end) {
    return end == 0 ? 0 : rewrite.origin(end - 1) + 1;
  }

  /**
   * The findings, made on this text, placed on the original: offsets and text are the original's,
   * replacements stay as proposed. Two findings that meet on one original character (十 read as 10)
   * keep the first.
   */
  List<Finding> toOriginal(List<Finding> findings) {
    List<Finding> placed = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      int start = originalStart(f.start());
      int end = originalEnd(f.end());
      if (end <= start) {
        continue;
      }
      placed.add(
          new Finding(
              start,
              end,
              original.substring(start, end),
              f.category(),
              f.role(),
              f.rule(),
              f.confidence(),
              f.replacement()));
    }
    placed.sort(Comparator.comparingInt(Finding::start));
    List<Finding> disjoint = new ArrayList<>(placed.size());
    for (Finding f : placed) {
      if (disjoint.isEmpty() || !disjoint.get(disjoint.size() - 1).overlaps(f)) {
        disjoint.add(f);
      }
    }
    return disjoint;
  }

  /** Line structure: furniture, hard wraps and stray spaces. */
  static final class Layout {

    private static final Pattern FURNITURE =
        Pattern.compile(
            "[ \\t　]*(?:第\\s*\\d{1,4}\\s*页(?:\\s*[，,/]?\\s*共\\s*\\d{1,4}\\s*页)?"
                + "|共\\s*\\d{1,4}\\s*页\\s*[，,/]?\\s*第\\s*\\d{1,4}\\s*页"
                + "|[-—–]?\\s*\\d{1,3}\\s*[-—–]?"
                + "|\\d{1,4}\\s*/\\s*\\d{1,4}"
                + "|(?i:page)\\s*\\d{1,4}(?:\\s*(?i:of)\\s*\\d{1,4})?)[ \\t　\\r]*");

    /**
     * A line that starts a list item or a numbered section is never the tail of a wrap; 5.19 (a
     * date or a decimal cut after its first digit) is no item number.
     */
    private static final Pattern ITEM_START =
        Pattern.compile(
            "(?:\\d{1,4}(?:[.．](?!\\d)|[、)）]|[\\t　]|  )|[（(][一二三四五六七八九十\\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、"
                + "|第[一二三四五六七八九十百]+[条项章节部分])");

    /** Punctuation that ends a sentence or a heading: a line ending so was not wrapped. */
    private static final String TERMINAL = "。！？!?；;：:";

    /**
     * A line this close to the page width was filled by the typesetter, not ended by the author.
     */
    private static final double FULL = 0.8;

    /** Lines narrower than this (in columns) are headings and signatures, not typeset text. */
    private static final int MIN_TYPESET = 24;

    private Layout() {}

    private record Line(int start, int end, int contentStart, int contentEnd, boolean furniture) {
      boolean blank() {
        return contentEnd <= contentStart;
      }

      boolean indented(String text) {
        if (start >= end) {
          return false;
        }
        char c = text.charAt(start);
        return c == '　'
            || c == '\t'
            || c == ' ' && start + 1 < end && text.charAt(start + 1) == ' ';
      }
    }

    static Rewrite.Edits edits(String text) {
      List<Line> lines = lines(text);
      Width width = pageWidth(text, lines);
      Rewrite.Edits edits = new Rewrite.Edits();
      int previous = -1; // the last kept, non-blank line before the current one
      boolean gap = false; // a blank line not belonging to page furniture since the previous line
      for (int i = 0; i < lines.size(); i++) {
        Line line = lines.get(i);
        if (line.furniture() || line.blank() && nextToFurniture(lines, i)) {
          continue;
        }
        if (line.blank()) {
          gap = true;
          continue;
        }
        if (previous >= 0) {
          Line before = lines.get(previous);
          if (!gap && wrapped(text, before, line, width)) {
            join(text, before, line, edits);
          } else {
            // Keep the break, drop the furniture between: from the end of the previous line's break
            // to the line before this one.
            dropFurnitureBetween(lines, previous, i, edits);
          }
        }
        closeSpaces(text, line, edits, tableRow(text, line));
        previous = i;
        gap = false;
      }
      if (previous >= 0) {
        dropFurnitureBetween(lines, previous, lines.size(), edits);
      }
      return edits;
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

    private static boolean wrapped(String text, Line before, Line after, Width width) {
      if (after.indented(text)) {
        return false;
      }
      char last = text.charAt(before.contentEnd() - 1);
      if (TERMINAL.indexOf(last) >= 0 && !colonInBracket(text, before, last)) {
        return false;
      }
      if (ITEM_START.matcher(text).region(after.contentStart(), after.contentEnd()).lookingAt()) {
        return false;
      }
      // two rows of a table are two rows, however full the first is (row 1000 of a long table)
      if (tableRow(text, before) && tableRow(text, after)) {
        return false;
      }
      int filled = displayWidth(text, before.contentStart(), before.contentEnd());
      // Extractors cut by display width (a digit is half a character) or by character count.
      int characters = 2 * (before.contentEnd() - before.contentStart());
      // A number never goes on to a new line by the author's choice: digits on both sides of the
      // break are one number cut by the typesetter, if the line before was a line of running text.
      boolean cutNumber = isDigit(last) && isDigit(text.charAt(after.contentStart()));
      return filled >= FULL * width.columns()
          || characters >= FULL * width.characters()
          || cutNumber && filled >= MIN_TYPESET;
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

    private static boolean isDigit(char c) {
      return c >= '0' && c <= '9';
    }

    /** Everything between the two lines' contents goes; Latin words keep one space between. */
    private static void join(String text, Line before, Line after, Rewrite.Edits edits) {
      char last = text.charAt(before.contentEnd() - 1);
      char first = text.charAt(after.contentStart());
      boolean latin = isLatin(last) && isLatin(first) && wordBefore(text, before.contentEnd());
      edits.replace(before.contentEnd(), after.contentStart(), latin ? " " : "");
    }

    /**
     * Whether the Latin run cut at {@code end} is a word of two or more letters (NGUYEN VAN|HUNG),
     * not an identifier (wxid_vjn|swq48, cb|11055) nor a label cut inside (Q|Q号): only words were
     * separated by a space.
     */
    private static boolean wordBefore(String text, int end) {
      int start = end;
      while (start > 0 && isLatin(text.charAt(start - 1))) {
        start--;
      }
      char before = start > 0 ? text.charAt(start - 1) : ' ';
      boolean identifier = before == '_' || before == '-' || isDigit(before);
      return end - start >= 2 && !identifier && !Lexicon.isHan(before);
    }

    /** Two cell gaps (a tab, an ideographic space, two spaces): one row of a table. */
    private static final Pattern CELL_GAP = Pattern.compile("[\\t　]+|  +");

    /**
     * A row of a table (序号　姓名　金额): its gaps separate cells, so closing them would run a name into a
     * number and two numbers into one.
     */
    private static boolean tableRow(String text, Line line) {
      Matcher m = CELL_GAP.matcher(text).region(line.contentStart(), line.contentEnd());
      int gaps = 0;
      while (m.find()) {
        gaps++;
      }
      // running text with spaced digits (a spaced ID number) has its sentence punctuation
      String content = text.substring(line.contentStart(), line.contentEnd());
      // and quoted words (微信昵　称“清风竹”) are running text too, however OCR spaced them
      return gaps >= 2 && content.chars().noneMatch(c -> "，,。；;“”「」\"".indexOf(c) >= 0);
    }

    /** A single space between two Chinese characters or digits is an extraction artefact. */
    private static void closeSpaces(String text, Line line, Rewrite.Edits edits, boolean table) {
      for (int i = line.contentStart() + 1; i < line.contentEnd() - 1; i++) {
        char c = text.charAt(i);
        // in a table row only a single ASCII space inside a cell (司马 敏海) is an artefact
        if ((c == ' ' || c == '　') && wholeNumberAfter(text, i, line.contentEnd())) {
          continue; // 8 14794329470: a complete phone or ID after the space is a number of its own
        }
        if ((c == ' ' || c == '　' && (!table || singleCharacterCells(text, i, line)))
            && (!table || text.charAt(i - 1) != ' ' && text.charAt(i + 1) != ' ')
            && closable(text.charAt(i - 1))
            && closable(text.charAt(i + 1))) {
          edits.delete(i, i + 1);
        }
      }
    }

    /**
     * 3　叶　雨　海　7850: in a table row, one-character cells side by side are a name OCR spaced out (and
     * 姓　名 a header), not cells of their own.
     */
    private static boolean singleCharacterCells(String text, int gap, Line line) {
      return gap - 1 >= line.contentStart()
          && gap + 1 < line.contentEnd()
          && Lexicon.isHan(text.charAt(gap - 1))
          && Lexicon.isHan(text.charAt(gap + 1))
          && (gap - 2 < line.contentStart() || isGap(text.charAt(gap - 2)))
          && (gap + 2 >= line.contentEnd() || isGap(text.charAt(gap + 2)));
    }

    private static boolean isGap(char c) {
      return c == ' ' || c == '　' || c == '\t';
    }

    private static boolean wholeNumberAfter(String text, int space, int end) {
      if (space == 0 || !isDigit(text.charAt(space - 1))) {
        return false;
      }
      int run = 0;
      for (int k = space + 1; k < end && isDigit(text.charAt(k)); k++) {
        run++;
      }
      int before = 0;
      for (int k = space - 1; k >= 0 && isDigit(text.charAt(k)); k--) {
        before++;
      }
      return (run == 11 || run == 18) && !NUMBER_LENGTHS.contains(run + before);
    }

    private static boolean closable(char c) {
      return Lexicon.isHan(c) || c >= '0' && c <= '9';
    }

    private static boolean isLatin(char c) {
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
        boolean furniture = ce > cs && FURNITURE.matcher(text).region(start, end).matches();
        if (furniture
            && !lines.isEmpty()
            && completesNumber(text, lines.get(lines.size() - 1), cs, ce)) {
          furniture = false;
        }
        lines.add(new Line(start, end, cs, ce, furniture));
        start = end + 1;
      }
      return lines;
    }

    /** Lengths of the numbers documents carry: phone, ID number (15, 18), bank card (16–19). */
    private static final Set<Integer> NUMBER_LENGTHS = Set.of(11, 15, 16, 17, 18, 19);

    /**
     * A lone number right under a line that ends in digits is no page number when the two together
     * make a number of a known length and the digits above alone do not (a phone cut as
     * 1600463037|3).
     */
    private static boolean completesNumber(String text, Line before, int cs, int ce) {
      if (before.blank()
          || ce - cs > 2
          || !text.substring(cs, ce).chars().allMatch(Character::isDigit)) {
        return false;
      }
      int run = 0;
      for (int i = before.contentEnd() - 1;
          i >= before.contentStart() && isDigit(text.charAt(i));
          i--) {
        run++;
      }
      return run >= 5 && !NUMBER_LENGTHS.contains(run) && NUMBER_LENGTHS.contains(run + ce - cs);
    }

    private static boolean blankChar(char c) {
      return c == ' ' || c == '　' || c == '\t' || c == '\r';
    }

    /** The width the typesetter filled, in display columns and in characters (counted double). */
    private record Width(int columns, int characters) {}

    /**
     * The width the typesetter filled, as the upper quartile of the widths of the longer lines;
     * unreachable when too few lines look typeset for the question to arise.
     */
    private static Width pageWidth(String text, List<Line> lines) {
      List<Integer> columns = new ArrayList<>();
      List<Integer> characters = new ArrayList<>();
      for (Line l : lines) {
        if (!l.furniture() && !l.blank()) {
          int w = displayWidth(text, l.contentStart(), l.contentEnd());
          if (w >= MIN_TYPESET) {
            columns.add(w);
            characters.add(2 * (l.contentEnd() - l.contentStart()));
          }
        }
      }
      if (columns.size() < 4) {
        return new Width(Integer.MAX_VALUE, Integer.MAX_VALUE);
      }
      columns.sort(null);
      characters.sort(null);
      return new Width(
          columns.get(columns.size() * 3 / 4), characters.get(characters.size() * 3 / 4));
    }

    /** A Chinese character or full-width sign takes two columns, ASCII one. */
    private static int displayWidth(String text, int start, int end) {
      int w = 0;
      for (int i = start; i < end; i++) {
        w += text.charAt(i) < 0x2E80 ? 1 : 2;
      }
      return w;
    }
  }

  /** Dates in Chinese numerals (一九八五年三月十二日, 二〇二三年) and with dots or dashes (1985.3.12). */
  static final class WrittenDates {

    private static final String HAN_DIGITS = "〇零○一二三四五六七八九";
    private static final Pattern HAN_YEAR = Pattern.compile("[〇零○一二三四五六七八九]{4}(?=\\s*年)");
    private static final Pattern HAN_MONTH =
        Pattern.compile("(?<=\\d年|\\d年\\s|\\d月至|\\d月到|\\d月-)[一二三四五六七八九十]{1,2}(?=\\s*月)");
    private static final Pattern HAN_DAY =
        Pattern.compile("(?<=\\d月|\\d月\\s|\\d日至|\\d日到)[一二三四五六七八九十]{1,3}(?=\\s*[日号])");
    private static final Pattern DOTTED =
        Pattern.compile(
            "(?<![\\d.\\-/])((?:19|20)\\d{2})([.\\-/])(\\d{1,2})\\2(\\d{1,2})(?![\\d.\\-/%])");
    private static final Pattern DOTTED_MONTH =
        Pattern.compile(
            "(?<![\\d.\\-/])((?:19|20)\\d{2})([.\\-/])(\\d{1,2})(?![\\d.\\-/%])(?=\\s*(?:出生|生|至|到|间|以来|起))");

    private WrittenDates() {}

    static Rewrite fold(Rewrite r) {
      r = r.apply(numerals(r.text(), HAN_YEAR, true));
      r = r.apply(numerals(r.text(), HAN_MONTH, false));
      r = r.apply(numerals(r.text(), HAN_DAY, false));
      r = r.apply(dotted(r.text(), DOTTED, true));
      return r.apply(dotted(r.text(), DOTTED_MONTH, false));
    }

    private static Rewrite.Edits numerals(String text, Pattern p, boolean digitByDigit) {
      Rewrite.Edits edits = new Rewrite.Edits();
      Matcher m = p.matcher(text);
      while (m.find()) {
        String value;
        if (digitByDigit) {
          StringBuilder digits = new StringBuilder();
          for (char c : m.group().toCharArray()) {
            int d = HAN_DIGITS.indexOf(c);
            digits.append(d <= 2 ? 0 : d - 2);
          }
          value = digits.toString();
        } else {
          int n = ChineseNumerals.small(m.group());
          if (n <= 0 || n > 31) {
            continue;
          }
          value = Integer.toString(n);
        }
        edits.replace(m.start(), m.end(), value);
      }
      return edits;
    }

    private static Rewrite.Edits dotted(String text, Pattern p, boolean withDay) {
      Rewrite.Edits edits = new Rewrite.Edits();
      Matcher m = p.matcher(text);
      while (m.find()) {
        int month = Integer.parseInt(m.group(3));
        int day = withDay ? Integer.parseInt(m.group(4)) : 1;
        if (month < 1 || month > 12 || day < 1 || day > 31) {
          continue;
        }
        edits.replace(m.start(2), m.end(2), "年");
        if (withDay) {
          edits.replace(m.end(3), m.start(4), "月");
          edits.replace(m.end(4), m.end(4), "日");
        } else {
          edits.replace(m.end(3), m.end(3), "月");
        }
      }
      return edits;
    }
  }
}
