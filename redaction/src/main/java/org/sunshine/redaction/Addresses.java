package org.sunshine.redaction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Home, registered, bail and company addresses: the administrative prefix down to county level
 * stays, the rest is masked. Addresses are found after residence cues (住, 户籍所在地, 住所地…) or as
 * "位于…的住处", never as any "市+路" string, because crime scenes on public roads stay in the text.
 */
final class Addresses {

  /**
   * Also two cues sharing one address (户籍地及住所地均为…), and 户籍在… (the place starts after 在, so a chain
   * that stops at the county is kept); 住所 (在华住所广东省…) only before 为, a colon or a place.
   */
  private static final Pattern CUE =
      Pattern.compile(
          "(?:(?:户籍所在地|户籍地址|户籍地|户籍|住所地|住址|现住址|经常居住地|居住地)(?:及|和|与|、))?"
              + "(?:户籍所在地|户籍地址|户籍地|户籍|住所地|住所(?=为|是|[：:]|\\p{IsHan}{1,7}?(?:省|自治区|市))|送达地址|通讯地址|邮寄地址|收件地址|住址|现住址|现住|暂住地|暂住|居住地|经常居住地|居住于|居住在|家住|家庭住址"
              + "|住在|租住于|租住在|租住|寄住于|暂居|住(?![处院宿手口户所址持进满了过着下宅房]))(?:均|都)?(?:为|是|在|于)?[：: ]*");

  /**
   * 在其女友家（太原市晋源区晋祠路二段66号）, 住宅（…） in a list of seized property: an address in brackets right after a
   * home. 住宅 and 住房 are homes, not the residence cue 住 (按住宅用途补偿 has no address after it).
   */
  private static final Pattern HOME_BRACKET =
      Pattern.compile("(?:家|家中|住处|住所|租住处|暂住处|住宅|住房|房产)[（(]");

  private static final Pattern HOME_AT =
      Pattern.compile(
          "(?:位于|在)[：: ]*(?=[^，。；\\n]{4,50}?的[ 　]?(?:住处|家中|家|住宅|租住处|出租屋|出租房|宿舍|祖宅|房屋|居所|寓所))");

  /**
   * 在其位于…的棋牌室: premises a person holds (其, 自己, 本人) are that person's address; a scanned page may
   * leave a space after 的.
   */
  private static final Pattern HELD_AT =
      Pattern.compile("(?<=其|自己|本人|他|她|其家)位于[：: ]*(?=[^，。；\\n]{4,50}?的[ 　]?\\p{IsHan})");

  /**
   * （1）柏某，136…，浙江省杭州市…502室: in a list of people, the field after a person's name or mobile that
   * opens with a place is that person's address.
   */
  private static final Pattern LIST_FIELD =
      Pattern.compile(
          "(?:(?<!\\d)1[3-9]\\d{9}"
              + "|(?m)^[ \\t　]*(?:\\d{1,3}[.．、)）]|[（(]\\d{1,3}[）)])\\s*\\p{IsHan}{2,4})[，,](?:住址|地址|住)?[：:]?");

  private static final String MARKERS = "街道镇乡村路道街巷号组社区小区坊里弄栋幢楼室单元大厦花园公寓屯寨庄队";

  /**
   * 嘎查 and 苏木 are the village and township of Inner Mongolia; 社 the team of a village in the west.
   */
  private static final String UNIT_WORDS[] = {
    "街道", "社区", "小区", "大道", "大街", "单元", "大厦", "广场", "花园", "公寓", "号楼", "嘎查", "苏木", "镇", "乡", "村",
    "路", "街", "巷", "弄", "里", "组", "号", "栋", "幢", "楼", "层", "室", "座", "区", "屯", "庄", "队", "房", "社"
  };

  private static final Set<String> COMPONENT_UNITS =
      Set.of(
          "街道", "社区", "小区", "大道", "大街", "嘎查", "苏木", "镇", "乡", "村", "路", "街", "巷", "弄", "里", "屯",
          "庄", "大厦", "花园", "公寓");
  private static final String STOP = "，,。；;、\n）)：:“”";
  private static final Pattern HOME_WORD =
      Pattern.compile("^的(?:住处|家中|家|住宅|租住处|出租屋|出租房|宿舍|祖宅|房屋|居所|寓所)");

  private Addresses() {}

  record Tail(int start, int end) {}

  static List<Tail> find(
      String folded, String original, Protected kept, RedactionPolicy policy, Findings out) {
    List<Tail> tails = new ArrayList<>();
    if (!policy.masks(Category.ADDRESS)) {
      return tails;
    }
    for (Pattern cue : new Pattern[] {CUE, HOME_AT, HOME_BRACKET, HELD_AT, LIST_FIELD}) {
      Scan scan = new Scan(cue, folded);
      Matcher m = scan.matcher();
      while (scan.find()) {
        if (cue == HOME_AT
            && m.group().startsWith("在")
            && AdminPrefix.end(folded, m.end()) == m.end()) {
          continue; // 在 introduces a home only when a place follows at once (在广州市…的住处)
        }
        if (cue == LIST_FIELD && AdminPrefix.end(folded, m.end()) == m.end()) {
          continue; // a list's next field is an address only when it opens with a place
        }
        Tail tail = tailAfter(folded, m.end());
        if (tail != null) {
          tails.add(tail);
          kept.add(m.end(), tail.start(), "place");
        }
      }
    }
    for (Tail tail : tableColumn(folded)) {
      tails.add(tail);
    }
    for (Tail t : tails) {
      String text = folded.substring(t.start(), t.end());
      String mask = mask(text.replaceAll("\\s", ""), policy.addressStyle());
      out.add(
          t.start(), t.end(), original, Category.ADDRESS, null, "address-below-county", 0.9, mask);
      everywhere(folded, original, text, mask, kept, out, "address-repeated");
      // a part cut by a line break here (拱星|墩街道) is written whole elsewhere
      for (String component : components(text.replaceAll("\\s", ""))) {
        everywhere(
            folded,
            original,
            component,
            mask(component, policy.addressStyle()),
            kept,
            out,
            "address-part");
      }
      for (String name : bareNames(text.replaceAll("\\s", ""))) {
        everywhere(folded, original, name, "**", kept, out, "address-part");
      }
      buildingRepeated(folded, original, text, kept, out, policy.addressStyle());
    }
    return tails;
  }

  /** 6号楼2单元1101室, 3栋502室, 12幢1单元601: a building's number with at least one unit inside it. */
  private static final Pattern BUILDING =
      Pattern.compile("[0-9]{1,4}(?:号楼|栋|幢|座|号院)(?:[0-9]{1,4}(?:单元|层|楼))*[0-9]{1,5}(?:室|号|户)?");

  /**
   * 查封御景华府6号楼2单元1101室房产: a home's building and room said again without the street before it is
   * still the home. Where the building chain recurs, it is masked with as much of the estate's name
   * before it as the text repeats.
   */
  private static void buildingRepeated(
      String folded,
      String original,
      String tail,
      Protected kept,
      Findings out,
      AddressStyle style) {
    Matcher m = BUILDING.matcher(tail);
    if (!m.find() || m.end() - m.start() < 5) {
      return;
    }
    String chain = m.group();
    int from = 0;
    int at;
    while ((at = folded.indexOf(chain, from)) >= 0) {
      int start = at;
      int k = m.start();
      while (start > 0 && k > 0 && folded.charAt(start - 1) == tail.charAt(k - 1)) {
        start--;
        k--;
      }
      if (!kept.overlaps(start, at + chain.length())) {
        String text = folded.substring(start, at + chain.length());
        out.add(
            start,
            at + chain.length(),
            original,
            Category.ADDRESS,
            null,
            "address-building",
            0.85,
            mask(text, style));
      }
      from = at + chain.length();
    }
  }

  /**
   * The named parts of a tail (望京街道, 花家地北里, 东孔庄村): where they appear elsewhere in the text they
   * still tell where the person lives, so they are masked there too.
   */
  static List<String> components(String tail) {
    List<String> parts = new ArrayList<>();
    for (int[] unit : units(tail)) {
      if (unit[1] - unit[0] >= 2 && COMPONENT_UNITS.contains(tail.substring(unit[1], unit[2]))) {
        parts.add(tail.substring(unit[0], unit[2]));
      }
    }
    return parts;
  }

  /**
   * The names of a tail's parts said without their unit word (西三庄 of 西三庄社区, 在西三庄住了十年): three
   * characters or more, no word of the dictionary and no direction that ends a road's name (中山北).
   */
  static List<String> bareNames(String tail) {
    List<String> names = new ArrayList<>();
    for (int[] unit : units(tail)) {
      String name = tail.substring(unit[0], unit[1]);
      if (name.length() >= 3
          && COMPONENT_UNITS.contains(tail.substring(unit[1], unit[2]))
          && name.chars().allMatch(c -> Lexicon.isHan((char) c))
          && "东南西北中".indexOf(name.charAt(name.length() - 1)) < 0
          && !Vocabulary.dictionaryWord(name)) {
        names.add(name);
      }
    }
    return names;
  }

  /**
   * The unit words of a tail that close a name, each as {name start, unit start, unit end}. A unit
   * word with no name before it is part of the next name (花园 in 花园街道), and a unit right before
   * another unit ends no name (里 in 果戈里大街, 花园 in 丹枫花园小区). A unit that opens the tail alone ends the
   * prefix the tail was cut from (区 of 沙市|区): it closes an empty name and stays.
   */
  private static List<int[]> units(String tail) {
    List<int[]> units = new ArrayList<>();
    int nameStart = 0;
    int i = 0;
    while (i < tail.length()) {
      String unit = unitAt(tail, i);
      boolean closes =
          unit != null && (i > nameStart || i == 0) && unitAt(tail, i + unit.length()) == null;
      if (!closes) {
        i += unit == null ? 1 : unit.length();
        continue;
      }
      units.add(new int[] {nameStart, i, i + unit.length()});
      i += unit.length();
      nameStart = i;
    }
    return units;
  }

  private static void everywhere(
      String folded,
      String original,
      String what,
      String mask,
      Protected kept,
      Findings out,
      String rule) {
    int from = 0;
    int at;
    while ((at = folded.indexOf(what, from)) >= 0) {
      if (!kept.overlaps(at, at + what.length()) && !inPublicBody(folded, at, at + what.length())) {
        out.add(at, at + what.length(), original, Category.ADDRESS, null, rule, 0.85, mask);
      }
      from = at + what.length();
    }
  }

  /** The words that make a town or village the seat of a public body (禾丰镇人民政府, 某镇征地办公室). */
  private static final Pattern PUBLIC_BODY_AFTER =
      Pattern.compile("^(?:人民政府|政府|党委|人大|派出所|司法所|财政所|人民法庭|法庭|卫生院|综合执法|征地|拆迁|国土所)");

  /**
   * A part of a home's address inside the name of a public body (于都县人民政府某镇征地办公室) names the body,
   * not the home: the body's name stays.
   */
  private static boolean inPublicBody(String s, int start, int end) {
    return s.startsWith("人民政府", Math.max(0, start - 4)) && start >= 4
        || PUBLIC_BODY_AFTER.matcher(s).region(end, Math.min(s.length(), end + 6)).lookingAt();
  }

  /** A table column of homes: 住址, 住所, 地址, 户籍地, 家庭住址 in the header. */
  private static final Pattern ADDRESS_HEADER =
      Pattern.compile("(?:家庭|现|户籍|居住|经常居住)?(?:住址|住所地?|地址|户籍地|居住地|住处)");

  /** Each cell of an address column is an address whose part below county level is masked. */
  private static List<Tail> tableColumn(String s) {
    List<Tail> tails = new ArrayList<>();
    for (int[] cell : TableColumns.cells(s, ADDRESS_HEADER)) {
      int start = AdminPrefix.end(s, cell[0]);
      if (cell[1] - start >= 2
          && s.substring(start, cell[1]).chars().anyMatch(c -> MARKERS.indexOf(c) >= 0)) {
        tails.add(new Tail(start, cell[1]));
      }
    }
    return tails;
  }

  /**
   * 住|山西省太原市…, 户籍地|城厢镇…: a cue that ends its line leaves the address to the next one, which then
   * opens with a place or with a named part of the chain.
   */
  private static final Pattern OPENS_A_CHAIN =
      Pattern.compile("\\p{IsHan}{1,8}?(?:街道|镇|乡|苏木|嘎查|村|社区|小区|大道|大街|路|街|巷)");

  private static int acrossBreak(String s, int from) {
    int next = from;
    while (next < s.length() && (s.charAt(next) == ' ' || s.charAt(next) == '　')) {
      next++;
    }
    if (next >= s.length() || s.charAt(next) != '\n') {
      return from;
    }
    next++;
    while (next < s.length() && (s.charAt(next) == ' ' || s.charAt(next) == '　')) {
      next++;
    }
    boolean opens =
        AdminPrefix.end(s, next) > next
            || OPENS_A_CHAIN.matcher(s).region(next, Math.min(s.length(), next + 12)).lookingAt();
    return opens ? next : from;
  }

  /**
   * 住山|东省威海市文登区…: where a line break falls inside the administrative prefix, the prefix is read as
   * if the line were joined, and the part below county level starts where it ends.
   */
  private static int prefixEnd(String s, int from) {
    int end = AdminPrefix.end(s, from);
    int nl = s.indexOf('\n', from);
    if (nl < 0 || nl - from > 10 || end > nl) {
      return end;
    }
    String joined = s.substring(from, nl) + s.substring(nl + 1, Math.min(s.length(), nl + 41));
    int p = AdminPrefix.end(joined, 0);
    return p > nl - from ? nl + 1 + (p - (nl - from)) : end;
  }

  private static Tail tailAfter(String s, int from) {
    int start = prefixEnd(s, acrossBreak(s, from));
    int end = start;
    while (end < s.length()
        && end - start < 60
        && (STOP.indexOf(s.charAt(end)) < 0 || continues(s, end))) {
      if (HOME_WORD.matcher(s.substring(end, Math.min(s.length(), end + 6))).find()
          || s.startsWith("家中", end)
          || s.startsWith("附近", end)
          || s.charAt(end) == '的' && end > start) {
        break;
      }
      end++;
    }
    while (end > start && Character.isWhitespace(s.charAt(end - 1))) {
      end--;
    }
    if (end - start < 2 || end - start >= 60) {
      return null;
    }
    String tail = s.substring(start, end);
    for (int i = 0; i < tail.length(); i++) {
      if (MARKERS.indexOf(tail.charAt(i)) >= 0) {
        return new Tail(start, end);
      }
    }
    return null;
  }

  /**
   * 新建北路|145号…, 解放街道|海滨社区…: a form's address cut by a line break goes on with a house number or
   * with the next named part of the chain (a name of up to eight characters and its unit word).
   */
  private static final Pattern CONTINUATION =
      Pattern.compile(
          "\\n(?:[0-9]{1,5}(?:号|栋|幢|楼|室|单元|弄|巷|之|组|社)"
              + "|[\\p{IsHan}A-Za-z0-9]{1,8}?(?:社区|小区|街道|大道|大街|嘎查|苏木|村|组|路|街|巷|弄|号))");

  /**
   * 锦绣苑6|号楼, 6栋3|单元402室, 110|1室: a number cut from its unit word, or cut inside, by a line break.
   */
  private static final Pattern UNIT_AFTER_NUMBER =
      Pattern.compile("\\n[ 　]*[0-9]{0,5}(?:号楼|号院|号|栋|幢|单元|室|楼|层|组|社|户|座)");

  /** 拱星|墩街道: the rest of a name cut by a line break, then its unit word. */
  private static final Pattern REST_OF_A_NAME =
      Pattern.compile("\\n(?:\\p{IsHan}{1,6}?(?:社区|小区|街道|大道|大街|嘎查|苏木|村|组|路|街|巷|弄|镇|乡))");

  private static boolean continues(String s, int at) {
    if (s.charAt(at) != '\n' || at == 0) {
      return false;
    }
    char before = s.charAt(at - 1);
    int to = Math.min(s.length(), at + 12);
    if (before >= '0' && before <= '9') {
      return UNIT_AFTER_NUMBER.matcher(s).region(at, to).lookingAt();
    }
    if (unitCut(s, at)) {
      return true;
    }
    if ("路街道巷弄里村组区庄屯镇乡号栋幢查木".indexOf(before) >= 0) {
      return CONTINUATION.matcher(s).region(at, to).lookingAt();
    }
    // an address never ends inside a name: a Chinese character that closes no unit goes on
    return Lexicon.isHan(before) && REST_OF_A_NAME.matcher(s).region(at, to).lookingAt();
  }

  /** 6号|楼2单元, 2单|元1101室, 花家地社|区: a unit word of two characters cut by a line break. */
  private static boolean unitCut(String s, int at) {
    int next = at + 1;
    while (next < s.length() && (s.charAt(next) == ' ' || s.charAt(next) == '　')) {
      next++;
    }
    if (next >= s.length()) {
      return false;
    }
    for (String unit : UNIT_WORDS) {
      if (unit.length() == 2
          && s.charAt(at - 1) == unit.charAt(0)
          && s.charAt(next) == unit.charAt(1)) {
        return true;
      }
    }
    return false;
  }

  /** **街道**路**号 (unit words kept) or ** (whole tail), as the policy says. */
  static String mask(String tail, AddressStyle style) {
    if (style == AddressStyle.WHOLE_TAIL) {
      return "**";
    }
    StringBuilder out = new StringBuilder();
    int end = 0;
    for (int[] unit : units(tail)) {
      out.append(unit[1] > unit[0] ? "**" : "").append(tail, unit[1], unit[2]);
      end = unit[2];
    }
    if (end < tail.length()) {
      out.append("**");
    }
    return out.toString();
  }

  private static String unitAt(String s, int i) {
    for (String unit : UNIT_WORDS) {
      if (s.startsWith(unit, i)) {
        return unit;
      }
    }
    return null;
  }
}
