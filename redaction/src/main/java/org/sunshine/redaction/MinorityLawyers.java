package org.sunshine.redaction;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * A lawyer with a Tibetan or Mongolian name after 律师 (…律师事务所律师索朗旺姆、…; 值班律师巴特尔其其格的意见): the name has
 * no surname and runs past the two or three characters {@link Protections} reads after the title,
 * so it is read from the stock of name elements ({@link MinorityNames}) and kept, as every lawyer
 * acting in their capacity is.
 */
final class MinorityLawyers {

  /**
   * What ends a lawyer's name: a delimiter or what the lawyer did (the same words as for a Han
   * name).
   */
  private static final Pattern END =
      Pattern.compile("[\\s　，,。；;、（(）)：:]|的|提出|认为|在|到场|见证|发表|及|和|与|等|出具|参与|意见");

  private MinorityLawyers() {}

  static void keep(String text, Protected ranges, Set<String> kept) {
    for (int at = text.indexOf("律师"); at >= 0; at = text.indexOf("律师", at + 2)) {
      int start = at + 2;
      String name = nameAt(text, start);
      if (name != null && !ranges.overlaps(start, start + name.length())) {
        kept.add(name);
        ranges.add(start, start + name.length(), "lawyer");
      }
    }
  }

  /** Elements of four characters or more (索朗旺姆, 巴特尔其其格), or elements and an ending (泽郎措). */
  private static String nameAt(String text, int start) {
    String run = MinorityNames.at(text, start);
    if (run == null) {
      return null;
    }
    int end = start + run.length();
    if (end < text.length() && MinorityNames.ending(text.charAt(end)) && ended(text, end + 1)) {
      end++;
    }
    String name = text.substring(start, end);
    boolean shaped = MinorityNames.compound(name) || MinorityNames.endedRun(name);
    return shaped && name.length() >= 4 && ended(text, end) ? name : null;
  }

  private static boolean ended(String text, int end) {
    return end >= text.length() || END.matcher(text).region(end, text.length()).lookingAt();
  }
}
