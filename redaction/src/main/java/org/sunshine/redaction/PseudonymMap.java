package org.sunshine.redaction;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Person → pseudonym (张三 → 张某某, or 张某甲 / 张某乙 where first characters are shared) for one case, so a
 * person keeps one pseudonym in every document of the case. Immutable; the engine returns an
 * extended copy.
 */
public final class PseudonymMap {

  private static final String SUFFIXES = "甲乙丙丁戊己庚辛壬癸";
  private final Map<String, String> byName;

  private PseudonymMap(Map<String, String> byName) {
    this.byName = Collections.unmodifiableMap(new LinkedHashMap<>(byName));
  }

  public static PseudonymMap empty() {
    return new PseudonymMap(Map.of());
  }

  public static PseudonymMap of(Map<String, String> byName) {
    return new PseudonymMap(byName);
  }

  public Map<String, String> asMap() {
    return byName;
  }

  public String get(String name) {
    return byName.get(name);
  }

  /**
   * Adds the people not yet in the map, in order of first appearance. Someone whose first character
   * nobody else in the case shares gets 某某; otherwise each gets the next free 甲, 乙, 丙… of that
   * character.
   */
  PseudonymMap extend(List<String> namesInOrder) {
    return extend(namesInOrder, Set.of());
  }

  /**
   * As {@link #extend(List)}, never giving a pseudonym the document already uses for somebody else
   * (a 王某某 the author anonymised before us): the new 王 takes 王某甲 instead.
   */
  PseudonymMap extend(List<String> namesInOrder, Set<String> reserved) {
    Map<String, String> next = new LinkedHashMap<>(byName);
    Map<String, Long> sharing = new LinkedHashMap<>();
    Set<String> everyone = new LinkedHashSet<>(byName.keySet());
    everyone.addAll(namesInOrder);
    for (String name : everyone) {
      sharing.merge(initial(name), 1L, Long::sum);
    }
    // the pseudonyms taken so far, grown as each is given: a table of thousands of people must not
    // collect them anew for each person
    Set<String> used = new HashSet<>(next.values());
    used.addAll(reserved);
    for (String name : namesInOrder) {
      if (next.containsKey(name)) {
        continue;
      }
      String initial = initial(name);
      String pseudonym =
          sharing.get(initial) == 1 && !reserved.contains(initial + "某某")
              ? initial + "某某"
              : initial + "某" + freeSuffix(used, initial);
      next.put(name, pseudonym);
      used.add(pseudonym);
    }
    return new PseudonymMap(next);
  }

  /**
   * 甲…癸, then the twelve branches 子…亥, then numbers from 23: a table of two thousand people may
   * have fifty 王, and each needs a pseudonym of their own.
   */
  private static String freeSuffix(Set<String> used, String initial) {
    for (char c : (SUFFIXES + BRANCHES).toCharArray()) {
      if (!used.contains(initial + "某" + c)) {
        return String.valueOf(c);
      }
    }
    for (int n = SUFFIXES.length() + BRANCHES.length() + 1; ; n++) {
      if (!used.contains(initial + "某" + n)) {
        return String.valueOf(n);
      }
    }
  }

  private static final String BRANCHES = "子丑寅卯辰巳午未申酉戌亥";

  private static final String TAKEN_AFTER = "某" + SUFFIXES + BRANCHES;

  /**
   * The pseudonyms the text already holds (王某某, 李某甲, 王某23): taken by people it named before us.
   * Read from each 某, not by a scan of every offset.
   */
  static Set<String> inText(String text) {
    Set<String> found = new HashSet<>();
    for (int at = text.indexOf('某', 1);
        at >= 0 && at + 1 < text.length();
        at = text.indexOf('某', at + 1)) {
      char before = text.charAt(at - 1);
      char after = text.charAt(at + 1);
      if (!Lexicon.isHan(before) || before == '某') {
        continue;
      }
      if (TAKEN_AFTER.indexOf(after) >= 0) {
        found.add(text.substring(at - 1, at + 2));
      } else if (Character.isDigit(after)) {
        int end = at + 1;
        while (end < text.length() && end - at <= 3 && Character.isDigit(text.charAt(end))) {
          end++;
        }
        found.add(text.substring(at - 1, end));
      }
    }
    return found;
  }

  /** The first character of the name as written (欧阳明辉 → 欧, 艾力·吐尔逊 → 艾, NGUYEN VAN HUNG → N). */
  static String initial(String name) {
    return name.substring(0, Character.charCount(name.codePointAt(0)));
  }
}
