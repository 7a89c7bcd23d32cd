package org.sunshine.redaction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An offender whose birth date the narrative gives in a bracket after the name
 * (经查，陈某某（2006年8月23日出生， 公民身份号码…）另于…): a protest against a judgment or a review decision often has
 * no participant paragraph, and the offender's age at the offence is read from there. The name
 * counts when the document calls it an offender elsewhere (被告人陈某某, 原审被告人陈某某) and never says it is
 * handled in another case.
 */
final class NarrativeAccused {

  /**
   * A name of two to sixteen characters, then a bracket that gives a birth date or an ID number.
   */
  private static final Pattern BRACKET =
      Pattern.compile("([\\p{IsHan}·]{2,16})[（(]([^）)\\n]{0,80})[）)]");

  /** A role word of an offender; 被上诉人 (the other side of an appeal) is none. */
  private static final Pattern ROLE = Pattern.compile("(?<!被)" + Accused.ROLE + "[：:]?");

  /** What may follow an offender's name: no more of a name, or a word that starts what they did. */
  private static final String AFTER_NAME = "犯于在因等的与和及系、，,。；;（(）) \n";

  private NarrativeAccused() {}

  static List<Accused> of(String text, boolean coOffenders) {
    List<Accused> found = new ArrayList<>();
    Set<String> offenders = new HashSet<>();
    Set<String> elsewhere = new HashSet<>();
    offenders(text, offenders, elsewhere);
    if (!coOffenders) {
      offenders.removeAll(elsewhere);
    }
    if (offenders.isEmpty()) {
      return found;
    }
    Scan brackets = new Scan(BRACKET, text);
    Matcher m = brackets.matcher();
    while (brackets.find()) {
      String inside = m.group(2);
      if (!coOffenders && Accused.HANDLED_ELSEWHERE.matcher(inside).find()) {
        continue; // 王某某（2007年出生，另案处理）: a co-offender of another case
      }
      String name = longestEnding(m.group(1), offenders);
      LocalDate birth = name == null ? null : Accused.birthBefore(inside);
      if (birth != null) {
        found.add(new Accused(name, birth));
      }
    }
    return found;
  }

  /**
   * Every name of two to four characters (or a dotted one) right after an offender's role word and
   * ended as a name is (被告人陈某某、罗某某贩卖…: both); those said to be handled in another case right after
   * the name go to {@code elsewhere}. One pass over the text.
   */
  private static void offenders(String text, Set<String> offenders, Set<String> elsewhere) {
    Scan roles = new Scan(ROLE, text); // tried only where a role word can start, as everywhere else
    Matcher role = roles.matcher();
    while (roles.find()) {
      int at = role.end();
      for (int listed = 0; listed < 8 && at < text.length(); listed++) {
        String name = nameAt(text, at);
        if (name == null) {
          break;
        }
        offenders.add(name);
        int end = at + name.length();
        String after = text.substring(end, Math.min(text.length(), end + 12));
        if (Accused.HANDLED_ELSEWHERE.matcher(after).find()) {
          elsewhere.add(name);
        }
        if (end >= text.length() || text.charAt(end) != '、') {
          break;
        }
        at = end + 1;
      }
    }
  }

  /**
   * The name at {@code at}: the shortest run of two to four characters (sixteen with a dot) ended.
   */
  private static String nameAt(String text, int at) {
    for (int length = 2; length <= 16 && at + length <= text.length(); length++) {
      String name = text.substring(at, at + length);
      if (!name.chars().allMatch(c -> Lexicon.isHan((char) c) || c == '·')) {
        return null;
      }
      if (length > 4 && name.indexOf('·') < 0) {
        return null;
      }
      boolean ended =
          at + length == text.length() || AFTER_NAME.indexOf(text.charAt(at + length)) >= 0;
      if (ended) {
        return name;
      }
    }
    return null;
  }

  /** The longest ending of the run before a bracket that is an offender's name. */
  private static String longestEnding(String run, Set<String> offenders) {
    for (int length = Math.min(run.length(), 16); length >= 2; length--) {
      String name = run.substring(run.length() - length);
      if (offenders.contains(name)) {
        return name;
      }
    }
    return null;
  }
}
