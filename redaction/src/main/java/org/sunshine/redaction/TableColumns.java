package org.sunshine.redaction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cells of one column of a text table: the column whose header cell matches a pattern (住址,
 * 出生日期), in every row below that has at least two cells and no more than the header (a row may lack
 * its last cells, never one in the middle). A line with a single cell (a cell's wrapped tail) does
 * not end the table; a paragraph does.
 */
final class TableColumns {

  private static final Pattern CELL_GAP = Pattern.compile("[\\t　]+|  +");

  private TableColumns() {}

  /** [start, end) of each cell of the column, as offsets into {@code s}. */
  static List<int[]> cells(String s, Pattern header) {
    List<int[]> found = new ArrayList<>();
    int column = -1;
    int width = 0;
    int lineStart = 0;
    while (lineStart <= s.length()) {
      int lineEnd = s.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = s.length();
      }
      String line = s.substring(lineStart, lineEnd);
      if (line.indexOf('　') >= 0 || line.indexOf('\t') >= 0 || line.contains("  ")) {
        List<int[]> cells = cells(line);
        if (column >= 0 && cells.size() > column && cells.size() <= width && cells.size() >= 2) {
          int[] cell = cells.get(column);
          found.add(new int[] {lineStart + cell[0], lineStart + cell[1]});
        } else if (cells.size() >= 2) {
          column = -1;
          for (int c = 0; c < cells.size(); c++) {
            int[] cell = cells.get(c);
            if (header.matcher(line.substring(cell[0], cell[1])).matches()) {
              column = c;
              width = cells.size();
            }
          }
        }
      } else if (!line.isBlank() && !line.strip().matches("[\\p{IsHan}\\d.]{1,6}")) {
        column = -1;
      }
      lineStart = lineEnd + 1;
    }
    return found;
  }

  private static List<int[]> cells(String line) {
    List<int[]> cells = new ArrayList<>();
    Matcher gap = CELL_GAP.matcher(line);
    int start = 0;
    while (start < line.length() && (line.charAt(start) == ' ' || line.charAt(start) == '　')) {
      start++;
    }
    while (gap.find(start)) {
      if (gap.start() > start) {
        cells.add(new int[] {start, gap.start()});
      }
      start = gap.end();
    }
    if (start < line.length()) {
      cells.add(new int[] {start, line.length()});
    }
    return cells;
  }
}
