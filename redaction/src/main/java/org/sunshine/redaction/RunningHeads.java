package org.sunshine.redaction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sunshine.redaction.Layout.Line;

/** Page furniture that is text: the running head or foot a PDF extractor leaves at every page. */
final class RunningHeads {

  private RunningHeads() {}

  /** A running head is short: the procuratorate and the document's name, a case number. */
  private static final int RUNNING_HEAD = 40;

  /**
   * A running head or foot (瑞丽市人民检察院　起诉书 on top of every page): a short line right next to a page
   * number (blank lines aside) whose text stands next to a page number twice or more. It is kept (a
   * name in it is still masked) but joined to nothing: joined, it lands inside the sentence the
   * page break cut (以被告人X瑞丽市人民检察院…) and the name before it reads as part of an institution.
   */
  static List<Line> mark(String text, List<Line> lines) {
    Map<String, Integer> besidePageNumbers = new HashMap<>();
    List<Integer> candidates = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (!l.furniture()
          && !l.blank()
          && l.contentEnd() - l.contentStart() <= RUNNING_HEAD
          && besidePageNumber(lines, i)) {
        candidates.add(i);
        besidePageNumbers.merge(head(text, l), 1, Integer::sum);
      }
    }
    if (candidates.isEmpty()) {
      return lines;
    }
    List<Line> marked = new ArrayList<>(lines);
    for (int i : candidates) {
      Line l = lines.get(i);
      if (besidePageNumbers.get(head(text, l)) >= 2) {
        marked.set(i, new Line(l.start(), l.end(), l.contentStart(), l.contentEnd(), false, true));
      }
    }
    return marked;
  }

  private static String head(String text, Line l) {
    return text.substring(l.contentStart(), l.contentEnd()).replaceAll("[ \t　]+", "");
  }

  private static boolean besidePageNumber(List<Line> lines, int i) {
    for (int step : new int[] {-1, 1}) {
      int k = i + step;
      while (k >= 0 && k < lines.size() && lines.get(k).blank()) {
        k += step;
      }
      if (k >= 0 && k < lines.size() && lines.get(k).furniture()) {
        return true;
      }
    }
    return false;
  }
}
