package org.sunshine.redaction;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A table column of nicknames written in Chinese (微信昵称, 网名, 花名, 绰号 in the header): each cell names
 * a person as their real name does, so it is masked, and so is the same nickname wherever else the
 * text says it. A handle of Latin letters and digits is {@link TableColumns#handles}'.
 */
final class NicknameColumns {

  private static final Pattern HEADER = Pattern.compile("\\p{IsHan}{0,4}?(?:昵称|网名|花名|绰号|外号|艺名|化名)");

  private static final List<String> WORDS = List.of("昵称", "网名", "花名", "绰号", "外号", "艺名", "化名");

  /** A nickname: Chinese characters, maybe with a letter, a digit or a dash among them. */
  private static final Pattern NICKNAME =
      Pattern.compile("(?=.*\\p{IsHan})[\\p{IsHan}A-Za-z0-9·\\-_]{2,12}");

  /** Elsewhere in the text, only a nickname this long is surely the person's, not a word. */
  private static final int MIN_REPEATED = 3;

  private NicknameColumns() {}

  static void find(String folded, String original, Protected kept, Findings out) {
    if (WORDS.stream().noneMatch(folded::contains)) {
      return; // no such header can stand in the text
    }
    for (int[] cell : TableColumns.cells(folded, HEADER)) {
      String value = folded.substring(cell[0], cell[1]);
      if (!NICKNAME.matcher(value).matches() || kept.overlaps(cell[0], cell[1])) {
        continue;
      }
      if (!out.covers(cell[0], cell[1])) {
        out.add(cell[0], cell[1], original, Category.NAME, null, "nickname-column", 0.85, "**");
      }
      if (value.length() >= MIN_REPEATED) {
        for (int at = folded.indexOf(value); at >= 0; at = folded.indexOf(value, at + 1)) {
          int end = at + value.length();
          if (!out.covers(at, end) && !kept.overlaps(at, end)) {
            out.add(at, end, original, Category.NAME, null, "nickname-column", 0.85, "**");
          }
        }
      }
    }
  }
}
