package org.sunshine.redaction;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rows of a table the typesetter cut across lines, read back by counting their cells: a row is
 * complete when it has as many cells as the table's header, wherever the cuts fell.
 *
 * <pre>
 * 序号 | 姓名 | 出生日期 | 住址 | 金额（        序号 | 姓名 | 出生日期 | 住址 | 金额（元）
 * 元）                                →      1 | 甲乙丙 | 1970年1月2日 | 某镇某村 | 300
 * 1 | 甲乙丙 | 1970年1月2日 | 某                2 | 丁戊己 | 1971年2月3日 | 某镇某村 | 400
 * 镇某村 | 300
 * 2 | 丁戊己 | 1971年2月3日
 * | 某镇某村 | 400
 * </pre>
 *
 * <p>A header is a line of at least three cells set apart by bars (甲 | 乙, 甲｜乙) or by cell gaps
 * (tabs, wide or double spaces), with no digit in it; a header cut before a row starts goes on in
 * its short, digit-free next line. Below it, a line that starts a row is joined to the lines after
 * it as long as the row's cells, counted in the joined text, stay fewer than the header's, and only
 * when some of those lines make the count exactly: a row that never reaches it (a row lacking its
 * last cells) stays as it is, and a line that starts with the table's next row number always starts
 * a row. A short, digit-free line between two complete rows is the tail of the last cell. {@link
 * Layout} closes the breaks so marked as wraps, so every offset stays the original's.
 */
final class CutRows {

  /** The line goes on with the row above as a wrap (the break is closed). */
  static final byte WRAPS = 4;

  private static final Pattern BARS = Pattern.compile("[ \\t　]*[|｜][ \\t　]*");
  private static final Pattern GAPS = Pattern.compile("[\\t　]+|  +");

  /** A row runs over at most this many lines; a longer run is no cut row. */
  private static final int MAX_LINES = 6;

  /** A line that is the tail of a cell or of the header is this short. */
  private static final int MAX_TAIL = 16;

  private static final int MAX_HEADER_CELL = 12;

  /** A heading or an item that follows a table (二、基本事实, （一）, 3、, 第五条) is no cell's tail. */
  private static final Pattern HEADING =
      Pattern.compile(
          "(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\\d]{1,3}[）)]|\\d{1,3}[、.．]|第\\S{1,4}[条项章节])");

  /**
   * A line naming a public body or an official (某县人民法院, 检察员王建国): the signature or the text after a
   * table, never the tail of its last cell.
   */
  private static final Pattern BODY_OR_OFFICIAL =
      Pattern.compile("法院|检察院|公安|派出所|检察员|检察官|审判|书记员|律师|委员会|人民政府");

  static boolean namesABodyOrOfficial(String text, Layout.Line l) {
    return BODY_OR_OFFICIAL.matcher(text).region(l.contentStart(), l.contentEnd()).find();
  }

  private CutRows() {}

  /** The line at or after {@code i} that is no page furniture nor a running head. */
  static int nextInRow(List<Layout.Line> lines, int i) {
    int k = i;
    while (k < lines.size() && skippedInRow(lines, k)) {
      k++;
    }
    return k;
  }

  /**
   * Page furniture, running heads and the blank lines beside them: between two lines of a row, they
   * are no part of it.
   */
  private static boolean skippedInRow(List<Layout.Line> lines, int k) {
    Layout.Line l = lines.get(k);
    return l.furniture()
        || l.head()
        || l.blank()
            && (k > 0 && lines.get(k - 1).furniture()
                || k + 1 < lines.size() && lines.get(k + 1).furniture());
  }

  /** Marks the lines of cut rows in {@code marks} (0 where nothing else marked them). */
  static byte[] find(String text, List<Layout.Line> lines, byte[] marks) {
    boolean bars = text.indexOf('|') >= 0 || text.indexOf('｜') >= 0;
    if (!bars && text.indexOf('　') < 0 && text.indexOf('\t') < 0 && !text.contains("  ")) {
      return marks;
    }
    byte[] m = marks.length == lines.size() ? marks : new byte[lines.size()];
    for (int i = 0; i < lines.size(); i++) {
      Pattern sep = header(text, lines.get(i));
      if (sep != null && m[i] == 0) {
        i = new Table(text, lines, m, sep).read(i) - 1;
      }
    }
    return m;
  }

  /** The separator of the table whose header is {@code line}, or null when it is none. */
  private static Pattern header(String text, Layout.Line line) {
    if (line.furniture() || line.head() || line.blank() || !StraySpaces.tableRow(text, line)) {
      return null;
    }
    String content = content(text, line);
    for (int k = 0; k < content.length(); k++) {
      if (Layout.isDigit(content.charAt(k))) {
        return null;
      }
    }
    Pattern sep = content.indexOf('|') >= 0 || content.indexOf('｜') >= 0 ? BARS : GAPS;
    for (String cell : sep.split(content)) {
      // a header names its columns in a word or two; a lone character between gaps is a word
      // OCR spaced out (检察官助　理　　X), no column
      if (cell.length() > MAX_HEADER_CELL || cell.length() < 2 && sep == GAPS) {
        return null;
      }
    }
    return count(sep, content) >= 2 ? sep : null;
  }

  /** One table: its separator, its header's cells and the next row number expected. */
  private static final class Table {
    private final String text;
    private final List<Layout.Line> lines;
    private final byte[] marks;
    private final Pattern sep;
    private int width; // separators of the header
    private int expected = -1; // the next row number, -1 when the rows are not numbered

    Table(String text, List<Layout.Line> lines, byte[] marks, Pattern sep) {
      this.text = text;
      this.lines = lines;
      this.marks = marks;
      this.sep = sep;
    }

    /** Reads the table whose header is at {@code h}; returns the first line after it. */
    int read(int h) {
      int first = headerEnd(h);
      width = separators(h, first - 1);
      int row = next(first);
      if (row < lines.size() && expected(row, 1)) {
        expected = 1; // the rows are numbered (a table of rows A, B, C is not)
      }
      int at = first;
      while (true) {
        at = next(at);
        if (at >= lines.size() || !rowStart(at)) {
          return at;
        }
        int end = rowEnd(at);
        boolean complete = separators(at, end - 1) == width;
        if (complete) {
          mark(at, end);
        }
        at = complete ? tail(end) : end;
        if (expected > 0) {
          expected++;
        }
      }
    }

    /** The line after the header: a short, digit-free line goes on with it before the first row. */
    private int headerEnd(int h) {
      marks[h] = StackedRows.STARTS;
      int after = next(h + 1);
      if (after + 1 >= lines.size()
          || !((tailLine(after) || deepIndent(after)) && separators(after, after) < separators(h, h)
              || namesGoOnAfterAGap(h, after))) {
        return h + 1;
      }
      int row = next(after + 1);
      if (row >= lines.size() || !hasDigit(row) || separators(row, row) == 0) {
        return h + 1;
      }
      mark(h, after + 1);
      return after + 1;
    }

    /**
     * 序号　作案时间　　被盗户住址　　|户主　　被盗物品　　价值（元）: the header cut in a gap goes on in a line of column names,
     * however many.
     */
    private boolean namesGoOnAfterAGap(int h, int after) {
      Layout.Line head = lines.get(h);
      Layout.Line l = lines.get(after);
      if (head.end() == head.contentEnd()
          || text.charAt(head.contentEnd()) != '　' && text.charAt(head.contentEnd()) != '\t'
          || sep != GAPS
          || marks[after] != 0
          || l.blank()
          || hasDigit(after)
          || separators(after, after) == 0) {
        return false;
      }
      for (String cell : sep.split(content(text, l))) {
        if (cell.length() > MAX_HEADER_CELL) {
          return false;
        }
      }
      return true;
    }

    /** Marks lines [start, end) as one row: the first starts it, the others wrap onto it. */
    private void mark(int start, int end) {
      marks[start] = marks[start] == 0 ? StackedRows.STARTS : marks[start];
      for (int k = start + 1; k < end; k++) {
        if (!skipped(k) && marks[k] == 0) {
          marks[k] = WRAPS;
        }
      }
    }

    /** Whether the line can start a row of this table: some cells, never more than the header. */
    private boolean rowStart(int i) {
      Layout.Line l = lines.get(i);
      if (l.blank() || marks[i] != 0) {
        return false;
      }
      int s = separators(i, i);
      return s >= 1 && s <= width && (expected < 0 || expected(i, expected));
    }

    /**
     * The line after the row that starts at {@code i}: the lines that bring its cells up to the
     * header's exactly, or the row's own line alone when none do.
     */
    private int rowEnd(int i) {
      if (separators(i, i) == width) {
        return i + 1;
      }
      int j = i;
      for (int n = 1; n < MAX_LINES; n++) {
        j = next(j + 1);
        if (j >= lines.size() || !continuation(j)) {
          return i + 1;
        }
        int s = separators(i, j);
        if (s == width) {
          return sep == BARS || digitIn(i, j) ? j + 1 : i + 1;
        }
        if (s > width) {
          return i + 1;
        }
      }
      return i + 1;
    }

    /**
     * After a complete row ending before {@code end}: a line with no separator, followed by the
     * table's next row or by the table's end (a blank line, a paragraph), is the tail of the row's
     * last cell (…｜广州市白云区|三元里大道东街市场B区18号|2｜…).
     */
    private int tail(int end) {
      int t = next(end);
      if (t >= lines.size()
          || !continuation(t)
          || lines.get(t).indented(text)
          || separators(t, t) > 0
          || "：:".indexOf(text.charAt(lines.get(t).contentEnd() - 1)) >= 0
          || HEADING
              .matcher(text)
              .region(lines.get(t).contentStart(), lines.get(t).contentEnd())
              .lookingAt()) {
        return end;
      }
      int after = next(t + 1);
      boolean row =
          after < lines.size()
              && (expected > 0
                  ? expected(after, expected + 1)
                  : separators(after, after) >= 1 && separators(after, after) <= width);
      Layout.Line tail = lines.get(t);
      boolean shortPlain =
          tail.contentEnd() - tail.contentStart() <= MAX_TAIL && !namesABodyOrOfficial(text, tail);
      // at the table's end only a short line naming no body or official is a cell's tail
      if (row && !namesABodyOrOfficial(text, tail) || tableEnds(after) && shortPlain) {
        marks[t] = WRAPS;
        return t + 1;
      }
      return end;
    }

    /** The text, a blank line or a paragraph comes next: whatever stood before it ended. */
    private boolean tableEnds(int i) {
      return i >= lines.size()
          || lines.get(i).blank()
          || text.startsWith("　　", lines.get(i).start());
    }

    /** A line that may go on with a row: no paragraph, no sentence, never the next row's start. */
    private boolean continuation(int j) {
      Layout.Line l = lines.get(j);
      if (l.blank() || l.head() || marks[j] != 0 || paragraph(text, l)) {
        return false;
      }
      if (expected > 0 && expected(j, expected + 1)) {
        return false;
      }
      for (int k = l.contentStart(); k < l.contentEnd(); k++) {
        if ("。；;！？!?".indexOf(text.charAt(k)) >= 0) {
          return false;
        }
      }
      return true;
    }

    /** The header's last columns set under a deep indent (序号　户主　　|　　　　　领取金额（元）). */
    private boolean deepIndent(int j) {
      Layout.Line l = lines.get(j);
      return l.contentStart() - l.start() >= DEEP
          && l.contentEnd() - l.contentStart() <= 30
          && !hasDigit(j)
          && marks[j] == 0
          && !l.blank();
    }

    private boolean tailLine(int j) {
      Layout.Line l = lines.get(j);
      return continuation(j)
          && l.contentEnd() - l.contentStart() <= MAX_TAIL
          && !l.indented(text)
          && !hasDigit(j);
    }

    private int next(int i) {
      return nextInRow(lines, i);
    }

    private boolean skipped(int k) {
      return skippedInRow(lines, k);
    }

    /** The separators in lines [from, to] read as one line (breaks and furniture taken out). */
    private int separators(int from, int to) {
      StringBuilder row = new StringBuilder();
      for (int k = from; k <= to; k++) {
        Layout.Line l = lines.get(k);
        if (!skipped(k)) {
          int start = k == from ? l.contentStart() : l.start();
          int end = k == to ? l.contentEnd() : l.end();
          row.append(text, start, Math.max(start, end));
        }
      }
      return count(sep, row);
    }

    /** Whether the line starts with the row number {@code n} and a separator. */
    private boolean expected(int i, int n) {
      Layout.Line l = lines.get(i);
      String number = String.valueOf(n);
      if (!text.startsWith(number, l.contentStart())) {
        return false;
      }
      Matcher m = sep.matcher(text).region(l.contentStart() + number.length(), l.contentEnd());
      return m.lookingAt();
    }

    /**
     * A table set apart by gaps holds a number in every row (its number, an amount, a date): lines
     * of names and titles under gaps (审判长　X　审判员　Y|人民陪审员　Z) are a signature block, no row.
     */
    private boolean digitIn(int from, int to) {
      for (int k = from; k <= to; k++) {
        if (hasDigit(k)) {
          return true;
        }
      }
      return false;
    }

    private boolean hasDigit(int i) {
      Layout.Line l = lines.get(i);
      for (int k = l.contentStart(); k < l.contentEnd(); k++) {
        if (Layout.isDigit(text.charAt(k))) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * An indent deeper than a paragraph's two ideographic spaces is a cell gap the cut fell in
   * (…齐贤中学对面巷内　|　　　　销售“三无”食品, 户主　|　　　被盗物品): the line goes on with the row or header above.
   */
  static final int DEEP = 3;

  /**
   * A line indented as a paragraph opens (two ideographic spaces, no more): never a cell's tail.
   */
  static boolean paragraph(String text, Layout.Line l) {
    return text.startsWith("　　", l.start()) && l.contentStart() - l.start() < DEEP;
  }

  private static int count(Pattern sep, CharSequence s) {
    Matcher m = sep.matcher(s);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  private static String content(String text, Layout.Line line) {
    return text.substring(line.contentStart(), line.contentEnd());
  }
}
