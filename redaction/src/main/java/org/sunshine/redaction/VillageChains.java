package org.sunshine.redaction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A town and a village below it (某镇某村, 某乡某村第三村民小组, 某街道某村东侧) that no cue introduces: a dumping site,
 * the land a company took, a crime scene in the village. A village is where its people live, so the
 * chain is masked wherever it stands, as a home's village is when it recurs; the county before it
 * stays. A committee (某村村民委员会) and a public body's seat keep their names. A site the text places
 * only loosely in the village (某村一废弃鱼塘) is left as it stands. Also the place where a person serves
 * community correction (在某镇某村接受社区矫正), which is where that person lives, down to a town alone.
 */
final class VillageChains {

  private static final String NAME = "[\\p{IsHan}&&[^的在于是为号镇乡村及与并]]";

  private static final String TOWN = "[\\p{IsHan}&&[^的在于是为号镇乡及与并]]{1,6}?(?:街道|镇|乡|苏木)";

  private static final String VILLAGE = NAME + "{1,6}?(?:村(?!村?民委员会|村?委会|居委会)|嘎查(?!委员会|村民委员会))";

  /** The village's team (三组, 第三村民小组), the road through it or the side of it that follows. */
  private static final String AFTER_VILLAGE =
      "(?:[0-9]{1,3}(?:组|社|队)|第?[一二三四五六七八九十]{1,3}(?:组|社|队|村民小组))?"
          + "(?:"
          + NAME
          + "{1,6}?(?:路|街|巷|大道))?"
          + AddressChains.SIDE_OF
          + "?";

  private static final Pattern CHAIN =
      Pattern.compile(
          "(?>"
              + TOWN
              + VILLAGE
              + AFTER_VILLAGE
              + ")(?!一|党支部|党总支|支部|卫生室|卫生所|村部|两委|"
              + NAME
              + "{0,4}(?:委员会|村委会))");

  /** A town that is a word of the sentence (全镇, 该乡, 城镇, 城乡): no town's name. */
  private static final String NO_TOWN = "全各该本我此每其城乡";

  /** 在某区某镇接受社区矫正: the place of the correction, after 在 and the county. */
  private static final Pattern CORRECTION =
      Pattern.compile("在[：: ]*([^，。；、\\n]{2,30}?)(?:接受|进行|执行|参加)?社区矫正");

  private static final Pattern ENDS_IN_A_PLACE = Pattern.compile(".*(?:街道|镇|乡|苏木|村|嘎查|社区|组|社|队)");

  private VillageChains() {}

  /** The chains no other reading found; none overlaps a kept span or an address found before. */
  static List<Addresses.Tail> find(String s, Protected kept, List<Addresses.Tail> found) {
    List<Addresses.Tail> chains = new ArrayList<>();
    for (int at = s.indexOf('村'); at >= 0; at = s.indexOf('村', at + 1)) {
      add(s, villageEndingAt(s, at), kept, found, chains);
    }
    for (int at = s.indexOf("嘎查"); at >= 0; at = s.indexOf("嘎查", at + 2)) {
      add(s, villageEndingAt(s, at), kept, found, chains);
    }
    if (s.contains("社区矫正")) {
      Matcher m = CORRECTION.matcher(s);
      while (m.find()) {
        int start = AddressBreaks.prefixEnd(s, m.start(1));
        int end = m.end(1);
        if (start > m.start(1)
            && start < end
            && ENDS_IN_A_PLACE.matcher(s).region(start, end).matches()) {
          add(s, new Addresses.Tail(start, end), kept, found, chains);
        }
      }
    }
    return chains;
  }

  /**
   * The town and the village are names, not words of the sentence: 全镇各村, 该乡贫困村, 城镇农村, 本镇行政村 are
   * none.
   */
  private static boolean named(String chain) {
    Matcher town = TOWN_WORD.matcher(chain);
    if (!town.find()) {
      return true; // the correction's place: read from its prefix
    }
    if (town.start() == 1 && NO_TOWN.indexOf(chain.charAt(0)) >= 0) {
      return false;
    }
    int village = chain.indexOf('村', town.end());
    return village < 0
        || village - town.end() > 1
            && !Vocabulary.commonWord(chain.substring(town.end(), village + 1))
        || village - town.end() == 1 && "各农乡全每本该此山".indexOf(chain.charAt(town.end())) < 0;
  }

  private static final Pattern TOWN_WORD = Pattern.compile("街道|镇|乡|苏木");

  /** The chain whose village's unit word starts at {@code unit}, or null. */
  private static Addresses.Tail villageEndingAt(String s, int unit) {
    int r = AddressChains.runStart(s, unit);
    if (unit - r < 3) {
      return null; // a town and a village's name need three characters at least
    }
    return AddressChains.chainFrom(s, r, unit, Math.min(s.length(), unit + 24), CHAIN);
  }

  private static void add(
      String s,
      Addresses.Tail chain,
      Protected kept,
      List<Addresses.Tail> found,
      List<Addresses.Tail> chains) {
    if (chain == null
        || !named(s.substring(chain.start(), chain.end()))
        || !VillageCells.fresh(chain, kept, found, chains)) {
      return;
    }
    if (!AddressChains.publicSeat(s, chain)) {
      chains.add(chain); // a seat is only skipped: 某局在某镇某村查获 reads as one and is none
    }
  }
}
