package org.sunshine.redaction;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A minority name read as two people (苏和 | 巴鲁 of 苏和巴鲁, an element the stock knows and a part it
 * lacks) would take two pseudonyms and leave a malformed 苏某某巴某某; a dotted name read on into the
 * words after it (艾力·阿不都热合曼之父) would hide its own parts. Both are mended here, after every source
 * has read its names, so the name is replaced whole. Part of {@link PersonFinder}.
 */
final class FusedNames {

  private FusedNames() {}

  /**
   * What follows a dotted name and is no part of it: 之父, 亦, 参与, 年逾八旬, 相撞, 一家, and the prepositions
   * and adverbs a clause goes on with (于, 经, 已), which transliterations do not use.
   */
  private static final Pattern AFTER_DOTTED =
      Pattern.compile(
          "之[父母子女妻夫兄弟姐妹]|亦|参与|参加|年[逾近满仅]|相撞|一家|夫妇|父子|母子|母女|父女"
              + "|[于在对向将把被从与和及的等系称到经已曾均也又因为]|驾驶|证实|陈述|供述");

  /**
   * The dotted name {@code name} found at {@code at}, without the words after it that the reading
   * ran into; at least two characters stay after the last dot.
   */
  static String trimDotted(String text, String name, int at) {
    int dot = name.lastIndexOf('·');
    if (dot < 0 || at < 0 || !text.startsWith(name, at)) {
      return name;
    }
    for (int i = dot + 3; i < name.length(); i++) {
      if (AFTER_DOTTED.matcher(text).region(at + i, text.length()).lookingAt()) {
        return name.substring(0, i);
      }
    }
    return name;
  }

  /**
   * 行人努尔兰·别克（…）: a dotted name whose reading ran too far back (正在通过的行人…) is found by its first part
   * alone; where that part stands before a dot and one more part closed by a delimiter or by what
   * follows a dotted name, the person is the whole dotted name.
   */
  static void extendDotted(String text, Map<String, Person> persons) {
    // read once, not per person: a document of thousands of people would otherwise compare every
    // name with every other and search the text for each
    Map<String, Integer> dottedByFirstPart = new HashMap<>();
    for (String n : persons.keySet()) {
      int dot = n.indexOf('·');
      if (dot > 0) {
        dottedByFirstPart.merge(n.substring(0, dot), 1, Integer::sum);
      }
    }
    Set<String> beforeDots = beforeDots(text);
    for (Person p : List.copyOf(persons.values())) {
      if (p.aliasOnly || !han(p.name)) {
        continue;
      }
      int dottedOfP = dottedByFirstPart.getOrDefault(p.name, 0);
      if (dottedOfP == 1) {
        // 艾尔肯 beside 艾尔肯·吐尔逊: the first part alone, a form of that person (NameForms adds it)
        persons.remove(p.name);
        continue;
      }
      if (dottedOfP > 1) {
        continue; // two people share the first part: the part alone is left to what read it
      }
      if (p.name.length() <= BEFORE_DOT && !beforeDots.contains(p.name)) {
        continue; // never written before a dot
      }
      for (int at = text.indexOf(p.name + "·"); at >= 0; at = text.indexOf(p.name + "·", at + 1)) {
        int from = at + p.name.length() + 1;
        int end = from;
        while (end < text.length() && end - from < 8 && Lexicon.isHan(text.charAt(end))) {
          end++;
        }
        String dotted = trimDotted(text, text.substring(at, end), at);
        boolean closed =
            dotted.length() < end - at || end >= text.length() || !Lexicon.isHan(text.charAt(end));
        if (dotted.length() - p.name.length() >= 3 && closed && !persons.containsKey(dotted)) {
          Person whole = new Person(dotted, p.role, p.firstAt);
          whole.aliases.addAll(p.aliases);
          persons.remove(p.name);
          persons.put(dotted, whole);
          break;
        }
      }
    }
  }

  private static final int BEFORE_DOT = 12;

  /** Every run of two to {@link #BEFORE_DOT} Han characters that ends right before a dot. */
  private static Set<String> beforeDots(String text) {
    Set<String> found = new HashSet<>();
    for (int dot = text.indexOf('·'); dot >= 0; dot = text.indexOf('·', dot + 1)) {
      for (int from = dot - 1;
          from >= 0 && dot - from <= BEFORE_DOT && Lexicon.isHan(text.charAt(from));
          from--) {
        if (dot - from >= 2) {
          found.add(text.substring(from, dot));
        }
      }
    }
    return found;
  }

  /**
   * 苏和 and 巴鲁 found as two people where the second never stands without the first right before it,
   * and the first is a name element (苏和, 巴特尔): one person, 苏和巴鲁, whose first element alone is still
   * a form of the name.
   */
  static void merge(String text, Map<String, Person> persons) {
    for (Person a : List.copyOf(persons.values())) {
      if (a.aliasOnly || !han(a.name) || !MinorityNames.whole(a.name)) {
        continue;
      }
      for (Person b : List.copyOf(persons.values())) {
        String fused = a.name + b.name;
        if (b == a
            || b.aliasOnly
            || !han(b.name)
            || b.name.length() > 3
            || !persons.containsKey(a.name)
            || !persons.containsKey(b.name)
            || persons.containsKey(fused)) {
          continue;
        }
        int together = count(text, fused);
        if (together == 0 || together < count(text, b.name)) {
          continue;
        }
        Person whole = new Person(fused, a.role != null ? a.role : b.role, a.firstAt);
        whole.aliases.addAll(a.aliases);
        whole.aliases.addAll(b.aliases);
        if (count(text, a.name) > together) {
          whole.givenForms.add(a.name);
        }
        persons.remove(a.name);
        persons.remove(b.name);
        persons.put(fused, whole);
        break;
      }
    }
  }

  private static boolean han(String s) {
    return s.length() >= 2 && s.chars().allMatch(c -> Lexicon.isHan((char) c));
  }

  private static int count(String text, String s) {
    int n = 0;
    for (int i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + s.length())) {
      n++;
    }
    return n;
  }
}
