package org.sunshine.redaction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A table cell that holds a village's chain and nothing else (|鲁某|某镇某村|名下小型轿车…|): in a row about a
 * person it says where that person lives, as a header would (住址) if the table had one. The chain
 * has two named parts or more and ends in a village, its team or a Mongolian 嘎查; a road alone, or a
 * committee, is no home, nor a town alone unless its county stands before it in the cell.
 */
final class VillageCells {

  private static final String EDGE = "[|｜\\t　]";

  private static final Pattern CELL =
      Pattern.compile(
          "(?<=" + EDGE + ")[ ]*((?>(?:" + AddressChains.PART + "){2,6}))[ ]*(?=" + EDGE + ")");

  private static final Pattern SETTLEMENT_END = Pattern.compile("(?:村|组|社|队|屯|嘎查)$");

  /**
   * |某区某街道|, |某县某镇|: a cell of a county and one town or subdistrict below it and nothing else. In a
   * table of persons it says where each lives, as a home cell that ends in a village does.
   */
  private static final Pattern TOWN_CELL =
      Pattern.compile("(?<=" + EDGE + ")[ ]*(\\p{IsHan}{2,16}?(?:街道|镇|乡))[ ]*(?=" + EDGE + ")");

  private VillageCells() {}

  static List<Addresses.Tail> find(String s, Protected kept, List<Addresses.Tail> found) {
    List<Addresses.Tail> cells = new ArrayList<>();
    if (s.indexOf('|') < 0 && s.indexOf('｜') < 0 && s.indexOf('\t') < 0) {
      return cells; // only a table with bars or tabs sets a cell apart beyond doubt
    }
    Matcher m = CELL.matcher(s);
    while (m.find()) {
      String chain = m.group(1);
      if (!SETTLEMENT_END.matcher(chain).find()
          || chain.endsWith("委员会")
          || kept.overlaps(m.start(1), m.end(1))
          || overlaps(found, m.start(1), m.end(1))) {
        continue;
      }
      cells.add(new Addresses.Tail(m.start(1), m.end(1)));
    }
    towns(s, kept, found, cells);
    return cells;
  }

  /**
   * The town or subdistrict of a cell that opens with a county (东昌区团结街道): a county alone before it
   * leaves one named part, a person's town; a town with no county may be a crime scene's.
   */
  private static void towns(
      String s, Protected kept, List<Addresses.Tail> found, List<Addresses.Tail> cells) {
    Matcher m = TOWN_CELL.matcher(s);
    while (m.find()) {
      int start = AdminPrefix.end(s, m.start(1));
      int end = m.end(1);
      if (start == m.start(1)
          || !ONE_TOWN.matcher(s).region(start, end).matches()
          || kept.overlaps(start, end)
          || overlaps(found, start, end)
          || overlaps(cells, start, end)) {
        continue;
      }
      cells.add(new Addresses.Tail(start, end));
    }
  }

  private static final Pattern ONE_TOWN = Pattern.compile("[\\p{IsHan}&&[^镇乡区县市街]]{1,8}(?:街道|镇|乡)");

  /** Whether [start, end) overlaps one of the tails already found. */
  /**
   * A chain no reading took before: it overlaps no kept span, no address found earlier and no chain
   * the same reading already holds.
   */
  static boolean fresh(
      Addresses.Tail chain,
      Protected kept,
      List<Addresses.Tail> found,
      List<Addresses.Tail> chains) {
    return !kept.overlaps(chain.start(), chain.end())
        && !overlaps(found, chain.start(), chain.end())
        && !overlaps(chains, chain.start(), chain.end());
  }

  static boolean overlaps(List<Addresses.Tail> tails, int start, int end) {
    for (Addresses.Tail t : tails) {
      if (start < t.end() && t.start() < end) {
        return true;
      }
    }
    return false;
  }
}
