package org.sunshine.redaction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rows of a list set apart by single spaces, each opening with its number (1 黄某 “某某” 2005年8月2日
 * 某省某县): a line that opens with the next number under a line that opens with its predecessor is the
 * next row, however full the line above is. Part of {@link Layout}.
 */
final class RowNumbers {

  private static final Pattern NUMBER = Pattern.compile("(\\d{1,3}) (?=\\p{IsHan})");

  private RowNumbers() {}

  static boolean follows(String text, Layout.Line before, Layout.Line after) {
    int above = number(text, before);
    return above >= 0 && number(text, after) == above + 1;
  }

  private static int number(String text, Layout.Line line) {
    Matcher m = NUMBER.matcher(text).region(line.contentStart(), line.contentEnd());
    return m.lookingAt() ? Integer.parseInt(m.group(1)) : -1;
  }
}
