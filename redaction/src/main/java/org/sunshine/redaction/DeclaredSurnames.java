package org.sunshine.redaction;

import java.util.Set;

/**
 * A three-character name whose surname the main list lacks (纳志刚, 者黑松, 满桂兰), read right after a
 * party's role word when the document says the whole name again: a rarer or minority surname
 * (rare-surnames.txt, minority-surnames.txt) is a surname only where the document declares a person
 * with it, never where its character opens an ordinary word (被害人满意, 申请人要求).
 */
final class DeclaredSurnames {

  private DeclaredSurnames() {}

  /** The minority and rare Han surnames of minority-surnames.txt (first character of each line). */
  private static final Set<Character> MINORITY =
      Lexicon.chars(
          String.join(
              "",
              HealthConditions.lines(
                      DeclaredSurnames.class.getResourceAsStream("minority-surnames.txt"))
                  .stream()
                  .map(line -> line.substring(0, 1))
                  .toList()));

  static boolean minority(char c) {
    return MINORITY.contains(c);
  }

  /**
   * The name at {@code pos} right after a role word, or null. After a weak role word (a relative,
   * an agent) only with a surname a person the document already declared carries (纳志刚之兄纳卫东).
   */
  static String afterRole(String text, int pos, boolean weak) {
    if (pos + 3 > text.length()) {
      return null;
    }
    String three = text.substring(pos, pos + 3);
    char first = three.charAt(0);
    if (Lexicon.isSurname(first)) {
      return null;
    }
    if (!WordNames.declaredSurname(first)) {
      return UnlistedSurnames.afterRole(text, pos, weak);
    }
    if (!NameBoundary.nameChar(three.charAt(1))
        || !NameBoundary.nameChar(three.charAt(2))
        || three.contains("某")
        || Vocabulary.commonWord(three.substring(0, 2))
        || Vocabulary.commonWord(three.substring(1))
        || Vocabulary.commonWord(three)) {
      return null;
    }
    boolean family = family(text, three);
    if (weak) {
      // a relative or an agent: only of a family the document names (纳志刚之兄纳卫东), or the value of
      // the word as a label (（机主：铁生梅）)
      return family && saidAgain(text, three, pos) || labelled(text, pos) ? three : null;
    }
    return family || saidAgain(text, three, pos) && closedSomewhere(text, three) ? three : null;
  }

  /**
   * （机主：铁生梅）, 车主：纳志刚，: the role word is a label, its colon right before the name, and a bracket or
   * a delimiter closes the three characters: they are the label's whole value.
   */
  private static boolean labelled(String text, int pos) {
    return pos > 0
        && pos + 3 < text.length()
        && "：:".indexOf(text.charAt(pos - 1)) >= 0
        && "）)，,。；;、".indexOf(text.charAt(pos + 3)) >= 0;
  }

  /**
   * Another person of the same rare surname stands firmly in the document: a different
   * three-character name with it, said three times and closed as a name somewhere (纳志刚 beside 纳小芳).
   */
  private static boolean family(String text, String name) {
    char surname = name.charAt(0);
    for (int at = text.indexOf(surname);
        at >= 0 && at + 3 <= text.length();
        at = text.indexOf(surname, at + 1)) {
      String other = text.substring(at, at + 3);
      if (!other.equals(name)
          && NameBoundary.nameChar(other.charAt(1))
          && NameBoundary.nameChar(other.charAt(2))
          && !Vocabulary.commonWord(other.substring(0, 2))
          && occurrences(text, other) >= 3
          && closedSomewhere(text, other)) {
        return true;
      }
    }
    return false;
  }

  private static int occurrences(String text, String s) {
    int n = 0;
    for (int at = text.indexOf(s); at >= 0; at = text.indexOf(s, at + 1)) {
      n++;
    }
    return n;
  }

  private static boolean saidAgain(String text, String name, int pos) {
    int other = text.indexOf(name);
    return other >= 0 && (other != pos || text.indexOf(name, pos + 1) >= 0);
  }

  /**
   * Somewhere the three characters stand closed as a name: before a delimiter, a digit, a person's
   * details or 的/之 (纳志刚之妹, 纳志刚的病情, 纳志刚自2015年起), not only inside longer runs.
   */
  private static boolean closedSomewhere(String text, String name) {
    for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      int end = at + name.length();
      if (end == text.length()
          || !Lexicon.isHan(text.charAt(end))
          || "的之".indexOf(text.charAt(end)) >= 0
          || WordNames.DETAILS.matcher(text).region(end, text.length()).lookingAt()) {
        return true;
      }
    }
    return false;
  }
}
