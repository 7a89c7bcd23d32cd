package org.sunshine.redaction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cells of one column of a text table: the column whose header cell matches a pattern (住址,
 * 出生日期), in every row below that has at least two cells and no more than the header (a row may lack
 * its last cells, never one in the middle). A line with a single cell (a cell's wrapped tail) does
 * not end the table; a paragraph does.
 */
final class TableColumns {

  /**
   * Cells are set apart by tabs, wide spaces, two spaces or a bar (甲|乙, 甲 ｜ 乙); a narrow space
   * beside wide ones is part of the gap, not of the cell (a column aligned by hand: 　　　 lyg_520).
   */
  private static final Pattern CELL_GAP =
      Pattern.compile(" ?[\\t　][\\t　 ]*|  +|[ \\t　]*[|｜][ \\t　]*");

  /** In a table set apart by bars, only a bar separates: a wide space is a stray in a cell. */
  private static final Pattern BAR = Pattern.compile("[ \\t　]*[|｜][ \\t　]*");

  private TableColumns() {}

  /** [start, end) of each cell of the column, as offsets into {@code s}. */
  static List<int[]> cells(String s, Pattern header) {
    List<int[]> found = new ArrayList<>();
    // every column the header names (被害人微信号｜被害人QQ号: two columns of handles)
    List<Integer> columns = List.of();
    int width = 0;
    for (Row row : rows(s)) {
      if (row.cells() != null) {
        List<int[]> cells = row.cells();
        List<Integer> named = cells.size() >= 2 ? named(s, row, header) : List.of();
        if (!named.isEmpty()) {
          columns = named; // a header row, also one right under another table (姓名　层级　微信号)
          width = cells.size();
        } else if (!columns.isEmpty() && cells.size() <= width && cells.size() >= 2) {
          for (int column : columns) {
            if (cells.size() > column) {
              int[] cell = cells.get(column);
              found.add(new int[] {row.start() + cell[0], row.start() + cell[1]});
            }
          }
        } else if (cells.size() >= 2) {
          columns = List.of();
        }
      } else if (row.endsTable()) {
        columns = List.of();
      }
    }
    return found;
  }

  /** The columns of a row whose cell the header pattern names. */
  private static List<Integer> named(String s, Row row, Pattern header) {
    List<Integer> columns = new ArrayList<>();
    List<int[]> cells = row.cells();
    for (int c = 0; c < cells.size(); c++) {
      int[] cell = cells.get(c);
      if (header.matcher(s.substring(row.start() + cell[0], row.start() + cell[1])).matches()) {
        columns.add(c);
      }
    }
    return columns;
  }

  /**
   * A line of the text: its cells when it is laid out as a table row (a wide space, a tab or a bar
   * between cells), or whether it ends any table above it (a line of prose; a short label does
   * not).
   */
  record Row(int start, List<int[]> cells, boolean endsTable) {}

  /**
   * The rows of the last text read on this thread: five columns (accounts, handles, QQ numbers,
   * homes, birth dates) are looked for in the same document, and splitting every indented paragraph
   * into cells five times was a tenth of the engine's time.
   */
  private static final ThreadLocal<Object[]> LAST = ThreadLocal.withInitial(() -> new Object[2]);

  @SuppressWarnings("unchecked")
  static List<Row> rows(String s) {
    Object[] last = LAST.get();
    if (last[0] == s) {
      return (List<Row>) last[1];
    }
    List<Row> rows = new ArrayList<>();
    int lineStart = 0;
    while (lineStart <= s.length()) {
      int lineEnd = s.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = s.length();
      }
      String line = s.substring(lineStart, lineEnd);
      if (line.indexOf('　') >= 0
          || line.indexOf('\t') >= 0
          || line.contains("  ")
          || line.indexOf('|') >= 0
          || line.indexOf('｜') >= 0) {
        rows.add(new Row(lineStart, cells(line), false));
      } else {
        rows.add(
            new Row(
                lineStart,
                null,
                !line.isBlank() && !line.strip().matches("[\\p{IsHan}\\d.]{1,6}")));
      }
      lineStart = lineEnd + 1;
    }
    last[0] = s;
    last[1] = rows;
    return rows;
  }

  /** A table column of accounts: 账号, 卡号, 银行账户… in the header. */
  private static final Pattern NUMBER = Pattern.compile("[\\d \\-]+");

  private static final Pattern ACCOUNT_HEADER =
      Pattern.compile("(?:银行|收款|付款|开户)?(?:账号|帐号|卡号|账户|银行卡号|账户号码)");

  /**
   * Each cell of an account column holding eight digits or more is an account, whatever its length
   * (a company's account has 20 digits, no card's check digit).
   */
  static void accounts(String folded, String original, Protected kept, boolean ends, Findings out) {
    if (folded.indexOf('账') < 0 && folded.indexOf("卡号") < 0) {
      return; // no account header can stand in the text
    }
    for (int[] cell : TableColumns.cells(folded, ACCOUNT_HEADER)) {
      String value = folded.substring(cell[0], cell[1]);
      if (Identifiers.digits(value).length() >= 8
          && NUMBER.matcher(value).matches()
          && !out.covers(cell[0], cell[1])
          && !kept.overlaps(cell[0], cell[1])) {
        out.add(
            cell[0],
            cell[1],
            original,
            Category.BANK_ACCOUNT,
            null,
            "account-column",
            0.9,
            Identifiers.idMask(value, ends));
      }
    }
  }

  /** A table column of online accounts: 平台账号, 游戏账号, 网名, 昵称, 用户名, 微信号, QQ号… in the header. */
  private static final Pattern HANDLE_HEADER =
      Pattern.compile(
          // whose accounts the column holds may lead the header: 被害人微信号, 收款人网名
          "(?:\\p{IsHan}{1,6}?)?(?:(?:平台|游戏|网络|社交|聊天|赌博|会员|网站)?(?:账号|帐号|账户名|用户名|会员名|网名|昵称)"
              + "|(?:用户|会员|平台|游戏|抖音|快手)ID|微信号|微信昵称|QQ号|抖音号|快手号)");

  /**
   * A column of QQ numbers: 买家QQ, 被害人QQ号… in the header; its cells of 5–11 digits are QQ numbers.
   */
  private static final Pattern QQ_HEADER =
      Pattern.compile("(?:\\p{IsHan}{1,6}?)?(?:QQ|qq|ＱＱ)(?:号码|号|账号)?");

  private static final Pattern QQ_NUMBER = Pattern.compile("[1-9]\\d{4,10}");

  /** A handle: letters, digits, _ . - and @, with at least one letter (no amount, no date). */
  private static final Pattern HANDLE =
      Pattern.compile("(?=[^\\p{IsHan}]*[A-Za-z])[A-Za-z0-9_.@\\-]{3,40}");

  /**
   * Each cell of an online-account column that is a handle (bb_lwb2023 under 平台账号) names a person,
   * as a 网名 does: masked, as the account labels mask the same value after 账号：.
   */
  static void handles(String folded, String original, Protected kept, Findings out) {
    if (folded.indexOf('号') < 0
        && folded.indexOf('名') < 0
        && folded.indexOf("ID") < 0
        && folded.indexOf("QQ") < 0
        && folded.indexOf("qq") < 0) {
      return; // no such header can stand in the text
    }
    List<int[]> cells = new ArrayList<>(TableColumns.cells(folded, HANDLE_HEADER));
    List<int[]> qq = TableColumns.cells(folded, QQ_HEADER);
    cells.addAll(qq);
    for (int[] cell : cells) {
      String value = folded.substring(cell[0], cell[1]);
      boolean number = qq.contains(cell) && QQ_NUMBER.matcher(value).matches();
      if ((number || HANDLE.matcher(value).matches())
          && !out.covers(cell[0], cell[1])
          && !kept.overlaps(cell[0], cell[1])) {
        Category category = number ? Category.QQ : Category.ONLINE_ACCOUNT;
        out.add(cell[0], cell[1], original, category, null, "handle-column", 0.85, "**");
      }
    }
  }

  private static List<int[]> cells(String line) {
    List<int[]> cells = new ArrayList<>();
    boolean barred = line.indexOf('|') >= 0 || line.indexOf('｜') >= 0;
    Matcher gap = (barred ? BAR : CELL_GAP).matcher(line);
    int start = 0;
    while (start < line.length() && (line.charAt(start) == ' ' || line.charAt(start) == '　')) {
      start++;
    }
    while (gap.find(start)) {
      if (gap.start() > start) {
        cells.add(new int[] {start, gap.start()});
      }
      start = gap.end();
    }
    if (start < line.length()) {
      cells.add(new int[] {start, line.length()});
    }
    return cells;
  }
}
