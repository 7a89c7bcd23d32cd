package org.sunshine.redaction;

import java.util.List;

/**
 * Lines that go on with running text a wrap cut, however OCR spaced them: under a line of prose
 * filled to the page width and ending mid-sentence, a line whose only gaps are single spaces
 * (籍所在地广西壮族自治　区南宁　市武鸣区…) is the sentence's next line, no table row nor header, so its stray spaces
 * are closed and the break before it is a wrap. Part of {@link Layout}.
 */
final class ProseLines {

  private ProseLines() {}

  /** The lines, those going on with running text marked {@link Layout.Line#prose()}. */
  static List<Layout.Line> mark(String text, List<Layout.Line> lines) {
    if (text.indexOf('　') < 0) {
      return lines; // no ideographic space, no line taken for a row by mistake
    }
    PageWidth width = PageWidth.of(text, lines);
    Layout.Line before = null;
    for (int i = 0; i < lines.size(); i++) {
      Layout.Line line = lines.get(i);
      if (line.furniture() || line.head()) {
        continue; // a page break between the two lines cuts a sentence as a wrap does
      }
      if (before != null
          && !line.blank()
          && !line.indented(text)
          && singleGapsOnly(text, line)
          && StraySpaces.tableRow(text, line)
          && cutSentence(text, before, width)) {
        line = line.asProse();
        lines.set(i, line);
      }
      before = line.blank() ? null : line;
    }
    return lines;
  }

  /** A line of running text filled to the width, its sentence going on (no closing punctuation). */
  private static boolean cutSentence(String text, Layout.Line line, PageWidth width) {
    char last = text.charAt(line.contentEnd() - 1);
    return (Lexicon.isHan(last) || Layout.isDigit(last))
        && (line.prose() || sentence(text, line) && !StraySpaces.tableRow(text, line))
        && width.filledBy(text, line);
  }

  private static boolean sentence(String text, Layout.Line line) {
    for (int i = line.contentStart(); i < line.contentEnd(); i++) {
      if ("，。；".indexOf(text.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Gaps of one space only: no tab, no bar, no wide or double space, as a table's cells have. */
  private static boolean singleGapsOnly(String text, Layout.Line line) {
    for (int i = line.contentStart(); i < line.contentEnd() - 1; i++) {
      char c = text.charAt(i);
      char next = text.charAt(i + 1);
      if (c == '\t' || c == '|' || c == '｜' || isSpace(c) && isSpace(next)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '　';
  }
}
