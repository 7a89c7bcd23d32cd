package org.sunshine.redaction;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The last official of a list joined by 和 or 及 (审判长甲、审判员乙和丙组成合议庭): {@link Protections} reads the
 * names a title lists over 、; the one after 和 acts in the same capacity when it is closed as an
 * official's name is (组成, 担任, a delimiter…) and is a name, not a party's role word (审判员乙和被告人…).
 */
final class JoinedOfficials {

  private static final Pattern TITLED =
      Pattern.compile(
          "(?:"
              + String.join("|", Lexicon.OFFICIAL_TITLES)
              + ")[ 　\\t：:]*"
              + Protections.NAME
              + "(?:、"
              + Protections.NAME
              + ")*[和及]("
              + Protections.NAME
              + ")"
              + Protections.END,
          Pattern.MULTILINE);

  private JoinedOfficials() {}

  static void keep(String text, Protected ranges, Set<String> kept) {
    if (text.indexOf('和') < 0 && text.indexOf('及') < 0) {
      return;
    }
    Scan scan = new Scan(TITLED, text);
    Matcher m = scan.matcher();
    while (scan.find()) {
      String name = m.group(1);
      if (aName(name) && !ranges.overlaps(m.start(1), m.end(1))) {
        kept.add(name);
        ranges.add(m.start(1), m.end(1), "official");
      }
    }
  }

  private static final List<String> ROLES = Lexicon.STRONG_ROLES;

  static boolean aName(String name) {
    if (ROLES.stream().anyMatch(name::startsWith)
        || Lexicon.OFFICIAL_TITLES.stream().anyMatch(name::startsWith)) {
      return false;
    }
    return Lexicon.isSurname(name.charAt(0)) && !Vocabulary.commonWord(name.substring(0, 2))
        || MinorityNames.whole(name);
  }
}
