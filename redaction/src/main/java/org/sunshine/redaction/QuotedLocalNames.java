package org.sunshine.redaction;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 某村二组“老房子坡”的玉米地, 某镇某村“冷水冲”山场: the local name of a field, a slope or a hill, quoted right after a
 * village or its team that is masked, says where the person's land or house is as well as the
 * village does. It is masked there and wherever the document says it again. A word of the language
 * (村“两委”) is no place's name.
 */
final class QuotedLocalNames {

  /** A quoted name of two to eight characters after optional blanks (a wrap may stand between). */
  private static final Pattern QUOTED = Pattern.compile("\\s{0,2}“([\\p{IsHan}]{2,8})”");

  /** The units a masked place ends in when a local name can follow it: a village, its team. */
  private static final String SETTLEMENT_ENDS = "村组社队屯查";

  private QuotedLocalNames() {}

  static void find(String s, String original, Protected kept, Findings out, AddressStyle style) {
    Set<String> names = new LinkedHashSet<>();
    Matcher m = QUOTED.matcher(s);
    for (Finding f : out.all()) {
      if (f.category() != Category.ADDRESS
          || f.end() >= s.length()
          || SETTLEMENT_ENDS.indexOf(s.charAt(f.end() - 1)) < 0
          || !m.region(f.end(), Math.min(s.length(), f.end() + 14)).lookingAt()) {
        continue;
      }
      String name = m.group(1);
      if ("一二两三四五六七八九十".indexOf(name.charAt(0)) >= 0 || Vocabulary.plainWord(name)) {
        continue;
      }
      names.add(name);
    }
    for (String name : names) {
      PlaceRecurrences.mask(s, original, name, "**", kept, out, "address-local-name", style);
    }
  }
}
