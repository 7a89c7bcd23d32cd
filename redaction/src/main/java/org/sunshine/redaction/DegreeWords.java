package org.sunshine.redaction;

import java.util.List;

/**
 * Degree words (很, 太, 非常, 十分…) modify an adjective or a verb, never a person: a name that is also a
 * word (简单, 高兴, 安静) right after one is that word (开车回去很简单的), not the person.
 */
final class DegreeWords {

  private static final String ONE = "很太挺更极蛮";

  private static final List<String> TWO =
      List.of("非常", "十分", "比较", "特别", "相当", "这么", "那么", "多么", "如此", "不太", "格外", "极其", "有点");

  private DegreeWords() {}

  static boolean before(String text, int start) {
    if (start >= 1 && ONE.indexOf(text.charAt(start - 1)) >= 0) {
      return true;
    }
    for (String word : TWO) {
      if (start >= 2 && text.startsWith(word, start - 2)) {
        return true;
      }
    }
    return false;
  }
}
