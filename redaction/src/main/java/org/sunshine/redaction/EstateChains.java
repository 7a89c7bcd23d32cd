package org.sunshine.redaction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A flat in an estate that no cue introduces and no house number anchors: a building, its unit (单元,
 * or 门 in the northeast) and a room (某街道某花园5号楼1门301室, a rented flat listed as 8号楼3单元2201室). A flat
 * with a unit is a home, never a public body's office, so the chain is masked wherever it stands:
 * the named parts and the estate before it when they are there, the flat alone otherwise.
 */
final class EstateChains {

  /** Building, unit and room: the three together are a dwelling. */
  private static final String FLAT =
      "(?:[0-9]{1,4}|[A-Z])(?:号楼|栋|幢)[0-9]{1,3}(?:单元|门)[0-9]{3,5}(?:室|户|号)?";

  private static final Pattern FLATS = Pattern.compile(FLAT);

  /**
   * The estate's name (祥阁花园, 彭城御园小区), with the section of a large estate (某城C区): it ends in an
   * estate's word, so a sentence before the flat (某某上街后来到3号楼…) is never read as one.
   */
  private static final String ESTATE =
      "[\\p{IsHan}&&[^的在于是为号路街道巷镇乡村有和与及并到至往去沿后来驶走行了着过被将把从向]]{1,7}?"
          + "(?:花园|小区|家园|新村|公寓|大厦|广场|苑|园|城|庭|府|湾|居|阁|院|里)(?:[A-Z]区)?";

  private static final Pattern CHAIN =
      Pattern.compile("(?:" + AddressChains.PART + "){1,4}" + ESTATE + FLAT);

  /** The estate right after a named part's unit word, when the parts before it were not read. */
  private static final Pattern ESTATE_AFTER_A_PART =
      Pattern.compile("(?<=[道镇乡路街巷村])" + ESTATE + "$");

  private EstateChains() {}

  /** The flats no other reading found; none overlaps a kept span or an address found before. */
  static List<Addresses.Tail> find(String s, Protected kept, List<Addresses.Tail> found) {
    List<Addresses.Tail> chains = new ArrayList<>();
    if (s.indexOf("单元") < 0 && s.indexOf('门') < 0) {
      return chains; // the cheap test first: most documents hold no flat
    }
    StringBuilder joined = new StringBuilder(s.length());
    int[] at = new int[s.length() + 1];
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) != '\n') {
        at[joined.length()] = i;
        joined.append(s.charAt(i));
      }
    }
    Matcher m = FLATS.matcher(joined);
    while (m.find()) {
      if (m.start() > 0 && Character.isDigit(joined.charAt(m.start() - 1))) {
        continue; // the tail of a longer number
      }
      int start = at[m.start()];
      int end = at[m.end() - 1] + 1;
      Addresses.Tail chain = withPlace(s, joined, m.start(), start, end, at);
      if (chain == null
          || !VillageCells.fresh(chain, kept, found, chains)
          || AddressChains.publicSeat(s, chain)) {
        continue;
      }
      chains.add(chain);
    }
    return chains;
  }

  /**
   * The flat with the named parts and estate before it (read from a place a chain can start), or
   * with the estate after the last part's unit word, or alone.
   */
  private static Addresses.Tail withPlace(
      String s, CharSequence joined, int flatAt, int start, int end, int[] at) {
    Addresses.Tail chain =
        AddressChains.chainFrom(s, AddressChains.runStart(s, start), start, end, CHAIN);
    if (chain != null && chain.end() == end) {
      return chain;
    }
    int from = Math.max(0, flatAt - 12);
    Matcher estate = ESTATE_AFTER_A_PART.matcher(joined).region(from, flatAt);
    estate.useTransparentBounds(true);
    if (estate.find()) {
      return new Addresses.Tail(at[estate.start()], end);
    }
    return new Addresses.Tail(start, end);
  }
}
