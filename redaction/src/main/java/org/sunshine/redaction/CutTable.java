package org.sunshine.redaction;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One table of {@link CutRows}: its separator, its header's cells and the next row number expected;
 * reads the rows below its header and marks the breaks inside a row as wraps.
 */
final class CutTable {
  /** A row runs over at most this many lines; a longer run is no cut row. */
  private static final int MAX_LINES = 6;

  /** A heading or an item that follows a table (二、基本事实, （一）, 3、, 第五条) is no cell's tail. */
  private static final Pattern HEADING =
      Pattern.compile(
          "(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\\d]{1,3}[）)]|\\d{1,3}[、.．]|第\\S{1,4}[条项章节])");

  private final String text;
  private final List<Layout.Line> lines;
  private final byte[] marks;
  private final Pattern sep;
  private int width; // separators of the header
  private int expected = -1; // the next row number, -1 when the rows are not numbered

  CutTable(String text, List<Layout.Line> lines, byte[] marks, Pattern sep) {
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
        || sep != CutRows.GAPS
        || marks[after] != 0
        || l.blank()
        || hasDigit(after)
        || separators(after, after) == 0) {
      return false;
    }
    for (String cell : sep.split(CutRows.content(text, l))) {
      if (cell.length() > CutRows.MAX_HEADER_CELL) {
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
        marks[k] = CutRows.WRAPS;
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
        return sep == CutRows.BARS || digitIn(i, j) ? j + 1 : i + 1;
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
        tail.contentEnd() - tail.contentStart() <= CutRows.MAX_TAIL
            && !CutRows.namesABodyOrOfficial(text, tail);
    // at the table's end only a short line naming no body or official is a cell's tail
    if (row && !CutRows.namesABodyOrOfficial(text, tail) || tableEnds(after) && shortPlain) {
      marks[t] = CutRows.WRAPS;
      return t + 1;
    }
    return end;
  }

  /** The text, a blank line or a paragraph comes next: whatever stood before it ended. */
  private boolean tableEnds(int i) {
    return i >= lines.size() || lines.get(i).blank() || text.startsWith("　　", lines.get(i).start());
  }

  /** A line that may go on with a row: no paragraph, no sentence, never the next row's start. */
  private boolean continuation(int j) {
    Layout.Line l = lines.get(j);
    if (l.blank() || l.head() || marks[j] != 0 || CutRows.paragraph(text, l)) {
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
    return l.contentStart() - l.start() >= CutRows.DEEP
        && l.contentEnd() - l.contentStart() <= 30
        && !hasDigit(j)
        && marks[j] == 0
        && !l.blank();
  }

  private boolean tailLine(int j) {
    Layout.Line l = lines.get(j);
    return continuation(j)
        && l.contentEnd() - l.contentStart() <= CutRows.MAX_TAIL
        && !l.indented(text)
        && !hasDigit(j);
  }

  private int next(int i) {
    return CutRows.nextInRow(lines, i);
  }

  private boolean skipped(int k) {
    return CutRows.skippedInRow(lines, k);
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
    return CutRows.count(sep, row);
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
   * A table set apart by gaps holds a number in every row (its number, an amount, a date): lines of
   * names and titles under gaps (审判长　X　审判员　Y|人民陪审员　Z) are a signature block, no row.
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
