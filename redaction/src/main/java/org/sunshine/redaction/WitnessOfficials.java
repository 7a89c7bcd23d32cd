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

  /**
   * 证人、同钓者X证实: after the witness's role and a description of them that ends as a person's does (者,
   * 员, 友), the name right before the testimony is the witness's.
   */
  private static final Pattern DESCRIBED_WITNESS =
      Pattern.compile(
          "证人[、，,]\\p{IsHan}{1,10}?[者员友居工长师户](\\p{IsHan}{2,3}?)(?=(?:亦|也|均)?(?:证实|证言|作证|陈述称|证称))");

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
    Matcher d = DESCRIBED_WITNESS.matcher(f.text);
    while (d.find()) {
      String name = d.group(1);
      if (Lexicon.isSurname(name.charAt(0))
          && !name.contains("某")
          && !Vocabulary.commonWord(name)) {
        f.add(name, "证人", d.start(1), true);
      }
    }
  }
}
