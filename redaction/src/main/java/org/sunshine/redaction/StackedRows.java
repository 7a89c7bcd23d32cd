package org.sunshine.redaction;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rows of a numbered table laid out one cell per line (an extractor that lost the row's gaps),
 * under a header with its gaps or under a header laid out the same way:
 *
 * <pre>
 * 序号　姓名　出生日期　处理结果          序号
 * 1　甲乙丙　1970-01-01　拘役二个月       姓名
 * 2                                     金额
 * 丁戊己                                 1
 * 1971-02-03                            甲乙丙
 * 相对不起诉                             3000
 * </pre>
 *
 * <p>The line holding the next row number and the lines after it whose cells add up to the header's
 * width are one row: {@link Layout} joins them with a cell gap, so every table reader sees the row
 * as the writer meant it (a page footer between two cells goes with the break). Only a number that
 * continues the table's own numbering starts such a row, so a signature or a heading after a table
 * is never taken for one; a number alone on its line is no page number then.
 */
final class StackedRows {

  private static final Pattern CELL_GAP = Pattern.compile("[\\t　]+|  +");
  private static final Pattern ROW_NUMBER = Pattern.compile("\\d{1,4}");

  /** A cell on a line of its own is short and ends no sentence. */
  private static final int MAX_CELL = 40;

  /** A stacked header has this many cells at most, each this short. */
  private static final int MAX_COLUMNS = 8;

  private static final int MAX_HEADER_CELL = 12;

  /** No line is part of a stacked row. */
  static final byte[] NONE = new byte[0];

  /** The line starts a stacked row (its break before stays). */
  static final byte STARTS = 1;

  /** The line goes on with the row begun above (the break before becomes a cell gap). */
  static final byte CONTINUES = 2;

  /** A running header under a page footer, between two cells of a row: page furniture too. */
  static final byte PAGE_HEADER = 3;

  /** 合肥市蜀山区人民检察院, 清苑区人民检察院　检察建议书: the body's name a page opens with. */
  private static final Pattern RUNNING_HEADER =
      Pattern.compile("\\p{IsHan}{2,20}(?:检察院|法院)(?:[ \\t　]*\\p{IsHan}{2,10}书)?");

  private StackedRows() {}

  /** What each line is to a stacked row: 0, {@link #STARTS} or {@link #CONTINUES}. */
  static byte[] find(String text, List<Layout.Line> lines) {
    if (!anyRowNumberAlone(text, lines)) {
      return NONE; // most documents: no line holds a number alone, no row can be stacked
    }
    byte[] marks = null;
    int width = 0; // cells of the table's header, 0 outside a table
    int number = -1; // the last row number, -1 when the rows are not numbered
    for (int i = 0; i < lines.size(); i++) {
      Layout.Line line = lines.get(i);
      if (line.blank() || skipped(text, lines, i)) {
        width = line.blank() ? 0 : width;
        continue;
      }
      if (StraySpaces.tableRow(text, line)) {
        String first = firstCell(text, line);
        boolean numbered = ROW_NUMBER.matcher(first).matches();
        if (width == 0) {
          width = cells(text, line);
          number = numbered ? Integer.parseInt(first) : 0;
        } else {
          number = numbered ? Integer.parseInt(first) : -1;
        }
        continue;
      }
      if (width == 0 && content(text, line).equals("1")) {
        int header = stackedHeader(text, lines, i);
        if (header > 0) {
          width = header;
          number = 0;
          marks = mark(marks, text, lines, i - header, i);
        }
      }
      int end = width >= 3 && number >= 0 ? rowEnd(text, lines, i, width, number + 1) : -1;
      if (end < 0) {
        width = 0;
        continue;
      }
      marks = mark(marks, text, lines, i, end);
      number++;
      i = end - 1;
    }
    return marks == null ? NONE : marks;
  }

  private static boolean anyRowNumberAlone(String text, List<Layout.Line> lines) {
    for (Layout.Line l : lines) {
      int length = l.contentEnd() - l.contentStart();
      if (length >= 1 && length <= 4) {
        boolean digits = true;
        for (int k = l.contentStart(); k < l.contentEnd() && digits; k++) {
          digits = text.charAt(k) >= '0' && text.charAt(k) <= '9';
        }
        if (digits) {
          return true;
        }
      }
    }
    return false;
  }

  /** Lines [from, to) make one row; page furniture between them is no part of it. */
  private static byte[] mark(byte[] marks, String text, List<Layout.Line> lines, int from, int to) {
    byte[] m = marks == null ? new byte[lines.size()] : marks;
    m[from] = STARTS;
    for (int k = from + 1; k < to; k++) {
      m[k] = skipped(text, lines, k) ? 0 : pageHeader(text, lines, k) ? PAGE_HEADER : CONTINUES;
    }
    return m;
  }

  /**
   * The number of header cells stacked right above the row number 1 at {@code i} (序号, 姓名, 金额…, no
   * digits, short), or 0 when fewer than three.
   */
  private static int stackedHeader(String text, List<Layout.Line> lines, int i) {
    int cells = 0;
    for (int k = i - 1; k >= 0 && cells <= MAX_COLUMNS; k--) {
      Layout.Line l = lines.get(k);
      if (!headerCell(text, l)) {
        break;
      }
      cells++;
    }
    return cells >= 3 && cells <= MAX_COLUMNS ? cells : 0;
  }

  private static boolean headerCell(String text, Layout.Line l) {
    if (l.blank() || l.indented(text) || l.furniture()) {
      return false;
    }
    int length = l.contentEnd() - l.contentStart();
    if (length > MAX_HEADER_CELL || StraySpaces.tableRow(text, l)) {
      return false;
    }
    for (int k = l.contentStart(); k < l.contentEnd(); k++) {
      char c = text.charAt(k);
      if (Layout.isDigit(c) || "。；;，,：:！？!?“”".indexOf(c) >= 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * The line after the stacked row that starts at {@code i} with the row number {@code expected},
   * or -1: its cells must make the table's width, or all but an empty last cell when the table goes
   * on or ends right after. Page furniture between two cells is passed over.
   */
  private static int rowEnd(String text, List<Layout.Line> lines, int i, int width, int expected) {
    if (!content(text, lines.get(i)).equals(String.valueOf(expected))) {
      return -1;
    }
    int sum = 1;
    int j = i + 1;
    int last = i; // the last line of the row so far
    while (j < lines.size() && sum < width) {
      Layout.Line l = lines.get(j);
      if (skipped(text, lines, j) || pageHeader(text, lines, j)) {
        j++;
        continue;
      }
      if (!cellLine(text, l)) {
        break;
      }
      sum += cells(text, l);
      last = j;
      j++;
    }
    if (last == i || sum > width) {
      return -1;
    }
    if (sum == width) {
      return last + 1;
    }
    boolean ends =
        j >= lines.size()
            || lines.get(j).blank()
            || lines.get(j).indented(text)
            || content(text, lines.get(j)).equals(String.valueOf(expected + 1));
    return sum == width - 1 && ends ? last + 1 : -1;
  }

  /** Page furniture that is no cell: 第 2 页 共 4 页, - 2 - (a lone number may be a cell). */
  private static boolean skipped(String text, Layout.Line l) {
    return l.furniture() && !ROW_NUMBER.matcher(content(text, l)).matches();
  }

  /**
   * Page furniture inside a row: also a lone number right under a page line that holds more than a
   * number (第 2 页 共 4 页|3): a page's foot and the next page's number, no cell.
   */
  private static boolean skipped(String text, List<Layout.Line> lines, int k) {
    Layout.Line l = lines.get(k);
    return skipped(text, l)
        || l.furniture()
            && k > 0
            && lines.get(k - 1).furniture()
            && skipped(text, lines.get(k - 1));
  }

  /** The body's name right under a page footer: the next page's running header. */
  private static boolean pageHeader(String text, List<Layout.Line> lines, int j) {
    return j > 0
        && lines.get(j - 1).furniture()
        && RUNNING_HEADER.matcher(content(text, lines.get(j))).matches();
  }

  private static boolean cellLine(String text, Layout.Line line) {
    if (line.blank() || line.indented(text) || line.contentEnd() - line.contentStart() > MAX_CELL) {
      return false;
    }
    for (int k = line.contentStart(); k < line.contentEnd(); k++) {
      if ("。；;！？!?".indexOf(text.charAt(k)) >= 0) {
        return false;
      }
    }
    return true;
  }

  private static String content(String text, Layout.Line line) {
    return text.substring(line.contentStart(), line.contentEnd());
  }

  private static int cells(String text, Layout.Line line) {
    Matcher gap = CELL_GAP.matcher(text).region(line.contentStart(), line.contentEnd());
    int cells = 1;
    while (gap.find()) {
      cells++;
    }
    return cells;
  }

  private static String firstCell(String text, Layout.Line line) {
    Matcher gap = CELL_GAP.matcher(text).region(line.contentStart(), line.contentEnd());
    int end = gap.find() ? gap.start() : line.contentEnd();
    return text.substring(line.contentStart(), end);
  }
}
