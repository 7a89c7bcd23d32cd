package org.sunshine.redaction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The neighbours a parcel's boundaries name (四至: 东至何永秀承包地，北至玉应茶地，南至卓振华祖宅): what stands between
 * 东至/西至/南至/北至 and a holding — land, a grove, a house — is the person who holds it, whatever the
 * surname, in a table's cell or a line the page cut (北至|罗成林地). A reading that is a word (东至甘蔗地) or
 * a place (东至三组地) is no person. Part of {@link PersonFinder}.
 */
final class BoundaryHolders {

  /**
   * What a neighbour holds. 林地 is no holding here: 林 ends too many given names (罗成林地 is 罗成林's
   * land), so a grove needs its kind (胶林, 油茶林).
   */
  private static final String HOLDING =
      "(?:家)?(?:承包地|责任田|责任地|自留地|宅基地|祖宅|老宅|住宅|房屋|房子|院墙|院子|猪圈|牛圈|茶地|桑地|菜地"
          + "|胶林|橡胶林|油茶林|茶园|果园|竹林|杉木林|松林|鱼塘|水田|旱地|耕地|山林|坟地|祖坟|地|田|房|屋|家)";

  /** The shortest reading first: 玉应|茶地 before 玉应茶|地; a longer one where it alone is whole. */
  private static final Pattern NEIGHBOUR =
      Pattern.compile(
          "[东西南北]至\\s*(\\p{IsHan}{2}(?="
              + HOLDING
              + ")|\\p{IsHan}{3}(?="
              + HOLDING
              + ")|\\p{IsHan}{4}(?="
              + HOLDING
              + "))");

  private BoundaryHolders() {}

  static void find(PersonFinder f) {
    if (f.text.indexOf('至') < 0) {
      return;
    }
    Scan scan = new Scan(NEIGHBOUR, f.text);
    Matcher m = scan.matcher();
    while (scan.find()) {
      String name = m.group(1);
      // 东至金沙江边地, 南至黄河滩地: a bank or a shore, no neighbour
      if (NameColumns.shaped(name)
          && NameColumns.surnamed(name)
          && "边岸沿侧旁滩畔头".indexOf(name.charAt(name.length() - 1)) < 0) {
        f.add(name, null, m.start(1), true);
      }
    }
  }
}
