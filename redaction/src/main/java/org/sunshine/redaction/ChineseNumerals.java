package org.sunshine.redaction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates and ages written in Chinese numerals (二〇〇七年三月五日, 现年十七岁) rewritten in Arabic digits, so the
 * refusal checks read them like any other. Offsets change, so this is for reading, never for
 * replacing.
 */
final class ChineseNumerals {

  private static final String DIGITS = "〇零一二三四五六七八九";
  private static final Pattern YEAR = Pattern.compile("([〇零一二三四五六七八九]{4})年");
  private static final Pattern SMALL = Pattern.compile("([一二三四五六七八九十]{1,3})(月|日|周岁|岁)");

  private ChineseNumerals() {}

  static String arabic(String text) {
    Scan years = new Scan(YEAR, text);
    Matcher y = years.matcher();
    StringBuilder out = new StringBuilder();
    int copied = 0;
    while (years.find()) {
      out.append(text, copied, y.start());
      for (char c : y.group(1).toCharArray()) {
        out.append(Math.max(0, DIGITS.indexOf(c) - 1));
      }
      out.append('年');
      copied = y.end();
    }
    String withYears = out.append(text, copied, text.length()).toString();
    Scan smalls = new Scan(SMALL, withYears);
    Matcher m = smalls.matcher();
    StringBuilder result = new StringBuilder();
    copied = 0;
    while (smalls.find()) {
      int value = small(m.group(1));
      result.append(withYears, copied, m.start());
      result.append(value < 0 ? m.group() : value + m.group(2));
      copied = m.end();
    }
    return result.append(withYears, copied, withYears.length()).toString();
  }

  /** 一 … 九十九; -1 when the characters are no number. */
  static int small(String s) {
    int ten = s.indexOf('十');
    if (ten < 0) {
      return s.length() == 1 ? DIGITS.indexOf(s.charAt(0)) - 1 : -1;
    }
    int tens = ten == 0 ? 1 : DIGITS.indexOf(s.charAt(0)) - 1;
    int ones = ten == s.length() - 1 ? 0 : DIGITS.indexOf(s.charAt(ten + 1)) - 1;
    return tens < 0 || ones < 0 ? -1 : tens * 10 + ones;
  }
}
