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

  static final Pattern BARS = Pattern.compile("[ \\t　]*[|｜][ \\t　]*");
  static final Pattern GAPS = Pattern.compile("[\\t　]+|  +");

  /** A line that is the tail of a cell or of the header is this short. */
  static final int MAX_TAIL = 16;

  static final int MAX_HEADER_CELL = 12;

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
  static boolean skippedInRow(List<Layout.Line> lines, int k) {
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
        i = new CutTable(text, lines, m, sep).read(i) - 1;
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

  static int count(Pattern sep, CharSequence s) {
    Matcher m = sep.matcher(s);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  static String content(String text, Layout.Line line) {
    return text.substring(line.contentStart(), line.contentEnd());
  }
}
