package org.sunshine.bench.gold;

/** Chinese numerals as documents write dates: 一九八五年, 二〇〇七年, 十二月. */
final class Numerals {

  private static final String DIGITS = "〇一二三四五六七八九";

  private Numerals() {}

  static String chineseYear(int year) {
    StringBuilder s = new StringBuilder();
    for (char c : Integer.toString(year).toCharArray()) {
      s.append(DIGITS.charAt(c - '0'));
    }
    return s.toString();
  }

  static String small(int n) {
    if (n < 10) {
      return "" + DIGITS.charAt(n);
    }
    return (n / 10 == 1 ? "" : "" + DIGITS.charAt(n / 10))
        + "十"
        + (n % 10 == 0 ? "" : "" + DIGITS.charAt(n % 10));
  }
}
