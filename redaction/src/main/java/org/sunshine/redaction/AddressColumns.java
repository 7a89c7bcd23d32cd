package org.sunshine.redaction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The cells of a table's address column: homes and premises under a header that names them. */
final class AddressColumns {

  /**
   * A table column of homes and premises: 住址, 住所, 地址, 户籍地, 家庭住址 in the header, also after a word
   * that says whose (被盗户住址, 经营地址, 经营者住所); 坐落 (房屋坐落) where a house or a land plot lies.
   */
  private static final Pattern ADDRESS_HEADER =
      Pattern.compile("\\p{IsHan}{0,4}?(?:住址|住所地?|地址|户籍地|居住地|住处|坐落)");

  private AddressColumns() {}

  /** Each cell of an address column is an address whose part below county level is masked. */
  static List<Addresses.Tail> cells(String s) {
    List<Addresses.Tail> tails = new ArrayList<>();
    for (int[] cell : TableColumns.cells(s, ADDRESS_HEADER)) {
      int start = AdminPrefix.end(s, cell[0]);
      if (cell[1] - start >= 2 && AddressUnits.hasUnit(s.substring(start, cell[1]))) {
        tails.add(new Addresses.Tail(start, cell[1]));
      }
    }
    return tails;
  }
}
