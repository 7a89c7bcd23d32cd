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

  /**
   * What a local name ends in: a feature of the land (坡, 冲, 湾, 坎…) or a settlement; a campaign or a
   * slogan quoted after a village (新民村“扫黑除恶”宣传栏) ends in none.
   */
  private static final String FEATURES = "坡冲湾坎包坝沟岭山坪塘垭岗洼屯坳岩嘴梁峁台田地林场园院庄墩头窝坑堡寨湖潭滩洞口";

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
      if ("一二两三四五六七八九十".indexOf(name.charAt(0)) >= 0
          || Vocabulary.plainWord(name)
          || FEATURES.indexOf(name.charAt(name.length() - 1)) < 0) {
        continue;
      }
      names.add(name);
    }
    for (String name : names) {
      PlaceRecurrences.mask(s, original, name, "**", kept, out, "address-local-name", style);
    }
  }
}
