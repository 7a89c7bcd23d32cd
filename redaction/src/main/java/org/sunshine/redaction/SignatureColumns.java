package org.sunshine.redaction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A signature block written as a table: a line of titles only (检察官　　　　检察官助理, or one title) and
 * under it a line of names, cell under cell (沈 慕 白　　　　费　扬). Each name under a title is that
 * official's, kept like a name after its title on one line.
 */
final class SignatureColumns {

  /** A cell ends at two or more blanks or a tab; one blank inside a cell spaces out a name. */
  private static final Pattern CELL = Pattern.compile("[^\\s　]+(?:[ 　][^\\s　]+)*");

  private static final Pattern NAME =
      Pattern.compile("\\p{IsHan}{2,4}|\\p{IsHan}{1,8}(?:·\\p{IsHan}{1,10})+");

  private static final Set<String> TITLES = Set.copyOf(Lexicon.OFFICIAL_TITLES);

  private SignatureColumns() {}

  static void keep(String text, Protected ranges, Set<String> kept) {
    int lineStart = 0;
    List<int[]> titles = null; // cells of the last line of titles, if the line before was one
    while (lineStart <= text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      List<int[]> cells = cells(text, lineStart, lineEnd);
      if (titles != null && !cells.isEmpty() && cells.size() <= titles.size()) {
        for (int[] cell : cells) {
          int end = signed(text, cell);
          String name = compact(text, new int[] {cell[0], end});
          if (NAME.matcher(name).matches() && !TITLES.contains(name)) {
            kept.add(name);
            ranges.add(cell[0], end, "official");
          }
        }
      }
      if (!cells.isEmpty()) {
        titles = allTitles(text, cells) ? cells : null;
        keepNamesBesideTitles(text, cells, ranges, kept);
      }
      lineStart = lineEnd + 1;
    }
  }

  /**
   * 检察官　田野　夏侯静: a signature line of cells only, opening with a title, keeps every name cell after a
   * title, however many officials one title signs for (a name after a one-blank gap is read by
   * {@link Protections}, the next cell after a wide gap is not).
   */
  private static void keepNamesBesideTitles(
      String text, List<int[]> wideCells, Protected ranges, Set<String> kept) {
    if (wideCells.isEmpty()) {
      return;
    }
    // here an ideographic space parts two cells too (检察官　朝 鲁 门　阿旺洛桑); an ASCII blank spaces a name
    List<int[]> cells = new ArrayList<>();
    Matcher m =
        SIGNATURE_CELL
            .matcher(text)
            .region(wideCells.get(0)[0], wideCells.get(wideCells.size() - 1)[1]);
    while (m.find()) {
      cells.add(new int[] {m.start(), m.end()});
    }
    if (cells.size() < 3 || cells.size() > 6 || !isTitle(compact(text, cells.get(0)))) {
      return;
    }
    for (int[] cell : cells) {
      String c = compact(text, cell);
      if (!isTitle(c) && !NAME.matcher(c).matches() || ROLES.contains(c)) {
        return; // not a signature line: running text, a table row, a party's role (被告人　X)
      }
    }
    for (int[] cell : cells) {
      int end = signed(text, cell);
      String name = compact(text, new int[] {cell[0], end});
      if (!isTitle(name) && NAME.matcher(name).matches()) {
        kept.add(name);
        ranges.add(cell[0], end, "official");
      }
    }
  }

  /** A title cell may end in a colon (检察员：, its name on the next line of a PDF's signature). */
  private static boolean isTitle(String cell) {
    if (cell.endsWith("：") || cell.endsWith(":")) {
      cell = cell.substring(0, cell.length() - 1);
    }
    for (String duty : DUTIES) {
      if (cell.startsWith(duty) && TITLES.contains(cell.substring(duty.length()))) {
        return true;
      }
    }
    return TITLES.contains(cell);
  }

  private static final Set<String> ROLES =
      Set.copyOf(
          Stream.concat(Lexicon.STRONG_ROLES.stream(), Lexicon.WEAK_ROLES.stream()).toList());

  private static final Pattern SIGNATURE_CELL = Pattern.compile("[^\\s　]+(?: [^\\s　]+)*");

  /** What a signer adds after the name: 上官洋（签名）. */
  private static final Pattern SIGNED = Pattern.compile("[（(](?:签名|签字|签章|盖章)[）)]$");

  /** The end of the name in a cell, before a signature mark. */
  private static int signed(String text, int[] cell) {
    Matcher m = SIGNED.matcher(text).region(cell[0], cell[1]);
    return m.find() ? m.start() : cell[1];
  }

  /** Who handled the case, before a title (承办检察官, 主办检察官): still a line of titles. */
  private static final List<String> DUTIES = List.of("承办", "主办", "办案");

  private static boolean allTitles(String text, List<int[]> cells) {
    if (cells.size() > 4) {
      return false;
    }
    for (int[] cell : cells) {
      if (!isTitle(compact(text, cell))) {
        return false;
      }
    }
    return true;
  }

  private static List<int[]> cells(String text, int start, int end) {
    List<int[]> cells = new ArrayList<>();
    if (end - start > 80) {
      return cells; // running text, not a signature line
    }
    Matcher m = CELL.matcher(text).region(start, end);
    while (m.find()) {
      cells.add(new int[] {m.start(), m.end()});
    }
    return cells;
  }

  private static String compact(String text, int[] cell) {
    return text.substring(cell[0], cell[1]).replaceAll("[ 　]", "");
  }
}
