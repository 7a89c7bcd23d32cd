package org.sunshine.redaction;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A foreigner's name in their own script, given in the bracket after their name beside the Latin
 * spelling (李俊浩（LEE JUNHO，이준호）, 伊万诺夫（IVANOV SERGEI，Иванов Сергей）): the same person in a third
 * script, masked like the others. Part of {@link PersonFinder}.
 */
final class ForeignScripts {

  private ForeignScripts() {}

  /** Hangul syllables of a name, or capitalised Cyrillic words (a surname, name and patronymic). */
  private static final Pattern RUN =
      Pattern.compile(
          "\\p{IsHangul}{2,5}|\\p{Lu}\\p{IsCyrillic}+(?:[ \\-]\\p{Lu}\\p{IsCyrillic}+){0,3}");

  /** How far back the bracket may open: a Latin spelling of up to four words stands before. */
  private static final int REACH = 48;

  static void find(PersonFinder f) {
    String text = f.text;
    if (!anyForeignLetter(text)) {
      return;
    }
    Matcher m = RUN.matcher(text);
    while (m.find()) {
      int open = openBracketBefore(text, m.start());
      Person owner = open < 0 ? null : ownerBefore(f, open);
      if (owner != null) {
        owner.forms.add(m.group());
        f.boundary.know(List.of(m.group()));
      }
    }
  }

  /** Cyrillic (U+0400–U+04FF), Hangul Jamo or syllables: a range check, no script lookup. */
  private static boolean anyForeignLetter(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x0400 && c <= 0x04FF || c >= 0x1100 && c <= 0x11FF || c >= 0xAC00 && c <= 0xD7AF) {
        return true;
      }
    }
    return false;
  }

  /** The bracket the run stands in, opened on the same clause, or -1. */
  private static int openBracketBefore(String text, int at) {
    for (int i = at - 1; i >= 0 && at - i <= REACH; i--) {
      char c = text.charAt(i);
      if (c == '（' || c == '(') {
        return i;
      }
      if (c == '）' || c == ')' || c == '。' || c == '\n' || c == '；') {
        return -1;
      }
    }
    return -1;
  }

  /** The person one of whose forms ends right before the bracket. */
  private static Person ownerBefore(PersonFinder f, int open) {
    Person near = AliasPeople.nearestBefore(f, open);
    if (near == null) {
      return null;
    }
    for (String form : near.forms) {
      if (f.text.startsWith(form, open - form.length())) {
        return near;
      }
    }
    return null;
  }
}
