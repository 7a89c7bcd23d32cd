package org.sunshine.redaction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An official who testifies about the case (同案法官助理X证实…, 民警X证言) acts as a witness, not in their
 * office: their name is a witness's and is masked. An official acting in office signs, presides,
 * records or hears; they do not 证实.
 */
final class WitnessOfficials {

  private static final Pattern TESTIFIES =
      Pattern.compile(
          "(?:"
              + String.join("|", Lexicon.OFFICIAL_TITLES)
              + ")(\\p{IsHan}{2,3}?)(?=证实|证言|的证言|作证|出具证言|陈述称|证称)");

  private WitnessOfficials() {}

  static void find(PersonFinder f) {
    if (f.text.indexOf('证') < 0) {
      return;
    }
    Scan scan = new Scan(TESTIFIES, f.text); // tried only where a title can start
    Matcher m = scan.matcher();
    while (scan.find()) {
      String name = m.group(1);
      if (Lexicon.isSurname(name.charAt(0)) && !name.contains("某")) {
        f.add(name, "证人", m.start(1), true);
      }
    }
  }
}
