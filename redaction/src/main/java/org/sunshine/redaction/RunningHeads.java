package org.sunshine.redaction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.sunshine.redaction.Layout.Line;

/** Page furniture that is text: the running head or foot a PDF extractor leaves at every page. */
final class RunningHeads {

  private RunningHeads() {}

  /** A running head is short: the procuratorate and the document's name, a case number. */
  private static final int RUNNING_HEAD = 48;

  private static final String GAP = "[ \\t　]";

  /** A character of a heading, and the stray space an OCR pass may leave after it. */
  private static final String HAN = "(?:[\\p{IsHan}（）()〔〕、，·]" + GAP + "?)";

  private static final String PLAIN = "(?:[\\p{IsHan}&&[^向对的了在经由将被与和及给把从为请于是称]]" + GAP + "?)";

  private static final String PROCURATORATE_WORD = spaced("人民检察院");

  /**
   * The heading a template repeats on every page: a procuratorate and, after it, the document's
   * name (某区人民检察院起诉书, 某市人民检察院　不起诉决定书（相对不起诉）), or a document's name alone.
   */
  private static final String PROCURATORATE =
      HAN + "{2,30}?" + PROCURATORATE_WORD + "(?:" + GAP + "*" + HAN + "{2,40})?";

  private static final String DOCUMENT = HAN + "{1,40}?书(?:[（(][^（）()\\n]{1,24}[）)]){0,2}";

  /**
   * A page number of the shapes footers take; a lone number only next to a procuratorate's name.
   */
  private static final String PAGE =
      "(?:第"
          + GAP
          + "*\\d{1,4}"
          + GAP
          + "*页(?:"
          + GAP
          + "*[，,/]?"
          + GAP
          + "*共"
          + GAP
          + "*\\d{1,4}"
          + GAP
          + "*页)?|共"
          + GAP
          + "*\\d{1,4}"
          + GAP
          + "*页"
          + GAP
          + "*[，,/]?"
          + GAP
          + "*第"
          + GAP
          + "*\\d{1,4}"
          + GAP
          + "*页|[-—–]"
          + GAP
          + "*\\d{1,3}"
          + GAP
          + "*[-—–]|\\d{1,4}"
          + GAP
          + "*/"
          + GAP
          + "*\\d{1,4})";

  private static final Pattern HEAD_AND_PAGE =
      Pattern.compile(
          GAP
              + "*(?:(?:"
              + PROCURATORATE
              + "|"
              + DOCUMENT
              + ")"
              + GAP
              + "+"
              + PAGE
              + "|"
              + PAGE
              + GAP
              + "+(?:"
              + PROCURATORATE
              + "|"
              + DOCUMENT
              + ")|"
              + PROCURATORATE
              + GAP
              + "+\\d{1,3}|\\d{1,3}"
              + GAP
              + "+"
              + PROCURATORATE
              + ")"
              + GAP
              + "*\r?");

  /** A running head that is a procuratorate's document heading, not a line of the text. */
  private static final Pattern HEADING =
      Pattern.compile(GAP + "*(?:" + PROCURATORATE + "|" + DOCUMENT + ")" + GAP + "*\r?");

  /**
   * A procuratorate's name with a document's name after it: a heading seen once is still one. Its
   * words are a place's and a document's, none of a sentence's (向, 的, 了…), so that a wrapped line
   * that happens to name a procuratorate and a document (…向某市人民检察院提交申请书) is read as text.
   */
  private static final Pattern NAMED_HEADING =
      Pattern.compile(
          GAP
              + "*"
              + PLAIN
              + "{1,20}?[省市县区旗州盟]"
              + GAP
              + "?"
              + PROCURATORATE_WORD
              + GAP
              + "*"
              + PLAIN
              + "{0,14}书(?:[（(][^（）()\\n]{1,24}[）)]){0,2}"
              + GAP
              + "*\r?");

  /**
   * A running head and the page number on one line (某区人民检察院起诉书　第1页, - 2 -　某区人民检察院起诉书, 某市人民检察院
   * 不起诉决定书 3/5): page furniture like the number alone, so that the text the page break cut (an
   * address, a name) joins across it, while the head itself stays in the output untouched.
   */
  /** The word with a stray space allowed between any two of its characters. */
  private static String spaced(String word) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < word.length(); i++) {
      s.append(i > 0 ? GAP + "?" : "").append(word.charAt(i));
    }
    return s.toString();
  }

  static boolean withPageNumber(String text, int start, int end) {
    return end - start <= RUNNING_HEAD + 16
        && hasDigit(text, start, end)
        && HEAD_AND_PAGE.matcher(text).region(start, end).matches();
  }

  private static boolean hasDigit(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (Layout.isDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A running head or foot (瑞丽市人民检察院　起诉书 on top of every page): a short line right next to a page
   * number (blank lines aside) whose text stands next to a page number twice or more, or once when
   * it is a procuratorate's document heading. A heading is page furniture: dropped from the text
   * the detectors read (the output keeps it untouched), the sentence the page break cut joins
   * across it; joined into the text it would land inside that sentence (以被告人X瑞丽市人民检察院…) and the
   * name before it read as part of an institution. Any other repeated line is kept (a name in it is
   * still masked) but joined to nothing.
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
      boolean repeated = besidePageNumbers.get(head(text, l)) >= 2;
      if (repeated && HEADING.matcher(text).region(l.start(), l.end()).matches()
          || NAMED_HEADING.matcher(text).region(l.start(), l.end()).matches()) {
        // a document heading is furniture: dropped from the text read, it stays in the output as it
        // was, and the sentence the page cut joins across it
        marked.set(i, new Line(l.start(), l.end(), l.contentStart(), l.contentEnd(), true, false));
      } else if (repeated) {
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
