package org.sunshine.redaction;

import java.util.ArrayList;
import java.util.List;

/**
 * A table's column of people whatever its header says, or without one (死亡人员, 领取人, 卡主, a list of
 * names and amounts under a sentence): when other sources already read two of a column's cells as
 * people and they are at least half of its name-shaped cells, every cell of that column shaped like
 * a name is a person too (a rare surname, a given name the model doubts). The cells are those of
 * {@link TableColumns}: set apart by tabs, wide or double spaces, or bars. Part of {@link
 * PersonFinder}, after every source that may name a person in a cell.
 */
final class NameColumns {

  /** A cell ending so is a place or a body, not a person (易湾组, 胜利村, 某某局). */
  private static final String NOT_A_PERSON_END = "村镇乡县区市路街巷组屯社局院委会司厂店号室楼场站所队";

  /** A header's word for who holds the row's thing (卡主, 领取人, 死亡人员), no person's name. */
  static final String HOLDER_ENDS = "人员主者属户方";

  private NameColumns() {}

  static void find(PersonFinder f) {
    List<TableColumns.Row> block = new ArrayList<>();
    for (TableColumns.Row row : TableColumns.rows(f.text)) {
      if (row.cells() != null && row.cells().size() >= 2) {
        block.add(row);
      } else if (row.cells() == null && row.endsTable()) {
        read(f, block);
        block.clear();
      }
    }
    read(f, block);
  }

  private static void read(PersonFinder f, List<TableColumns.Row> rows) {
    List<TableColumns.Row> block = rows;
    if (!block.isEmpty() && header(f, block.get(0))) {
      block = block.subList(1, block.size()); // 序号　卡主　银行卡号: the header names no one
    }
    if (block.size() < 2) {
      return;
    }
    int width = block.stream().mapToInt(r -> r.cells().size()).max().orElse(0);
    for (int c = 0; c < width; c++) {
      int known = 0;
      int shaped = 0;
      for (TableColumns.Row row : block) {
        String cell = cell(f.text, row, c);
        if (cell != null && shaped(cell)) {
          shaped++;
          known += f.persons.containsKey(cell) ? 1 : 0;
        }
      }
      if (known >= 2 && known * 2 >= shaped) {
        for (TableColumns.Row row : block) {
          String cell = cell(f.text, row, c);
          // a rare surname the stock lacks (陀, 富) among three people read already
          boolean surnamed =
              surnamed(cell)
                  || known >= 3
                      && cell != null
                      && HOLDER_ENDS.indexOf(cell.charAt(cell.length() - 1)) < 0;
          if (cell != null && shaped(cell) && surnamed && !f.persons.containsKey(cell)) {
            f.add(cell, null, row.start() + row.cells().get(c)[0], true);
          }
        }
      }
    }
  }

  /** A row without a digit whose cells no source read as a person: the table's header. */
  private static boolean header(PersonFinder f, TableColumns.Row row) {
    for (int c = 0; c < row.cells().size(); c++) {
      int[] cell = row.cells().get(c);
      String value = f.text.substring(row.start() + cell[0], row.start() + cell[1]);
      if (value.chars().anyMatch(Character::isDigit)
          || f.persons.containsKey(cell(f.text, row, c))) {
        return false;
      }
    }
    return true;
  }

  /** The cell's text without what a bracket adds after the name (郎小红（孙女）). */
  private static String cell(String text, TableColumns.Row row, int c) {
    if (row.cells().size() <= c) {
      return null;
    }
    int[] cell = row.cells().get(c);
    String value = text.substring(row.start() + cell[0], row.start() + cell[1]).strip();
    int bracket = value.indexOf('（') >= 0 ? value.indexOf('（') : value.indexOf('(');
    return bracket > 0 ? value.substring(0, bracket) : value;
  }

  /**
   * Two to four Chinese characters (or names joined by a dot), no word, no place or body, no
   * function character first: what a name column holds.
   */
  static boolean shaped(String cell) {
    if (cell.matches("\\p{IsHan}{1,12}(?:·\\p{IsHan}{1,10})+")) {
      return true;
    }
    return cell.length() >= 2
        && cell.length() <= 4
        && cell.chars().allMatch(ch -> Lexicon.isHan((char) ch))
        && !Lexicon.NOT_IN_NAME.contains(cell.charAt(0))
        && NOT_A_PERSON_END.indexOf(cell.charAt(cell.length() - 1)) < 0
        && !Vocabulary.commonWord(cell)
        && !Vocabulary.ordinaryWord(cell)
        && !Lexicon.NOT_NAMES.contains(cell)
        && !Lexicon.STRONG_ROLES.contains(cell)
        && !Lexicon.WEAK_ROLES.contains(cell);
  }

  static boolean surnamed(String cell) {
    return cell != null
        && (Lexicon.isSurname(cell.charAt(0))
            || Lexicon.COMPOUND_SURNAMES.stream().anyMatch(cell::startsWith)
            || MinorityNames.whole(cell)
            || cell.contains("·"));
  }
}
