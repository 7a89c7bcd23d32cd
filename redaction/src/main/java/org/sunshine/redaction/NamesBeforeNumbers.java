package org.sunshine.redaction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list of people whose rows hold a name and numbers (郑二虎 20160元 郑小虎 18400元; 佟立国　2310…2015; 4 刘小娥
 * 5 386; 季根法，1936年生，…), which normalisation may have closed up into one run of text
 * (郑二虎20160元郑小虎18400元) so that no table's cells are left to read: a run of two to four Chinese
 * characters that opens a row or follows a number, and that a number follows, is the cell of a
 * name. When other sources already read at least two of a list's name cells as people, every cell
 * of the list shaped like a name is a person too (a rare surname, a given name the model doubts) —
 * the column rule of {@link NameColumns} for rows it cannot split. Part of {@link PersonFinder},
 * beside {@link NameColumns}.
 */
final class NamesBeforeNumbers {

  /**
   * Two to four Chinese characters at a row's start (after its number), after a gap or a comma, or
   * right after a number (and the 元 or 亩 that ends an amount), with a number right after them (a
   * sum after 人民币, an age in words: 七十三岁).
   */
  private static final Pattern CELL =
      Pattern.compile(
          "(?:(?m:^)[ \\t　]*(?:\\d{1,3}[.、．]?[ \\t　]*)?|(?<=\\d)[元亩]?|(?<=[，；、 \\t　]))"
              + "(\\p{IsHan}{2,4}?)(?=[ \\t　]*[，、]?[ \\t　]*(?:\\d|人民币\\d|[一二三四五六七八九十]{1,3}(?:周岁|岁)))");

  /** What a number goes on with (3月, 5人, 12次): no name starts there. */
  private static final String NUMBER_UNITS = "年月日时分秒号岁周万千百十个次人户名元亩件条张套台辆米吨斤克倍期层栋";

  /** A row of the list may be one line away from the next (a line of its amount between them). */
  private static final int LINES_APART = 2;

  private NamesBeforeNumbers() {}

  static void find(PersonFinder f) {
    List<int[]> list = new ArrayList<>();
    int lastLine = -LINES_APART - 1;
    int line = 0;
    int lineAt = 0;
    Scan scan = new Scan(CELL, f.text);
    Matcher m = scan.matcher();
    while (scan.find()) {
      int at = m.start(1);
      if (at > 0 && Lexicon.isHan(f.text.charAt(at - 1)) && !amountEnd(f.text, at - 1)) {
        continue; // the end of a longer run of words, no cell of its own
      }
      if (at > 0
          && Character.isDigit(f.text.charAt(at - 1))
          && NUMBER_UNITS.indexOf(f.text.charAt(at)) >= 0) {
        continue; // 2023年3月投资10000元: a unit the number goes on with, no cell
      }
      if (yearAfter(f.text, m.end(1))) {
        continue; // 揭某于2023年3月起: the date of a sentence, no row's number
      }
      for (int nl = f.text.indexOf('\n', lineAt);
          nl >= 0 && nl < at;
          nl = f.text.indexOf('\n', lineAt)) {
        line++;
        lineAt = nl + 1;
      }
      if (line - lastLine > LINES_APART) {
        read(f, list);
        list.clear();
      }
      list.add(new int[] {at, m.end(1)});
      lastLine = line;
    }
    read(f, list);
  }

  private static boolean yearAfter(String text, int at) {
    int end = Math.min(text.length(), at + 5);
    return end - at == 5
        && text.charAt(at + 4) == '年'
        && text.substring(at, at + 4).chars().allMatch(Character::isDigit);
  }

  /** 元 or 亩 right after a number ends an amount (20160元|郑小虎), no part of the name. */
  private static boolean amountEnd(String text, int at) {
    return "元亩".indexOf(text.charAt(at)) >= 0 && at > 0 && Character.isDigit(text.charAt(at - 1));
  }

  /** 卡主, 领取人: a word for who holds the row's thing, no name. */
  /** 护理费 3000元, 赔偿款, 合计: what a sum is for, beside the people's sums in the same table. */
  private static boolean anItem(String cell) {
    return "费款金额计资税息租价物品项".indexOf(cell.charAt(cell.length() - 1)) >= 0;
  }

  private static boolean holder(String cell) {
    return NameColumns.HOLDER_ENDS.indexOf(cell.charAt(cell.length() - 1)) >= 0;
  }

  private static void read(PersonFinder f, List<int[]> cells) {
    if (cells.size() < 3) {
      return;
    }
    int known = 0;
    for (int[] c : cells) {
      known += f.persons.containsKey(f.text.substring(c[0], c[1])) ? 1 : 0;
    }
    if (known < 2) {
      return;
    }
    for (int[] c : cells) {
      String cell = f.text.substring(c[0], c[1]);
      // a surname the stock lacks (栗, 战) among three people read already
      boolean surnamed = NameColumns.surnamed(cell) || known >= 3 && !holder(cell) && !anItem(cell);
      if (!f.persons.containsKey(cell) && NameColumns.shaped(cell) && surnamed) {
        f.add(cell, null, c[0], true);
      }
    }
  }
}
