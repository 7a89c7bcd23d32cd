package org.sunshine.redaction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates in Chinese numerals (一九八五年三月十二日, 二〇二三年) and with dots or dashes (1985.3.12). */
final class WrittenDates {

  private static final String HAN_DIGITS = "〇零○一二三四五六七八九";

  /** 一九六二年, also cut by a line break the layout kept (一|九六二年七月三十日出生): one year. */
  private static final Pattern HAN_YEAR =
      Pattern.compile("[〇零○一二三四五六七八九](?:\\n?[〇零○一二三四五六七八九]){3}(?=\\s*年)");

  /** 元月 is January (1980年元月12日); 正月 is a lunar month and no date of the calendar. */
  private static final Pattern FIRST_MONTH = Pattern.compile("(?<=\\d年|\\d年\\s)元(?=\\s*月)");

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
    r = r.apply(numerals(new Scan(HAN_YEAR, r.text()), true));
    r = r.apply(firstMonth(new Scan(FIRST_MONTH, r.text())));
    r = r.apply(numerals(new Scan(HAN_MONTH, r.text()), false));
    r = r.apply(numerals(new Scan(HAN_DAY, r.text()), false));
    r = r.apply(dotted(new Scan(DOTTED, r.text()), true));
    return r.apply(dotted(new Scan(DOTTED_MONTH, r.text()), false));
  }

  private static Rewrite.Edits numerals(Scan scan, boolean digitByDigit) {
    Rewrite.Edits edits = new Rewrite.Edits();
    Matcher m = scan.matcher();
    while (scan.find()) {
      String value;
      if (digitByDigit) {
        StringBuilder digits = new StringBuilder();
        for (char c : m.group().replace("\n", "").toCharArray()) {
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

  private static Rewrite.Edits firstMonth(Scan scan) {
    Rewrite.Edits edits = new Rewrite.Edits();
    Matcher m = scan.matcher();
    while (scan.find()) {
      edits.replace(m.start(), m.end(), "1");
    }
    return edits;
  }

  private static Rewrite.Edits dotted(Scan scan, boolean withDay) {
    Rewrite.Edits edits = new Rewrite.Edits();
    Matcher m = scan.matcher();
    while (scan.find()) {
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
