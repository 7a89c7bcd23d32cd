package org.sunshine.redaction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * People a document lists rather than introduces: the items of a numbered list under a heading that
 * names people (被害人名单如下：1. X，…), the 姓名 column of a table, names without a surname made of two or
 * more name elements wherever they stand (扎西次仁), and people named only inside quoted testimony
 * (“我和王强在吃饭，看见…”).
 */
final class ListedPeople {

  /** A heading that announces people: the list below it holds names. */
  private static final Pattern PEOPLE_HEADING =
      Pattern.compile("(?:名单|人员|被害人|受害人|参与人|投资人|证人|当事人|参赌|集资|家属|亲属|[人女]情况)[^\\n]{0,24}[：:]\\s*$");

  /** 原告（共四人）：alone on a line: a party's role word heads the list of its holders below. */
  private static final Pattern ROLE_HEADING =
      Pattern.compile(
          "[ \\t　]*(?:"
              + String.join("|", Lexicon.STRONG_ROLES)
              + ")(?:[（(][^）)\\n]{0,12}[）)])?[：:][ \\t　]*");

  private static final Pattern ITEM =
      Pattern.compile(
          "^[ \\t　]*\\d{1,3}(?:[.．、)）]|[\\t　]| )\\s*([^，,。；;：:（(\\s　]{2,16})(?=[，,。；;：:（(\\s　]|$)");

  /**
   * 　　温都苏，第二级，获利人民币486300元；: an unnumbered row under a people heading opens with the name, set
   * apart by a comma or a wide space, and carries a figure (an amount, an age).
   */
  private static final Pattern UNNUMBERED_ROW =
      Pattern.compile(
          "[ \\t　]*(\\p{IsHan}{2,4}?)(?:[，,\\t　][^\\n]*?|(?=[一二三四五六七八九十]{1,3}岁|\\d{1,3}岁))"
              + "[\\d〇一二三四五六七八九十百千万]+(?:岁|元|人|级|个|次|万)[^\\n]*");

  /** 2宓桂芳614200, 1黄某某 “可可”: a numbered row whose single spaces normalising dropped. */
  private static final Pattern FUSED_ITEM =
      Pattern.compile("^[ \\t　]*\\d{1,3}(\\p{IsHan}{2,4})(?=\\d|[ \\t　])");

  /** Cells are set apart by tabs, wide or double spaces, or by bars (甲 | 乙, 甲｜乙) alone. */
  private static final Pattern CELLS = Pattern.compile("[\\t　]+|  +");

  private static final Pattern BARS = Pattern.compile("[ \\t　]*[|｜][ \\t　]*");

  // compiled once, not per line and cell
  private static final Pattern NUMBER_CELL = Pattern.compile("[\\d.,，]+");
  private static final Pattern ROW_NUMBER = Pattern.compile("\\d{1,12}");
  private static final Pattern NAME_HEADER =
      Pattern.compile("(?:被害人|参与人|投资人|当事人|户主|所有人|持有人)?(?:姓名|名字|户名)");

  /** A verb or preposition in a quoted statement after which the speaker names someone. */
  private static final Pattern TESTIMONY_CUE =
      Pattern.compile("(?:我和|我跟|我与|看见|看到|听见|听到|告诉|叫上|喊上|找到|遇到|碰到|联系|打电话给|和|跟|同)");

  private static final String CUE_FIRSTS = "我看听告叫喊找遇碰联打和跟同";

  private ListedPeople() {}

  /** 陶某某：alone on a line under the file number: the person a notice is addressed to. */
  private static final Pattern ADDRESSEE =
      Pattern.compile(
          "(?m)^[ \\t　]*(\\p{IsHan}{2,4}|\\p{IsHan}{1,12}(?:·\\p{IsHan}{1,10})+)[：:][ \\t　]*$");

  /**
   * 在办理郝明华开设赌场一案中: the person whose case it is stands between the verb and 一案; whom a court
   * sentenced stands between 判处 and the penalty.
   */
  private static final Pattern CASE_OF =
      Pattern.compile(
          "(?:办理|审查|受理|审理)(?:犯罪嫌疑人|被告人|被不起诉人)?(?=[^，。；\\n]{3,40}?一案)"
              + "|(?<=公安局|分局|本院|检察院|机关)以(?:犯罪嫌疑人|被告人|被不起诉人)?(?=\\p{IsHan}{2,4}涉嫌)"
              + "|决定对(?:被不起诉人|犯罪嫌疑人)?(?=\\p{IsHan}{2,4}不起诉)"
              // 以故意伤害罪判处X无期徒刑: whom a court sentenced
              + "|判处(?:被告人|罪犯)?(?=\\p{IsHan}{2,4}(?:有期徒刑|无期徒刑|死刑|拘役|管制))");

  static void find(PersonFinder f) {
    addressee(f);
    caseOf(f);
    lists(f);
    tables(f);
    compounds(f);
    testimony(f);
  }

  private static void addressee(PersonFinder f) {
    Matcher m = ADDRESSEE.matcher(f.text);
    if (m.find() && m.start() < 200) {
      String name = m.group(1);
      boolean body = "局院会委部处所厅室队组社站办司行校府".indexOf(name.charAt(name.length() - 1)) >= 0;
      if (!body && (surnamed(name) || MinorityNames.whole(name) || name.contains("·"))) {
        f.add(name, "申诉人", m.start(1), false);
      }
    }
  }

  private static void caseOf(PersonFinder f) {
    Scan mScan = new Scan(CASE_OF, f.text);
    Matcher m = mScan.matcher();
    while (mScan.find()) {
      String name = f.boundary.at(m.end());
      if (name != null
          && !f.text.startsWith("本", m.end())
          && (surnamed(name) && !Vocabulary.commonWord(name) || MinorityNames.whole(name))) {
        f.add(name, "被告人", m.end(), false);
      }
    }
  }

  private static void lists(PersonFinder f) {
    String[] lines = f.text.split("\n", -1);
    boolean inList = false;
    String previous = "";
    List<int[]> rows = new ArrayList<>(); // the unnumbered rows of the current list: start, length
    int offset = 0;
    for (String line : lines) {
      Matcher item = ITEM.matcher(line);
      Matcher row = UNNUMBERED_ROW.matcher(line);
      Matcher fused = FUSED_ITEM.matcher(line);
      if (item.lookingAt() && inList) {
        accept(f, item.group(1), offset + item.start(1));
        nicknameAfter(f, item.group(1), offset + item.end(1));
      } else if (fused.lookingAt() && inList) {
        accept(f, fused.group(1), offset + fused.start(1));
        nicknameAfter(f, fused.group(1), offset + fused.end(1));
      } else if (inList && aRow(line, row)) {
        rows.add(new int[] {offset + row.start(1), row.group(1).length()});
      } else {
        acceptRows(f, rows);
        // 部分被害人损失情况 / 如下：: a heading wrapped before its colon still heads the list
        String heading = line.length() <= 8 ? previous + line : line;
        inList = new Scan(PEOPLE_HEADING, heading).find() || ROLE_HEADING.matcher(line).matches();
      }
      previous = line;
      offset += line.length() + 1;
    }
    acceptRows(f, rows);
  }

  /**
   * A row of a list is short (the lazy run before its figure would cost the square of a long line's
   * length) and opens with a name, not a word or a connective that opens a sentence of the text
   * under the heading (经审查，…；综上，…).
   */
  private static boolean aRow(String line, Matcher row) {
    if (line.length() > ROW_LENGTH || !row.matches()) {
      return false;
    }
    String name = row.group(1);
    // rows of rare surnames (幺, 腾) and of names without one are rows too: only a word or a
    // connective is not
    return !Vocabulary.commonWord(name) && !OPENERS.matcher(name).lookingAt();
  }

  private static final int ROW_LENGTH = 200;

  private static final Pattern OPENERS = Pattern.compile("经|综上|其中|合计|共计|总计|以上|上述|另|此外|同时|对此");

  private static final Pattern QUOTED_CELL = Pattern.compile("[ \\t　]*[“\"]([^”\"\\s]{1,8})[”\"]");

  /**
   * 1 黄某某 “可可” 2005年…: a quoted cell right after a listed person's name is what they are called.
   */
  private static void nicknameAfter(PersonFinder f, String name, int end) {
    Person p = f.persons.get(name);
    Matcher q = QUOTED_CELL.matcher(f.text).region(end, Math.min(f.text.length(), end + 14));
    // quoted in the person's row, a word (燕子, 可可) is the call sign too
    if (p != null && q.lookingAt() && q.group(1).length() >= 2) {
      p.aliases.add(q.group(1));
    }
  }

  /** Two unnumbered rows or more make a list; one such line is a paragraph that happens to fit. */
  private static void acceptRows(PersonFinder f, List<int[]> rows) {
    if (rows.size() >= 2) {
      for (int[] r : rows) {
        accept(f, f.text.substring(r[0], r[0] + r[1]), r[0]);
      }
    }
    rows.clear();
  }

  /**
   * A table whose header has a 姓名 column among its first cells: the first cell of each following
   * row that is not a number holds the person (counting by the first text cell survives a header
   * cell split by a stray space, 序　号). A header column that names who owns or holds something (权利人,
   * 所有人, 持有人, 物主, 车主 of a list of seized property) holds a person in every row that has as many
   * cells as the header.
   */
  private static void tables(PersonFinder f) {
    String[] lines = f.text.split("\n", -1);
    boolean inTable = false;
    int column = -1; // the owner column of the current table, -1 when there is none
    int width = 0; // the header's number of cells
    int offset = 0;
    for (String line : lines) {
      // in a table set apart by bars a wide space is a stray inside a cell (郜　红旗)
      boolean barred = line.indexOf('|') >= 0 || line.indexOf('｜') >= 0;
      String[] cells = (barred ? BARS : CELLS).split(line.strip());
      // a row may lack its last cells (an empty 备注), never one in the middle
      boolean aligned = column >= 0 && cells.length > column && cells.length <= width;
      if (aligned
          && cells.length >= 2
          && !OWNER_HEADER.matcher(cells[column]).matches()
          && !Lexicon.STRONG_ROLES.contains(cells[column])) {
        accept(f, cells[column], offset + line.indexOf(cells[column]));
      } else if (column >= 0 && !ROW_NUMBER.matcher(line.strip()).matches() && cells.length < 2) {
        column = -1;
      }
      if (inTable && cells.length >= 2) {
        for (String cell : cells) {
          if (!NUMBER_CELL.matcher(cell).matches()) {
            accept(f, cell, offset + line.indexOf(cell));
            break;
          }
        }
      } else if (inTable && ROW_RUN_TOGETHER.matcher(line).matches()) {
        // 3约翰·史密斯（John SMITH）: a row whose gap after its number was closed is still a row
        Matcher row = ROW_RUN_TOGETHER.matcher(line);
        if (row.matches()) {
          accept(f, row.group(1), offset + row.start(1));
        }
      } else if (!ROW_NUMBER.matcher(line.strip()).matches()) {
        inTable = false; // a row's number cut onto the next line does not end the table
      }
      if (cells.length >= 2 && !inTable) {
        for (int c = 0; c < Math.min(4, cells.length); c++) {
          inTable |= NAME_HEADER.matcher(cells[c]).matches();
        }
        for (int c = 0; c < cells.length && !inTable; c++) {
          if (OWNER_HEADER.matcher(cells[c]).matches() || Lexicon.STRONG_ROLES.contains(cells[c])) {
            column = c;
            width = cells.length;
          }
        }
      }
      offset += line.length() + 1;
    }
  }

  private static final Pattern ROW_RUN_TOGETHER =
      Pattern.compile("[ \\t　]*\\d{1,3}([^\\d\\s　，,。；;：:][^\\t　，,。；;：:]{1,40}?)[ \\t　]*");

  /** A column of who owns, holds or handed over the thing of the row. */
  private static final Pattern OWNER_HEADER =
      Pattern.compile(
          "(?:财物|物品|车辆|房产)?(?:所有人|所有权人|权利人|持有人|物主|车主|机主|户主|被扣押人|被查封人|被冻结人|来源人|提供人|交出人|缴款人|借款人|出借人|收款人|付款人)(?:姓名)?");

  /** 扎西次仁, 呼和其其格: two name elements in a row are a name in any context. */
  private static void compounds(PersonFinder f) {
    for (int i = 0; i < f.text.length(); i++) {
      if (i > 0 && Lexicon.isHan(f.text.charAt(i - 1)) && MinorityNames.at(f.text, i - 1) != null) {
        continue;
      }
      String run = MinorityNames.at(f.text, i);
      if (run != null && MinorityNames.compound(run) && run.length() >= 4) {
        f.add(run, null, i, true);
        i += run.length() - 1;
      }
    }
  }

  /** What a person does right after their name at the start of a clause (孟庆丰把车开走了). */
  private static final Pattern ACTS =
      Pattern.compile("(?:把|将|说|让|叫|喊|告诉|打电话|开车|骑车|驾车|拿着|拿了|拎着|掏出|带着|带我|跟我|和我|给我|找我|问我)");

  /**
   * A three-character name that opens a clause and acts at once (，孟庆丰把车开走了): a person, though no
   * role word introduced them; the name must start with a common surname and be no word.
   */
  private static void subjects(PersonFinder f) {
    Matcher acts = ACTS.matcher(f.text);
    for (int i = 1; i + 4 < f.text.length(); i++) {
      if ("“，,。：:；;\n".indexOf(f.text.charAt(i - 1)) < 0
          || Lexicon.COMMON_SURNAMES.indexOf(f.text.charAt(i)) < 0
          || Lexicon.WEAK_SURNAMES.contains(f.text.charAt(i))) {
        continue;
      }
      String name = f.boundary.at(i);
      if (name == null || name.length() != 3 || f.persons.containsKey(name)) {
        continue;
      }
      acts.region(i + 3, Math.min(f.text.length(), i + 7));
      if (acts.lookingAt()
          && !Vocabulary.commonWord(name)
          && !Vocabulary.commonWord(name.substring(0, 2))
          && !Vocabulary.ordinaryWord(name.substring(1))) {
        f.add(name, null, i, false);
      }
    }
  }

  private static void testimony(PersonFinder f) {
    subjects(f);
    int open = -1;
    Matcher cue = TESTIMONY_CUE.matcher(f.text);
    for (int i = 0; i < f.text.length(); i++) {
      char c = f.text.charAt(i);
      if (c == '“') {
        open = i;
      } else if (c == '”' || c == '\n') {
        open = -1;
      } else if (open >= 0 && CUE_FIRSTS.indexOf(c) >= 0) {
        cue.region(i, Math.min(f.text.length(), i + 6));
        if (cue.lookingAt()) {
          String name = f.boundary.at(cue.end());
          if (name != null && surnamed(name) && !Vocabulary.commonWord(name)) {
            f.add(name, null, cue.end(), false);
          }
        }
      }
    }
  }

  private static void accept(PersonFinder f, String cell, int at) {
    // 范文德（PHAM VAN DUC）: the Latin spelling in brackets is the same person's
    String name = cell.strip().replaceFirst("[（(].*$", "");
    if (name.isEmpty() || at < 0) {
      return;
    }
    boolean latin = name.matches("[A-Za-z][A-Za-z .'\\-]{2,40}");
    boolean dotted = name.matches("\\p{IsHan}{1,12}(?:·\\p{IsHan}{1,10})+");
    // under a heading that announces people, a surname makes a name even of a word (黄龙), a rarer
    // surname too (花蕊, 原野)
    boolean han =
        name.matches("\\p{IsHan}{2,4}")
            && !Lexicon.NOT_NAMES.contains(name)
            && (surnamed(name)
                || WordNames.declaredSurname(name.charAt(0))
                || MinorityNames.whole(name)
                || !Vocabulary.ordinaryWord(name));
    if (latin || dotted || han || MinorityNames.whole(name)) {
      f.add(name, null, at, true);
    }
  }

  private static boolean surnamed(String name) {
    return Lexicon.isSurname(name.charAt(0))
        || Lexicon.COMPOUND_SURNAMES.stream().anyMatch(name::startsWith);
  }
}
