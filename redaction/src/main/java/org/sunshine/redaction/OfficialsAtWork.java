package org.sunshine.redaction;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A judge, clerk or procurator named by their title and then what they did (执行法官X先后冻结…,
 * 书记员X查询后认为…): the name is kept in every document type, also in the narrative of a lower court's
 * proceedings. {@link Protections} keeps a titled name closed by a delimiter or a known verb; this
 * reads the name's end from the dictionary word that follows it. An official who testifies (X证实) is
 * a witness and is left to {@link WitnessOfficials}.
 */
final class OfficialsAtWork {

  /** 院长 heads a hospital or a school as well as a court: only the titles of the courtroom. */
  private static final List<String> TITLES =
      Lexicon.OFFICIAL_TITLES.stream().filter(t -> !t.endsWith("院长")).toList();

  private static final Pattern TITLE =
      Pattern.compile("(?:" + String.join("|", TITLES) + ")[ 　\\t：:]*");

  private static final Pattern TESTIMONY = Pattern.compile("证实|证言|证明|作证|陈述|证称|供述|称");

  private OfficialsAtWork() {}

  static void keep(String text, Protected ranges, Set<String> kept) {
    Scan scan = new Scan(TITLE, text);
    Matcher m = scan.matcher();
    while (scan.find()) {
      int at = m.end();
      String name = nameAt(text, at);
      if (name != null && !ranges.overlaps(at, at + name.length())) {
        kept.add(name);
        ranges.add(at, at + name.length(), "official");
      }
    }
  }

  /**
   * A surname and one or two more characters, closed by a dictionary word that is not testimony:
   * 罗立新|先后, 王明|认为. The name itself is no ordinary word (书记员当庭宣读, 法官查询后).
   */
  static String nameAt(String text, int at) {
    String shaped = shapedNameAt(text, at);
    if (shaped != null) {
      return shaped;
    }
    if (at + 4 > text.length()
        || !Lexicon.isSurname(text.charAt(at))
        || Lexicon.WEAK_SURNAMES.contains(text.charAt(at)) // 法官向原告释明: a particle, not a name
        || !Lexicon.isHan(text.charAt(at + 1))
        || Lexicon.NOT_IN_NAME.contains(text.charAt(at + 1))
        || text.charAt(at + 1) == '某') {
      return null;
    }
    String two = text.substring(at, at + 2);
    if (Vocabulary.commonWord(two) && !Vocabulary.personWord(two)) {
      return null;
    }
    boolean third =
        Lexicon.isHan(text.charAt(at + 2))
            && !Lexicon.NOT_IN_NAME.contains(text.charAt(at + 2))
            && !Lexicon.AFTER_NAME.contains(text.charAt(at + 2))
            && !Vocabulary.commonWord(text.substring(at + 2, at + 4));
    if (third && closedByWord(text, at + 3)) {
      return text.substring(at, at + 3);
    }
    return closedByWord(text, at + 2) ? two : null;
  }

  /**
   * Names whose shape says where they end (执行法官帕提古丽·热合曼先后…, 执行法官阿苏拉则经…, 审判员欧阳慧敏认为…): a name joined
   * by its dot, a run of minority name elements of four characters or more, or a two-character
   * surname and its given name, closed by a dictionary word or a character that opens the next
   * phrase.
   */
  private static String shapedNameAt(String text, int at) {
    int dot = at;
    while (dot < text.length() && dot - at < 10 && Lexicon.isHan(text.charAt(dot))) {
      dot++;
    }
    if (dot > at && dot < text.length() && text.charAt(dot) == '·') {
      for (int end = dot + 2; end <= Math.min(text.length(), dot + 11); end++) {
        if (!Lexicon.isHan(text.charAt(end - 1))) {
          return null;
        }
        if (closed(text, end)) {
          return text.substring(at, end);
        }
      }
      return null;
    }
    String run = MinorityNames.at(text, at);
    if (run != null
        && run.length() >= 4
        && MinorityNames.compound(run)
        && closed(text, at + run.length())) {
      return run;
    }
    for (String surname : Lexicon.COMPOUND_SURNAMES) {
      if (text.startsWith(surname, at)) {
        for (int given = 2; given >= 1; given--) {
          int end = at + surname.length() + given;
          if (end <= text.length() && Lexicon.isHan(text.charAt(end - 1)) && closed(text, end)) {
            return text.substring(at, end);
          }
        }
      }
    }
    return null;
  }

  private static boolean closed(String text, int end) {
    return end >= text.length()
        || Lexicon.AFTER_NAME.contains(text.charAt(end))
            && !TESTIMONY.matcher(text).region(end, text.length()).lookingAt()
        || closedByWord(text, end);
  }

  private static boolean closedByWord(String text, int end) {
    return end + 2 <= text.length()
        && Vocabulary.commonWord(text.substring(end, end + 2))
        && !TESTIMONY.matcher(text).region(end, text.length()).lookingAt();
  }
}
