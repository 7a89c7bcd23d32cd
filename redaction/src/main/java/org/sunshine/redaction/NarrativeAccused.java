package org.sunshine.redaction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An offender whose birth date the narrative gives in a bracket after the name
 * (经查，陈某某（2006年8月23日出生， 公民身份号码…）另于…): a protest against a judgment or a review decision often has
 * no participant paragraph, and the offender's age at the offence is read from there. The name
 * counts when the document calls it an offender elsewhere (被告人陈某某, 原审被告人陈某某).
 */
final class NarrativeAccused {

  /**
   * A name of two to sixteen characters, then a bracket that gives a birth date or an ID number.
   */
  private static final Pattern BRACKET =
      Pattern.compile("([\\p{IsHan}·]{2,16})[（(]([^）)\\n]{0,80})[）)]");

  private NarrativeAccused() {}

  static List<Accused> of(String text, boolean coOffenders) {
    List<Accused> found = new ArrayList<>();
    Scan brackets = new Scan(BRACKET, text);
    Matcher m = brackets.matcher();
    while (brackets.find()) {
      String inside = m.group(2);
      if (!coOffenders && Accused.HANDLED_ELSEWHERE.matcher(inside).find()) {
        continue; // 王某某（2007年出生，另案处理）: a co-offender of another case
      }
      LocalDate birth = Accused.birthBefore(inside);
      String name = birth == null ? null : offenderEnding(text, m.group(1));
      if (name != null) {
        found.add(new Accused(name, birth));
      }
    }
    return found;
  }

  /**
   * The longest ending of the run before the bracket that the document calls an offender: of two to
   * four characters, or a name with a middle dot (热依拉·阿不力孜); never a run that goes on to another
   * person (柯某与被害人冉某（男，2009年…出生）, where 被告人柯某与被害人冉某 is in the text too).
   */
  private static String offenderEnding(String text, String run) {
    int longest = run.indexOf('·') >= 0 ? 16 : 4;
    for (int length = Math.min(run.length(), longest); length >= 2; length--) {
      String name = run.substring(run.length() - length);
      if (name.startsWith("·") || name.contains("被") || name.contains("人")) {
        continue;
      }
      if (Pattern.compile(
              Accused.ROLE + Pattern.quote(name) + "(?:(?!\\p{IsHan})|(?=[犯于在因等的与和及系]))")
          .matcher(text)
          .find()) {
        return name;
      }
    }
    return null;
  }
}
