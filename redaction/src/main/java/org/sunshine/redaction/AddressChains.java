package org.sunshine.redaction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Address chains with no cue before them: a list of shop keepers' premises, a seized house in a
 * table, the home a crime was committed in. A chain of named parts below county level that ends in
 * a house number or a village's team (新华街道团结巷3号, 桃洪镇龙山村七组, 周家泉街道东关大街168号3号楼1单元502室) says where
 * somebody lives or works wherever it stands, unless it is a public body's seat. Two named parts,
 * or one with a building and room after its number, make a chain: a road and a number alone
 * (向阳路12号) may be a public place.
 */
final class AddressChains {

  static final String NAME = "[\\p{IsHan}&&[^的在于是为号]]";
  static final String PART =
      NAME
          + "{1,8}?(?:村民委员会|居民委员会|村委会|居委会|街道|社区|大道|大街|苏木|嘎查|胡同|镇|乡|村|路|街|巷|弄|屯)"
          + "(?:[东西南北中一二三四五六七八九十]段)?";

  /**
   * A house number, or a village's team (七组, 二社, 五队: a production team's old name); a team named
   * after its hamlet (某村詹洼组) right after its village.
   */
  private static final String HOUSE =
      "(?:[0-9]{1,5}(?:号院|号|组|社|队)|[一二三四五六七八九十]{1,3}(?:组|社|队)|(?<=村)" + NAME + "{1,3}组)";

  /**
   * The last characters of a part's unit word or road section: a number after any other is none.
   */
  static final String PART_ENDS = "道区会街镇乡村路巷弄屯查木同段";

  /** 3号楼1单元502室, 椰海花园5栋1单元703房: buildings, units and rooms, an estate's name before them. */
  private static final String BUILDING =
      "(?:" + NAME + "{2,8}?)?[0-9]{1,5}(?:号楼|号院|栋|幢|座|单元|层|楼|室|房|户|号)";

  /** 村东头8号, 村西侧12号: where in the village the house stands, between its name and its number. */
  static final String SIDE_OF = "(?:[东西南北](?:头|侧|边))";

  private static final Pattern CHAIN =
      Pattern.compile(
          "(?:" + PART + "){2,6}" + SIDE_OF + "?" + HOUSE + "(?:" + BUILDING + ")*|" + PART + HOUSE
              + "(?:" + BUILDING + ")+");

  /**
   * Words no place name holds (在, 于, 位…): a chain with no prefix starts after one, or on its own.
   */
  private static final String NUMERALS = "一二三四五六七八九十";

  private static final String BEFORE_A_PLACE = "在到从向被将把的了与及是为以对经由等称说位其该于";

  private static final String BODY =
      "(?:人民法院|人民检察院|检察院|法院|法庭|派出所|公安局|分局|公安处|司法所|人民政府|政府|办事处|委员会|村委会|居委会"
          + "|管理局|局|本院|该院|本局|该局|该所"
          + "|大队|支队|中队|执法队|服务中心)";

  /** 城关派出所位于…, 该局住所地为…: the seat of a public body, which stays. */
  private static final Pattern SEAT_BEFORE =
      Pattern.compile(
          BODY
              + "[）)]?[，,（(]?(?:的)?(?:住所地|住所|办公地址|地址|地处|位于|设于|设在|坐落于|坐落在|驻地)?"
              + "(?:为|是|在|于)?[：:]?\\s*");

  private static final Pattern SEAT_AFTER = Pattern.compile("^的?\\p{IsHan}{0,10}?" + BODY);

  private AddressChains() {}

  /**
   * The chains no cue found: none overlaps a kept span or an address already found. A public body's
   * seat is added to the kept spans instead.
   */
  static List<Addresses.Tail> find(String s, Protected kept, List<Addresses.Tail> found) {
    List<Addresses.Tail> chains = new ArrayList<>();
    int covered = 0;
    for (int end = 1; end <= s.length(); end++) {
      int number = numberBefore(s, end);
      if (number < 0 || number < covered || inside(found, number)) {
        continue;
      }
      Addresses.Tail chain = chainEndingAt(s, number, end);
      if (chain == null || kept.overlaps(chain.start(), chain.end()) || overlaps(found, chain)) {
        continue;
      }
      if (publicSeat(s, chain)) {
        // kept whole: a part a home shares with it (the same 街道) is not masked inside it
        kept.add(chain.start(), chain.end(), "place");
      } else {
        chains.add(chain);
      }
      covered = chain.end();
    }
    return chains;
  }

  /**
   * Where the number ends that ends at {@code end}, or -1: a house number or a team of up to five
   * digits (not the tail of a longer number), a team in Chinese numerals (七组, 十一社). A loop over the
   * characters, not a pattern: it runs at every character of the text.
   */
  private static int numberBefore(String s, int end) {
    char unit = s.charAt(end - 1);
    if (unit != '号' && unit != '组' && unit != '社' && unit != '队') {
      return -1;
    }
    int start = end - 1;
    while (start > 0 && end - 1 - start < 6 && Character.isDigit(s.charAt(start - 1))) {
      start--;
    }
    int digits = end - 1 - start;
    if (digits == 0 && unit == '组' && end >= 2 && NUMERALS.indexOf(s.charAt(end - 2)) < 0) {
      return namedTeam(s, end - 1);
    }
    if (digits == 0 && unit != '号') {
      while (start > 0 && end - 1 - start < 4 && NUMERALS.indexOf(s.charAt(start - 1)) >= 0) {
        start--;
      }
      return end - 1 - start >= 1 && end - 1 - start <= 3 ? start : -1;
    }
    return digits >= 1 && digits <= 5 ? start : -1;
  }

  /**
   * Where the name of a team ending at {@code unit} (its 组) starts, or -1: one to three characters
   * right after a village's 村 (黄涂湾村詹洼组), no word of the language (驻村工作组) and no part of 村民小组.
   */
  private static int namedTeam(String s, int unit) {
    for (int length : new int[] {2, 3}) {
      int start = unit - length;
      if (start < 1 || s.charAt(start - 1) != '村') {
        continue;
      }
      String name = s.substring(start, unit);
      if (name.chars().allMatch(c -> Lexicon.isHan((char) c))
          && name.indexOf('民') < 0
          && name.indexOf('小') < 0
          && name.indexOf('村') < 0
          && !Vocabulary.plainWord(name)) {
        return start;
      }
    }
    return -1;
  }

  /**
   * Reads back from the number over Chinese characters (and line breaks between them), then forward
   * from the first place a chain can start: after an administrative prefix, or where the run or a
   * word no place holds leaves off.
   */
  private static Addresses.Tail chainEndingAt(String s, int number, int numberEnd) {
    int last = number > 0 && s.charAt(number - 1) == '\n' ? number - 2 : number - 1;
    if (last >= 2
        && "头侧边".indexOf(s.charAt(last)) >= 0
        && "东西南北".indexOf(s.charAt(last - 1)) >= 0) {
      last -= 2; // 袁庄村东头8号: the side of the village stands between its name and the number
    }
    if (last < 0 || PART_ENDS.indexOf(s.charAt(last)) < 0) {
      return null; // the number follows no named part (执1188号, 第3号): the cheap test first
    }
    int r = runStart(s, number);
    if (number - r < 3 || unitWords(s, r, number) < 2 && !digitSoonAfter(s, numberEnd)) {
      return null; // one named part and no building after it (解放路12号附近) is no chain
    }
    return chainFrom(s, r, number, Math.min(s.length(), numberEnd + 60), CHAIN);
  }

  /**
   * The first match of {@code chain} that starts in [from, anchor) where a chain can start (after
   * an administrative prefix, or where the run or a word no place holds leaves off) and ends after
   * {@code anchor}; line breaks in [from, to) are read across.
   */
  static Addresses.Tail chainFrom(String s, int r, int number, int to, Pattern pattern) {
    StringBuilder joined = new StringBuilder(to - r);
    int[] at = new int[to - r + 1];
    for (int i = r; i < to; i++) {
      if (s.charAt(i) != '\n') {
        at[joined.length()] = i;
        joined.append(s.charAt(i));
      }
    }
    at[joined.length()] = to;
    String w = joined.toString();
    int numberAt = number - r - (int) s.substring(r, number).chars().filter(c -> c == '\n').count();
    Matcher chain = pattern.matcher(w);
    int tried = -1;
    for (int i = 0; i < numberAt; i++) {
      int p = AdminPrefix.end(w, i);
      int start = p > i || i == 0 || BEFORE_A_PLACE.indexOf(w.charAt(i - 1)) >= 0 ? p : -1;
      if (start == tried) {
        continue; // several readings of one prefix end where it does
      }
      tried = start;
      if (start >= 0
          && start < numberAt
          && chain.region(start, w.length()).lookingAt()
          && chain.end() > numberAt) {
        return new Addresses.Tail(at[start], at[chain.end() - 1] + 1);
      }
    }
    return null;
  }

  /** Where the run of Chinese characters (and line breaks inside it) before {@code at} starts. */
  static int runStart(String s, int at) {
    int r = at;
    while (r > 0 && at - r < 40) {
      char c = s.charAt(r - 1);
      boolean wrap = c == '\n' && r > 1 && Lexicon.isHan(s.charAt(r - 2));
      if (!wrap && !Lexicon.isHan(c)) {
        break;
      }
      r--;
    }
    return r;
  }

  /** How many unit words of a named part (路, 街道, 社区, 嘎查…) stand in [from, to). */
  private static int unitWords(String s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      char before = i > from ? s.charAt(i - 1) : ' ';
      if ("道会街镇乡村路巷弄屯同".indexOf(c) >= 0
          || c == '区' && before == '社'
          || c == '查' && before == '嘎'
          || c == '木' && before == '苏') {
        n++;
      }
    }
    return n;
  }

  private static boolean digitSoonAfter(String s, int from) {
    for (int i = from; i < Math.min(s.length(), from + 12); i++) {
      if (Character.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  static boolean publicSeat(String s, Addresses.Tail chain) {
    int from = Math.max(0, chain.start() - 30);
    String before = s.substring(from, chain.start()).replace("\n", "");
    before = before.substring(Math.max(before.lastIndexOf('。'), before.lastIndexOf('；')) + 1);
    Matcher seat = SEAT_BEFORE.matcher(before);
    while (seat.find()) {
      if (AdminPrefix.end(before, seat.end()) == before.length()) {
        return true; // nothing but the chain's administrative prefix between the body and the chain
      }
    }
    String after = s.substring(chain.end(), Math.min(s.length(), chain.end() + 16));
    return SEAT_AFTER.matcher(after).find();
  }

  private static boolean inside(List<Addresses.Tail> tails, int at) {
    for (Addresses.Tail t : tails) {
      if (at >= t.start() && at < t.end()) {
        return true;
      }
    }
    return false;
  }

  private static boolean overlaps(List<Addresses.Tail> tails, Addresses.Tail chain) {
    for (Addresses.Tail t : tails) {
      if (chain.start() < t.end() && t.start() < chain.end()) {
        return true;
      }
    }
    return false;
  }
}
