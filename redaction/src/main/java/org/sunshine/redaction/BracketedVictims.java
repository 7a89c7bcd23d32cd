package org.sunshine.redaction;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person introduced by another word with a birth date in brackets (搭载乘客X（2009年6月18日出生）) who the
 * text calls 被害人 elsewhere (被害人X陈述…): a victim whose age at the offence that date tells, though no
 * victim's participant paragraph says it.
 */
final class BracketedVictims {

  private static final Pattern BRACKET_BORN =
      Pattern.compile(
          "([\\p{IsHan}·]{2,4})[（(]\\s*(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(?:(\\d{1,2})\\s*日)?\\s*出?生[）)]");

  private BracketedVictims() {}

  /** The evidence of a minor victim so introduced, or null. */
  static String minor(String text, LocalDate offence) {
    Scan scan = new Scan(BRACKET_BORN, text);
    Matcher m = scan.matcher();
    while (scan.find()) {
      LocalDate birth = OffenceDates.latest(m.group(2), m.group(3), m.group(4));
      if (birth == null || offence != null && !offence.isBefore(birth.plusYears(18))) {
        continue;
      }
      String before = m.group(1);
      for (int length = Math.min(3, before.length()); length >= 2; length--) {
        String name = before.substring(before.length() - length);
        if (text.contains("被害人" + name)) {
          return "被害人" + name + "出生于 " + birth;
        }
      }
    }
    return null;
  }
}
