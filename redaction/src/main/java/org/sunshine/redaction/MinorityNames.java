package org.sunshine.redaction;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Names without a Han surname: Tibetan and Mongolian names are built from a small stock of elements
 * (扎西, 次仁, 卓玛; 巴特尔, 其其格, 乌力吉), Uyghur given names likewise (买买提, 古丽, 艾力), Yi names of a clan name
 * and a given name (吉克 + 阿呷). A run of such elements after a role word or in a list is a person's
 * name; a run of two or more is one wherever it stands. The stock is curated from common naming
 * practice, not from any document.
 */
final class MinorityNames {

  /** The stock of elements, in minority-name-elements.txt beside this class. */
  private static final Set<String> ELEMENTS =
      HealthConditions.lines(MinorityNames.class.getResourceAsStream("minority-name-elements.txt"))
          .stream()
          .flatMap(line -> Stream.of(line.split("\\s+")))
          .collect(Collectors.toUnmodifiableSet());

  private static final int LONGEST = 6;

  /** The one-character elements: a name's ending after a run of longer ones (泽郎措), never alone. */
  private static final Set<Character> ENDINGS =
      ELEMENTS.stream()
          .filter(e -> e.length() == 1)
          .map(e -> e.charAt(0))
          .collect(Collectors.toUnmodifiableSet());

  private MinorityNames() {}

  /** The run of name elements starting at pos (longest elements first), or null. */
  static String at(String text, int pos) {
    int end = pos;
    int elements = 0;
    while (end < text.length() && elements < 4) {
      int next = element(text, end);
      if (next < 0) {
        break;
      }
      end = next;
      elements++;
    }
    return elements == 0 ? null : text.substring(pos, end);
  }

  /** Two or more elements in a row (扎西次仁, 呼和其其格): a name wherever it stands. */
  static boolean compound(String name) {
    int pos = 0;
    int elements = 0;
    while (pos < name.length()) {
      int next = element(name, pos);
      if (next < 0) {
        return false;
      }
      pos = next;
      elements++;
    }
    return elements >= 2;
  }

  /** The elements of a name made of two or more (扎西次仁: 扎西, 次仁), or an empty list. */
  static List<String> elements(String name) {
    List<String> parts = new ArrayList<>();
    int pos = 0;
    while (pos < name.length()) {
      int next = element(name, pos);
      if (next < 0) {
        return List.of();
      }
      parts.add(name.substring(pos, next));
      pos = next;
    }
    return parts.size() >= 2 ? parts : List.of();
  }

  /** 阿卜杜 (Abdu-, servant of) and its spellings, written fused with the name it governs. */
  private static final List<String> SERVANT_PREFIXES = List.of("阿卜杜", "阿不都", "阿布都", "阿布杜", "阿卜都");

  /** 阿不都 alone: a prefix that governs the name written fused after it. */
  static boolean servantPrefix(String run) {
    return SERVANT_PREFIXES.contains(run);
  }

  /** 阿卜杜热西提: the person is called 热西提 alone; an empty list when no such prefix opens it. */
  static List<String> afterServantPrefix(String part) {
    for (String prefix : SERVANT_PREFIXES) {
      if (part.startsWith(prefix) && part.length() - prefix.length() >= 2) {
        return List.of(part.substring(prefix.length()));
      }
    }
    return List.of();
  }

  /** 措 of 泽郎措, 吉 of 拉毛吉: a character that ends a name after its elements. */
  static boolean ending(char c) {
    return ENDINGS.contains(c);
  }

  /** 泽郎措, 娜仁花: a run of elements and one ending, the whole name. */
  static boolean endedRun(String name) {
    String run = at(name, 0);
    return run != null
        && run.length() == name.length() - 1
        && ending(name.charAt(name.length() - 1));
  }

  /** A whole name made of elements, one or more. */
  static boolean whole(String name) {
    String run = at(name, 0);
    return run != null && run.length() == name.length();
  }

  private static int element(String text, int pos) {
    if (pos >= text.length()) {
      return -1;
    }
    char first = text.charAt(pos);
    if (!FIRSTS.get(first)) {
      return -1; // most characters start no element: no boxed lookup for them
    }
    String[] candidates = BY_FIRST.get(first);
    if (candidates == null) {
      return -1;
    }
    for (String e : candidates) { // longest first
      if (text.startsWith(e, pos)) {
        return pos + e.length();
      }
    }
    return -1;
  }

  /**
   * The elements of two to six characters by their first character, longest first: looked up at
   * every character of every document, so no substring is made for each length tried.
   */
  private static final Map<Character, String[]> BY_FIRST =
      ELEMENTS.stream()
          .filter(e -> e.length() >= 2 && e.length() <= LONGEST)
          .collect(
              Collectors.groupingBy(
                  e -> e.charAt(0),
                  Collectors.collectingAndThen(
                      Collectors.toList(),
                      l ->
                          l.stream()
                              .sorted(Comparator.comparingInt(String::length).reversed())
                              .toArray(String[]::new))));

  private static final BitSet FIRSTS = new BitSet();

  static {
    BY_FIRST.keySet().forEach(c -> FIRSTS.set(c));
  }
}
