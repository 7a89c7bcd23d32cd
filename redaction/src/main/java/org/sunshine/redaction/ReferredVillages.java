package org.sunshine.redaction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 原系某镇某村村民委员会文书，住该村某社19号: a home said as 该村 (本村, 同村) is in the village the text named last before
 * it, so that village (and its town) is the home's place too.
 */
final class ReferredVillages {

  private static final Pattern REFERENCE = Pattern.compile("(?:该|本|同)村");

  private static final String NAME = "[\\p{IsHan}&&[^的在于是为和与及省市县区旗]]";

  /** A village with its town, named after the county or at the start of a clause. */
  private static final Pattern VILLAGE =
      Pattern.compile(
          "(?<=[省市县区旗，,。；、系在任原])(?:"
              + NAME
              + "{1,6}?(?:镇|乡|街道))?"
              + NAME
              + "{1,6}?村(?=村民委员会|村委会|民委员会|[，,。；、的]|\\p{IsHan})");

  private static final int REACH = 80;

  private ReferredVillages() {}

  /** The village a home's tail starting at {@code tailStart} refers to, or null. */
  static Addresses.Tail before(String s, int cueStart, int tailStart) {
    if (!REFERENCE.matcher(s).region(tailStart, Math.min(s.length(), tailStart + 2)).lookingAt()) {
      return null;
    }
    Matcher m = VILLAGE.matcher(s).region(Math.max(0, cueStart - REACH), cueStart);
    m.useTransparentBounds(true);
    Addresses.Tail last = null;
    while (m.find()) {
      last = new Addresses.Tail(m.start(), m.end());
    }
    return last;
  }
}
