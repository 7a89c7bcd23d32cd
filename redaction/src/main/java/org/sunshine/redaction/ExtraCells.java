package org.sunshine.redaction;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ideographic spaces OCR put inside a cell of a table whose cells ideographic spaces set apart: a
 * row holding more cells than its header has a stray gap, and it is the single space between two
 * Chinese characters, a lone character on one side (3　郜　红旗　钢筋工 under 序号　姓名　工种　欠付金额; 2　武晓　梅
 * 1981年9月30日; …3单　元 手机 under a header of double spaces). Part of {@link Layout}: closed, every
 * table reader sees the row as many cells as its header.
 */
final class ExtraCells {

  /** A cell gap, as the table readers split cells (a narrow space beside a wide one is gap). */
  private static final Pattern GAP = Pattern.compile(" ?[\\t　][\\t　 ]*|  +");

  private static final int MAX_HEADER_CELL = 12;

  private ExtraCells() {}

  /** The stray spaces of every table's rows, as offsets into {@code text}. */
  static BitSet find(String text, List<Layout.Line> lines, byte[] rows) {
    BitSet strays = new BitSet();
    if (text.indexOf('　') < 0) {
      return strays; // no ideographic space, none stray
    }
    int width = 0; // cells of the header above, 0 outside a table
    boolean wide = false; // the header's gaps after its first are all wider than one space
    for (int i = 0; i < lines.size(); i++) {
      Layout.Line line = lines.get(i);
      if (line.blank() || line.furniture() || line.head()) {
        continue;
      }
      // a row or header cut across lines has its cells counted where its lines are joined
      boolean cut = joined(rows, i) || joined(rows, i + 1);
      if (cut || !StraySpaces.tableRow(text, line) || Wraps.barred(text, line)) {
        width = 0;
        continue;
      }
      List<int[]> gaps = gaps(text, line);
      if (header(text, line, gaps)) {
        width = gaps.size() + 1;
        wide = true;
        for (int k = 1; k < gaps.size(); k++) {
          wide &= gaps.get(k)[1] - gaps.get(k)[0] > 1;
        }
      } else if (width > 0 && gaps.size() + 1 > width) {
        strays(text, line, gaps, gaps.size() + 1 - width, wide, strays);
      }
    }
    return strays;
  }

  /** The line goes on with the one above as part of one row or header. */
  private static boolean joined(byte[] rows, int i) {
    return i < rows.length && (rows[i] == CutRows.WRAPS || rows[i] == StackedRows.CONTINUES);
  }

  /** Column names: no digit, no long cell, three cells or more. */
  private static boolean header(String text, Layout.Line line, List<int[]> gaps) {
    if (gaps.size() < 2) {
      return false;
    }
    int cellStart = line.contentStart();
    for (int k = 0; k <= gaps.size(); k++) {
      int cellEnd = k < gaps.size() ? gaps.get(k)[0] : line.contentEnd();
      if (cellEnd - cellStart > MAX_HEADER_CELL) {
        return false;
      }
      cellStart = k < gaps.size() ? gaps.get(k)[1] : cellStart;
    }
    for (int i = line.contentStart(); i < line.contentEnd(); i++) {
      if (Layout.isDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static List<int[]> gaps(String text, Layout.Line line) {
    List<int[]> gaps = new ArrayList<>();
    Matcher m = GAP.matcher(text).region(line.contentStart(), line.contentEnd());
    while (m.find()) {
      gaps.add(new int[] {m.start(), m.end()});
    }
    return gaps;
  }

  /**
   * Marks {@code extra} stray gaps of the row: single ideographic spaces between two Chinese
   * characters beside a lone character, or any such space when the header set its columns wider
   * (新华街道育才　路东段26号　　牟某 under 序号　经营场所　　　经营者　　主要问题); none when the row holds other than as many such
   * gaps as it has cells too many, or when {@link StraySpaces} closes one already (1　邵　宇峰: a
   * surname alone).
   */
  private static void strays(
      String text, Layout.Line line, List<int[]> gaps, int extra, boolean wide, BitSet strays) {
    List<Integer> lone = new ArrayList<>();
    List<Integer> single = new ArrayList<>();
    for (int k = 1; k < gaps.size(); k++) { // the first gap follows the row's number
      int[] g = gaps.get(k);
      if (g[1] - g[0] == 1
          && text.charAt(g[0]) == '　'
          && Lexicon.isHan(text.charAt(g[0] - 1))
          && Lexicon.isHan(text.charAt(g[1]))) {
        if (StraySpaces.closesInRow(text, g[0], line)) {
          return;
        }
        boolean loneBefore = gaps.get(k - 1)[1] == g[0] - 1;
        boolean loneAfter =
            k + 1 < gaps.size() ? gaps.get(k + 1)[0] == g[1] + 1 : line.contentEnd() == g[1] + 1;
        if (loneBefore || loneAfter) {
          lone.add(g[0]);
        }
        single.add(g[0]);
      }
    }
    if (lone.size() == extra) {
      lone.forEach(strays::set);
    } else if (wide && single.size() == extra) {
      single.forEach(strays::set);
    }
  }
}
