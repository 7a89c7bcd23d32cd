package org.sunshine.redaction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A land plot's location in a table of plots: the cell right before the plot's bounds
 * (新阳村高坡岭　东至山脊，西至…; 油房湾 1.6 东至…, the area between them) says where somebody's field, forest or yard
 * lies, though no unit word may name it (油房湾, a field's local name). Below the county the cell is
 * masked. The bounds start with 东至 as every table writes them; a bound's own cell (王某地 西至…) is no
 * location.
 */
final class PlotCells {

  private static final String GAP = "[ \\t　|｜]+";

  /**
   * A cell set apart by gaps, or a row's first cell (after its row number) at the very start of a
   * line where a single space, or none (a re-laid row loses its gap), sets the cells apart; an
   * indented line is prose.
   */
  private static final Pattern BEFORE_BOUNDS =
      Pattern.compile(
          "(?<=^|[ \\t　|｜])(\\p{IsHan}{2,16})(?:"
              + GAP
              + "[0-9][0-9.,]*)?"
              + GAP
              + "(?=东至)|^(?:[0-9]{1,3}[ \\t　]+)?(\\p{IsHan}{2,16}?) ?(?:[0-9][0-9.,]* ?)?(?=东至)",
          Pattern.MULTILINE);

  private PlotCells() {}

  static List<Addresses.Tail> find(String s, Protected kept, List<Addresses.Tail> found) {
    List<Addresses.Tail> cells = new ArrayList<>();
    if (!s.contains("东至")) {
      return cells;
    }
    Matcher m = BEFORE_BOUNDS.matcher(s);
    while (m.find()) {
      int cell = m.start(1) >= 0 ? 1 : 2;
      int start = AdminPrefix.end(s, m.start(cell));
      int end = m.end(cell);
      if (end - start < 2
          || kept.overlaps(start, end)
          || VillageCells.overlaps(found, start, end)
          || "该本此另其上涉".indexOf(s.charAt(start)) >= 0) { // 该宗地东至公路: the plot itself, no name
        continue;
      }
      cells.add(new Addresses.Tail(start, end));
    }
    return cells;
  }
}
