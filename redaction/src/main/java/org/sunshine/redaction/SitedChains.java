package org.sunshine.redaction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Address chains that end in no number: a place a site verb names (其仓储点位于…街道…村, 老宅坐落于…村…巷东段) and
 * premises beside a road (…街道…大道东侧一处出租屋). A village's or a community's chain after 位于 or 坐落于 says
 * where somebody's house, yard or store is; a road's chain after 位于 may be a crime scene on a
 * public road and stays. Premises are a dwelling or a store (出租屋, 民房, 仓库…), never a shop or a
 * public place. A public body's seat stays, as for {@link AddressChains}.
 */
final class SitedChains {

  /** Also the land or house a person holds (在其承租的某区某乡某村西侧集体土地上). */
  private static final String[] SITE_VERBS = {"位于", "坐落于", "坐落在", "其承租的", "其租用的", "其承包的", "其租赁的"};

  /** A village's chain, and the side of the village where the place lies (某村西侧). */
  private static final Pattern SITED =
      Pattern.compile(
          "(?>(?:"
              + AddressChains.PART
              + "){2,6})(?![0-9０-９一二三四五六七八九十号])(?:"
              + AddressChains.SIDE_OF
              + "(?![0-9０-９一二三四五六七八九十号]))?");

  /** A named part that is a village or a community, not a road or a town alone. */
  private static final Pattern SETTLEMENT = Pattern.compile("村(?!委会|民委员会)|社区|嘎查|屯");

  private static final String[] PREMISES = {
    "出租屋", "出租房", "民房", "民宅", "自建房", "平房", "住房", "仓库", "厂房", "宿舍", "院落", "独院", "小院"
  };

  /** The last characters of the premises' words: the cheap test at every character. */
  private static final String PREMISES_ENDS = "屋房宅库舍落院";

  private static final String ONE = "(?:一处|一间|一栋|一座|一幢)";

  /**
   * Where the premises stand (东侧, 对面), then 一处…, and after a where-word up to four characters that
   * say what is there (南侧养殖场宿舍).
   */
  private static final String BESIDE =
      "(?:(?:[东西南北]侧|旁边?|附近|对面)" + ONE + "?" + AddressChains.NAME + "{0,4}?|" + ONE + ")?";

  private static final Pattern ON_A_ROAD =
      Pattern.compile(
          "(?:"
              + AddressChains.PART
              + "){2,6}"
              + BESIDE
              + "(?:"
              + String.join("|", PREMISES)
              + ")");

  private SitedChains() {}

  /** The chains neither a cue nor {@link AddressChains} found; none overlaps a kept span. */
  static List<Addresses.Tail> find(String s, Protected kept, List<Addresses.Tail> found) {
    List<Addresses.Tail> chains = new ArrayList<>();
    for (String verb : SITE_VERBS) {
      for (int at = s.indexOf(verb); at >= 0; at = s.indexOf(verb, at + verb.length())) {
        int from = at + verb.length();
        while (from < s.length() && ("：: ".indexOf(s.charAt(from)) >= 0)) {
          from++;
        }
        Addresses.Tail chain = sited(s, from, verb.startsWith("坐落"));
        add(s, chain, kept, found, chains);
      }
    }
    for (int end = 1; end <= s.length(); end++) {
      if (PREMISES_ENDS.indexOf(s.charAt(end - 1)) >= 0) {
        add(s, premisesEndingAt(s, end), kept, found, chains);
      }
    }
    return chains;
  }

  private static void add(
      String s,
      Addresses.Tail chain,
      Protected kept,
      List<Addresses.Tail> found,
      List<Addresses.Tail> chains) {
    if (chain == null || !VillageCells.fresh(chain, kept, found, chains)) {
      return;
    }
    if (AddressChains.publicSeat(s, chain)) {
      kept.add(chain.start(), chain.end(), "place");
    } else {
      chains.add(chain);
    }
  }

  /**
   * A village's chain right after a site verb and the county-level prefix; after 坐落, which says
   * where a building stands, a road's chain too.
   */
  private static Addresses.Tail sited(String s, int from, boolean building) {
    if (from >= s.length()) {
      return null;
    }
    int start = AddressBreaks.prefixEnd(s, AddressBreaks.acrossBreak(s, from));
    if (start >= s.length()) {
      return null;
    }
    Addresses.Tail chain =
        AddressChains.chainFrom(s, start, start + 1, Math.min(s.length(), start + 50), SITED);
    if (chain == null) {
      return null;
    }
    String text = s.substring(chain.start(), chain.end()).replace("\n", "");
    return (building || SETTLEMENT.matcher(text).find()) && !text.endsWith("会") ? chain : null;
  }

  /** Premises ending at {@code end} after a chain of two named parts and where they stand. */
  private static Addresses.Tail premisesEndingAt(String s, int end) {
    String word = null;
    for (String p : PREMISES) {
      if (s.startsWith(p, end - p.length())) {
        word = p;
        break;
      }
    }
    if (word == null || end < s.length() && s.charAt(end) == '屋') {
      return null; // 自建房屋一处: the premises' word goes on
    }
    int anchor = end - word.length();
    int r = AddressChains.runStart(s, anchor);
    if (anchor - r < 5) {
      return null;
    }
    Addresses.Tail chain = AddressChains.chainFrom(s, r, anchor, end, ON_A_ROAD);
    if (chain == null || chain.end() != end) {
      return null;
    }
    String text = s.substring(chain.start(), chain.end()).replace("\n", "");
    return text.contains("会") ? null : chain; // a committee beside a house names the committee
  }
}
