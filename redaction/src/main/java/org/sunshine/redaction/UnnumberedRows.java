package org.sunshine.redaction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A table whose cells single spaces set apart and whose rows carry no number, as text extraction
 * gives a table with a header of its own (集资参与人 住址 出资金额 未兑付金额 over 苑某某 某镇某村 420000元 315000元): a
 * header of three or more column names, one of them a word that heads a column of people or their
 * details, then two rows or more of as many single-space cells, each row with a number in it and no
 * sentence. Read as such, {@link SpacedTables} widens the gaps so no stray-space closing joins the
 * cells into one word. Part of {@link SpacedTables}.
 */
final class UnnumberedRows {

  /** A header word that heads a column of people or their details. */
  private static final Pattern PEOPLE_COLUMN =
      Pattern.compile("\\p{IsHan}{0,5}(?:人|人员|姓名|户主|住址|地址|户籍地|金额|数额|电话|身份证号|卡号)");

  private static final Pattern SENTENCE = Pattern.compile("[，,。；;：:、！？]");

  private UnnumberedRows() {}

  /** Whether the text has a line of three single-space words at all: most documents have none. */
  static boolean mayHold(String text) {
    int spaces = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        spaces = 0;
      } else if (c == ' ' && ++spaces >= 2) {
        return true;
      }
    }
    return false;
  }

  /** The rows under the header at {@code h}, or none when the line heads no such table. */
  static List<Integer> after(String text, List<Layout.Line> lines, int h) {
    String[] head = words(text, lines.get(h));
    if (head == null
        || head.length < 3
        || !SpacedTables.columnNames(head)
        || head[0].matches("序号|编号")
        || !anyPeopleColumn(head)) {
      return List.of();
    }
    List<Integer> rows = new ArrayList<>();
    for (int k = h + 1; k < lines.size(); k++) {
      String[] cells = words(text, lines.get(k));
      if (cells == null || cells.length != head.length || !anyDigit(cells)) {
        break;
      }
      rows.add(k);
    }
    return rows.size() >= 2 ? rows : List.of();
  }

  /** The line's single-space words, or null when it is blank, furniture, indented or a sentence. */
  private static String[] words(String text, Layout.Line l) {
    if (l.blank() || l.furniture() || l.head() || l.indented(text)) {
      return null;
    }
    String content = text.substring(l.contentStart(), l.contentEnd());
    if (content.indexOf('　') >= 0
        || content.indexOf('\t') >= 0
        || content.contains("  ")
        || SENTENCE.matcher(content).find()) {
      return null;
    }
    return content.split(" ");
  }

  private static boolean anyPeopleColumn(String[] head) {
    for (String w : head) {
      if (PEOPLE_COLUMN.matcher(w).matches()) {
        return true;
      }
    }
    return false;
  }

  private static boolean anyDigit(String[] cells) {
    for (String c : cells) {
      if (c.chars().anyMatch(Character::isDigit)) {
        return true;
      }
    }
    return false;
  }
}
