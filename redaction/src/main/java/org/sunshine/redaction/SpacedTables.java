package org.sunshine.redaction;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Tables whose cells a single space sets apart, as text extraction without layout gives them:
 *
 * <pre>
 * 序号 姓名 住址 投资金额 未兑付金额            序号　姓名　住址　投资金额　未兑付金额
 * 1 甲乙丙 某县某镇 500,000.00 420,0     →     1　甲乙丙　某县某镇　500,000.00　420,000.00
 * 00.00                                       2　丁戊己　某县某镇　150,000.00　150,000.00
 * 2 丁戊己 某县某镇 150,000.00
 *  150,000.00
 * </pre>
 *
 * <p>A header is a line that starts with 序号 or 编号 and whose single-space-separated words are all
 * column names (a word or two, no digit, a unit in brackets at most), followed, after at most one
 * line that goes on with the header's names, by a line starting with row number 1. Each row starts
 * with the next number; the lines up to the next row's number (page furniture passed over) are its
 * cut lines, and after the last row the lines that bring its cells up to the header's. A cut with a
 * space beside it fell between two cells, a bare cut inside one. Within a row, a space is a cell
 * gap unless it stands in brackets or between Latin letters (KIM MIN JI), or the row has more cells
 * than the header and the space splits a lone character from its name (邰 志勇). {@link Layout} makes
 * every gap a wide space, so every table reader sees the table as its writer set it.
 */
final class SpacedTables {

  /** Column names: a short word, maybe with its unit in brackets (投资金额（万元）). */
  private static final Pattern COLUMN =
      Pattern.compile("[\\p{IsHan}A-Za-z]{1,10}(?:[（(][\\p{IsHan}]{1,3}[）)])?");

  private static final Pattern FIRST = Pattern.compile("序号|编号");

  /** A hamlet (南屯, 东队) or a team (三组, 5社) standing as a word of its own. */
  private static final Pattern HAMLET =
      Pattern.compile("(?:\\p{IsHan}{1,3}|[0-9]{1,2})(?:屯|组|社|队)(?=[ \\n])");

  /** A row runs over at most this many lines. */
  private static final int MAX_LINES = 4;

  static final SpacedTables NONE = new SpacedTables(null);

  private final byte[] marks;
  private final BitSet gaps = new BitSet(); // a cell gap's first space: becomes a wide space
  private final BitSet strays = new BitSet(); // a space inside a cell between two characters
  private final BitSet rows = new BitSet(); // the lines of spaced tables

  private SpacedTables(byte[] marks) {
    this.marks = marks;
  }

  /** The marks of {@link CutRows} with the lines of spaced tables added. */
  byte[] marks(byte[] others) {
    return marks == null ? others : marks;
  }

  boolean row(int line) {
    return rows.get(line);
  }

  static SpacedTables find(String text, List<Layout.Line> lines, byte[] others) {
    boolean numbered = text.contains("序号 ") || text.contains("编号 ");
    if (!numbered && !UnnumberedRows.mayHold(text)) {
      return NONE; // most documents
    }
    byte[] m = new byte[lines.size()];
    if (others.length == lines.size()) {
      System.arraycopy(others, 0, m, 0, m.length);
    }
    SpacedTables t = new SpacedTables(m);
    for (int i = 0; i < lines.size(); i++) {
      if (m[i] == 0 && numbered && header(text, lines.get(i)) > 0) {
        i = t.read(text, lines, i) - 1;
      } else if (m[i] == 0) {
        List<Integer> rows = UnnumberedRows.after(text, lines, i);
        if (!rows.isEmpty() && free(m, rows)) {
          t.place(text, lines, List.of(i), Integer.MAX_VALUE);
          for (int row : rows) {
            t.place(text, lines, List.of(row), Integer.MAX_VALUE);
          }
          i = rows.get(rows.size() - 1);
        }
      }
    }
    return t;
  }

  private static boolean free(byte[] m, List<Integer> ls) {
    return ls.stream().allMatch(k -> m[k] == 0);
  }

  /** The header's columns, or 0 when the line is no single-space header. */
  private static int header(String text, Layout.Line line) {
    if (line.blank() || line.furniture() || line.head()) {
      return 0;
    }
    String content = text.substring(line.contentStart(), line.contentEnd());
    if (content.indexOf('　') >= 0 || content.indexOf('\t') >= 0 || content.contains("  ")) {
      return 0;
    }
    String[] words = content.split(" ");
    if (words.length < 3 || !FIRST.matcher(words[0]).matches()) {
      return 0;
    }
    return columnNames(words) ? words.length : 0;
  }

  static boolean columnNames(String[] words) {
    for (String w : words) {
      if (!COLUMN.matcher(w).matches()) {
        return false;
      }
    }
    return true;
  }

  /** Reads the table whose header is at {@code h}; returns the first line after it. */
  private int read(String text, List<Layout.Line> lines, int h) {
    Layout.Line head = lines.get(h);
    int width = header(text, head);
    int first = CutRows.nextInRow(lines, h + 1);
    int goesOn = -1;
    if (first < lines.size() && !startsRow(text, lines.get(first), 1)) {
      Layout.Line more = lines.get(first);
      String content = text.substring(more.contentStart(), more.contentEnd());
      String[] words = content.split(" ");
      if (more.blank() || content.contains("  ") || !columnNames(words)) {
        return h + 1;
      }
      goesOn = first;
      width += words.length - (cutAtGap(text, head, more) ? 0 : 1);
      first = CutRows.nextInRow(lines, first + 1);
    }
    if (first >= lines.size() || !startsRow(text, lines.get(first), 1)) {
      return h + 1;
    }
    List<Integer> headerLines = goesOn < 0 ? List.of(h) : List.of(h, goesOn);
    if (!free(headerLines)) {
      return h + 1;
    }
    place(text, lines, headerLines, Integer.MAX_VALUE);
    int at = first;
    for (int n = 1; at < lines.size() && startsRow(text, lines.get(at), n); n++) {
      List<Integer> row = rowLines(text, lines, at, n + 1, width);
      if (!free(row)) {
        return at;
      }
      place(text, lines, row, width);
      int after = CutRows.nextInRow(lines, row.get(row.size() - 1) + 1);
      if (after < lines.size() && startsRow(text, lines.get(after), n + 1)) {
        headsBetween(lines, row.get(row.size() - 1), after);
      }
      at = after;
    }
    return at;
  }

  /**
   * A running head between two rows (the case number a page opens with) is page furniture: read in
   * the text, it would end the table under any reader.
   */
  private void headsBetween(List<Layout.Line> lines, int from, int to) {
    for (int k = from + 1; k < to; k++) {
      if (lines.get(k).head() && marks[k] == 0) {
        marks[k] = StackedRows.PAGE_HEADER;
      }
    }
  }

  private boolean free(List<Integer> ls) {
    for (int k : ls) {
      if (marks[k] != 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * The lines of the row starting at {@code start}: up to the next row's number, or, for the last
   * row, the lines that bring its cells up to the header's.
   */
  private static List<Integer> rowLines(
      String text, List<Layout.Line> lines, int start, int nextNumber, int width) {
    List<Integer> row = new ArrayList<>(List.of(start));
    int k = start;
    for (int n = 1; n < MAX_LINES; n++) {
      k = CutRows.nextInRow(lines, k + 1);
      if (k >= lines.size() || startsRow(text, lines.get(k), nextNumber)) {
        return row;
      }
      if (!continuation(text, lines.get(k))) {
        break;
      }
      row.add(k);
    }
    // no next row close below: the last row, which takes lines only while it lacks cells
    List<Integer> last = new ArrayList<>(List.of(start));
    for (int j = 1; j < row.size() && cells(text, lines, last) < width; j++) {
      if (CutRows.namesABodyOrOfficial(text, lines.get(row.get(j)))) {
        break; // 某县人民检察院 王建国 under a last row lacking a cell: the signature, not the cell
      }
      last.add(row.get(j));
    }
    return cells(text, lines, last) <= width ? last : List.of(start);
  }

  /** A line that may go on with a row: no paragraph, no sentence. */
  private static boolean continuation(String text, Layout.Line l) {
    if (l.blank() || l.head() || l.furniture() || text.startsWith("　　", l.start())) {
      return false;
    }
    for (int k = l.contentStart(); k < l.contentEnd(); k++) {
      if ("。；;！？!?：:".indexOf(text.charAt(k)) >= 0) {
        return false;
      }
    }
    return true;
  }

  private static int cells(String text, List<Layout.Line> lines, List<Integer> row) {
    return new Row(text, lines, row).cells(Integer.MAX_VALUE);
  }

  /** Records the gaps, strays and joins of lines {@code ls} read as one row. */
  private void place(String text, List<Layout.Line> lines, List<Integer> ls, int width) {
    Row row = new Row(text, lines, ls);
    row.cells(width);
    for (int k = 0; k < ls.size(); k++) {
      int line = ls.get(k);
      rows.set(line);
      marks[line] =
          k == 0 ? StackedRows.STARTS : row.cutGaps.get(k) ? StackedRows.CONTINUES : CutRows.WRAPS;
    }
    for (int[] s : row.spaces) {
      if (s[2] == 1) {
        gaps.set(s[0]);
      } else if (s[1] - s[0] == 1
          && closable(text.charAt(s[0] - 1))
          && closable(text.charAt(s[1]))) {
        strays.set(s[0]);
      }
    }
  }

  /** Closes the strays of a spaced table's line and widens its gaps. */
  void close(String text, Layout.Line line, Rewrite.Edits edits) {
    for (int i = line.contentStart(); i < line.contentEnd(); i++) {
      if (gaps.get(i)) {
        int end = i;
        while (end < line.contentEnd() && text.charAt(end) == ' ') {
          end++;
        }
        edits.replace(i, end, "　");
        i = end - 1;
      } else if (strays.get(i)) {
        edits.delete(i, i + 1);
      }
    }
  }

  /** Whether the line starts with row number {@code n} and a single space. */
  private static boolean startsRow(String text, Layout.Line l, int n) {
    String number = n + " ";
    return !l.blank()
        && text.startsWith(number, l.contentStart())
        && l.contentStart() + number.length() < l.contentEnd()
        && text.charAt(l.contentStart() + number.length()) != ' ';
  }

  /** Whether a space stands at the cut between two lines: the cut fell between two cells. */
  static boolean cutAtGap(String text, Layout.Line before, Layout.Line after) {
    return before.end() > before.contentEnd() && text.charAt(before.contentEnd()) == ' '
        || after.contentStart() > after.start() && text.charAt(after.contentStart() - 1) == ' ';
  }

  static boolean closable(char c) {
    return Lexicon.isHan(c) || c >= '0' && c <= '9';
  }

  /**
   * 1598063175 3: a stray space before the last digits of a mobile number, not a gap before a cell
   * of its own. The digits before it are most of the number (seven or more, starting 1[3-9]), those
   * after it bring it to eleven.
   */
  static boolean mobileCut(String text, int space, int lineEnd) {
    int before = 0;
    while (space - before > 0 && Layout.isDigit(text.charAt(space - before - 1))) {
      before++;
    }
    int after = 0;
    while (space + 1 + after < lineEnd && Layout.isDigit(text.charAt(space + 1 + after))) {
      after++;
    }
    int start = space - before;
    return before >= 7
        && after > 0
        && before + after == 11
        && (start == 0 || !Layout.isLatin(text.charAt(start - 1)))
        && Folded.fold(text.substring(start, start + 2)).matches("1[3-9]");
  }

  /** One row read across its lines: its spaces and cuts, and which of them are cell gaps. */
  private static final class Row {
    private final String text;

    /** Each run of spaces inside a line: start, end, 1 when it is a cell gap. */
    final List<int[]> spaces = new ArrayList<>();

    final BitSet cutGaps = new BitSet(); // line k of the row starts after a cut at a gap

    Row(String text, List<Layout.Line> lines, List<Integer> ls) {
      this.text = text;
      int depth = 0;
      for (int k = 0; k < ls.size(); k++) {
        Layout.Line l = lines.get(ls.get(k));
        if (k > 0 && cutAtGap(text, lines.get(ls.get(k - 1)), l)) {
          cutGaps.set(k);
        }
        for (int i = l.contentStart(); i < l.contentEnd(); i++) {
          char c = text.charAt(i);
          if (c == '（' || c == '(') {
            depth++;
          } else if ((c == '）' || c == ')') && depth > 0) {
            depth--;
          } else if (c == ' ') {
            int end = i;
            while (end < l.contentEnd() && text.charAt(end) == ' ') {
              end++;
            }
            boolean latin = Layout.isLatin(text.charAt(i - 1)) && Layout.isLatin(text.charAt(end));
            boolean cutMobile = end - i == 1 && mobileCut(text, i, l.contentEnd());
            spaces.add(new int[] {i, end, depth == 0 && !latin && !cutMobile ? 1 : 0});
            i = end - 1;
          }
        }
      }
    }

    /**
     * The row's cells; more than {@code width} are brought down by reading a lone character beside
     * a word as one cell with it (邰 志勇).
     */
    int cells(int width) {
      int n = 1 + cutGaps.cardinality();
      for (int[] s : spaces) {
        n += s[2];
      }
      for (int[] s : spaces) {
        if (n <= width) {
          break;
        }
        if (s[2] == 1 && s[1] - s[0] == 1 && (loneCharacter(s) || hamletAfterVillage(s))) {
          s[2] = 0;
          n--;
        }
      }
      return n;
    }

    /**
     * 某镇某村 南屯, 某村 三组: a village and its hamlet or team that a space split; the hamlet is part of
     * the home's cell.
     */
    private boolean hamletAfterVillage(int[] s) {
      if (s[0] < 1 || text.charAt(s[0] - 1) != '村') {
        return false;
      }
      return HAMLET.matcher(text).region(s[1], text.length()).lookingAt();
    }

    /** A single Chinese character on one side of the space, a Chinese word on the other. */
    private boolean loneCharacter(int[] s) {
      int a = s[0];
      int b = s[1];
      if (!Lexicon.isHan(text.charAt(a - 1))
          || b >= text.length()
          || !Lexicon.isHan(text.charAt(b))) {
        return false;
      }
      boolean loneBefore = a - 2 < 0 || text.charAt(a - 2) == ' ' || text.charAt(a - 2) == '\n';
      boolean loneAfter =
          b + 1 >= text.length() || text.charAt(b + 1) == ' ' || text.charAt(b + 1) == '\n';
      return loneBefore || loneAfter;
    }
  }
}
