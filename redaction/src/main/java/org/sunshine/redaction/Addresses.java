package org.sunshine.redaction;

import java.util.ArrayList;
import java.util.HashSet;
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
   * that stops at the county is kept); 住所 (在华住所广东省…) only before 为, a colon or a place; a cue a
   * line break cut that the layout left cut (住所|地福建省…).
   */
  private static final Pattern CUE =
      Pattern.compile(
          "(?:(?:户籍所在地|户籍地址|户籍地|户籍|住所地|住址|现住址|经常居住地|居住地)(?:及|和|与|、))?"
              + "(?:户籍所在地|户籍地址|户籍地|户籍\\n地|住所\\n地|住\\n址|户籍|住所地|住所(?=为|是|[：:]|\\p{IsHan}{1,7}?(?:省|自治区|市))|送达地址|通讯地址|邮寄地址|收件地址|住址|现住址|现住|暂住地|暂住|居住地|经常居住地|居住于|居住在|家住|家庭住址"
              + "|住在|租住于|租住在|租住|寄住于|暂居|住(?![处院宿手口户所址持进满了过着下宅房]|困难|条件|环境|情况|问题|需求|期间|时间))(?:均|都)?(?:为|是|在|于|的)?[：: ]*");

  /**
   * 在其女友家（太原市晋源区晋祠路二段66号）, 住宅（…） in a list of seized property: an address in brackets right after a
   * home. 住宅 and 住房 are homes, not the residence cue 住 (按住宅用途补偿 has no address after it).
   */
  private static final Pattern HOME_BRACKET =
      Pattern.compile("(?:家|家中|住处|住所|租住处|暂住处|住宅|住房|房产)[（(]");

  private static final Pattern HOME_AT =
      Pattern.compile(
          "(?:位于|在)[：: ]*(?=[^，。；\\n]{4,50}?的[ 　]?(?:住处|家中|家|住宅|租住处|出租屋|出租房|宿舍|祖宅|房屋|居所|寓所))");

  /** 其租住的出租屋, 其自建房, 其家中: a person's own dwelling; 其家村, 其家庄 are places named so, not a dwelling. */
  static final String ONES_HOME =
      "其(?:租住的|自建的|居住的|所租的|租用的)?(?:出租屋|出租房|自建房|住处|住所|家中|住宅|宿舍|房屋|家)" + "(?![村庄组屯寨湾坪沟营社里巷弄路街岭坡岗])";

  /**
   * 在某镇某村其租住的出租屋内, 在某镇某村其自建房内: the place before a person's own dwelling is that person's home (a
   * line break may stand before 其). 和 may stand in the place's name (和平镇, 和顺村): a place must follow
   * 在.
   */
  private static final Pattern HOME_BEFORE_ONES =
      Pattern.compile("在[：: ]*(?=[\\p{IsHan}&&[^将把被对向与的了在从到于]]{3,30}?\\n?" + ONES_HOME + ")");

  /**
   * 窜至某乡某村被害人X家羊圈, 在某村被害人X家中: the place before a victim's home is the victim's home (a line break
   * may stand before 被害人).
   */
  private static final Pattern HOME_BEFORE_VICTIMS =
      Pattern.compile(
          "(?:在|至)[：: ]*(?=[\\p{IsHan}&&[^将把被对向与的了在从到于]]{3,30}?\\n?被害人[\\p{IsHan}·]{2,12}?家"
              + "(?![村庄组屯寨湾坪沟营社里巷弄路街岭坡岗]))");

  private static final Pattern ONES_HOME_AT = Pattern.compile("\\n?" + ONES_HOME);

  /**
   * 在其位于…的棋牌室, 在其经营的位于…的门店: premises a person holds (其, 自己, 本人), runs or rents are that person's
   * address; a scanned page may leave a space after 的, a wrap may cut the place.
   */
  private static final Pattern HELD_AT =
      Pattern.compile(
          "(?<=其|自己|本人|他|她|其家|(?:其|自己)(?:经营|开设|开办|承包|承租|租用|租住|居住|所有)的)位于[：: ]*"
              + "(?=(?:[^，。；\\n]|\\n(?=\\p{IsHan})){4,50}?的[ 　]?[\\p{IsHan}“])");

  /**
   * 被执行人X名下有某市某镇某路一处商铺: property registered in a person's name (名下有) is where that person lives or
   * works; the place must follow at once.
   */
  private static final Pattern OWNED =
      Pattern.compile("(?<=名下)(?:有|拥有|登记有)[：: ]*(?=\\p{IsHan}{1,7}?(?:省|自治区|市|县|区|旗))");

  /**
   * 租用出租人X位于某市某街道某路的两间临街门面: premises a person rents or buys, said after 位于 and before 的, are where
   * that person lives or works.
   */
  private static final Pattern RENTED_AT =
      Pattern.compile("(?<=租用|承租|租赁|租下|购买|买下)[^，。；\\n]{0,12}?位于[：: ]*(?=[^，。；\\n]{4,50}?的)");

  /**
   * （1）柏某，136…，浙江省杭州市…502室: in a list of people, the field after a person's name or mobile that
   * opens with a place is that person's address.
   */
  private static final Pattern LIST_FIELD =
      Pattern.compile(
          "(?:(?<!\\d)1[3-9]\\d{9}"
              + "|(?m)^[ \\t　]*(?:\\d{1,3}[.．、)）]|[（(]\\d{1,3}[）)])\\s*\\p{IsHan}{2,4})[，,](?:住址|地址|住)?[：:]?");

  private static final Pattern TOWN_OR_VILLAGE =
      Pattern.compile("\\p{IsHan}{1,8}?(?:街道|镇|乡|苏木|嘎查|村|社区)");

  private static final String STOP = "，,。；;、\n）)：:“”";

  /** 一处商铺, 一套住宅: the property a place is followed by, not a part of the place. */
  private static final Pattern PROPERTY_COUNT =
      Pattern.compile("[一两二三]?(?:处|套|间)(?:商铺|房产|住宅|房屋|门面|商品房)");

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
    for (Pattern cue :
        new Pattern[] {
          CUE,
          HOME_AT,
          HOME_BRACKET,
          HELD_AT,
          RENTED_AT,
          OWNED,
          LIST_FIELD,
          HOME_BEFORE_ONES,
          HOME_BEFORE_VICTIMS
        }) {
      Scan scan = new Scan(cue, folded);
      Matcher m = scan.matcher();
      while (scan.find()) {
        if (cue == HOME_AT
            && m.group().startsWith("在")
            && AdminPrefix.end(folded, m.end()) == m.end()) {
          continue; // 在 introduces a home only when a place follows at once (在广州市…的住处)
        }
        if (cue == CUE
            && (barredHeaderCell(folded, m.end()) || headerCell(folded, m.start(), m.end()))) {
          // 住址 | 欠付工资（元）, 序号　姓名　住址　金额: a column's name, the addresses are in the rows below
          continue;
        }
        if ((cue == HOME_BEFORE_ONES || cue == HOME_BEFORE_VICTIMS)
            && AdminPrefix.end(folded, m.end()) == m.end()
            && !TOWN_OR_VILLAGE.matcher(folded).region(m.end(), folded.length()).lookingAt()) {
          continue; // a place must follow 在 at once: the county, or a town or village
        }
        if ((cue == LIST_FIELD || cue == OWNED) && AdminPrefix.end(folded, m.end()) == m.end()) {
          continue; // a list's next field is an address only when it opens with a place
        }
        Tail tail = tailAfter(folded, m.end());
        if (tail != null
            && (kept.covers(tail.start(), tail.end(), PublicBodyParties.SEAT)
                || PublicBodyParties.aBodyOfThePlace(folded.substring(tail.start(), tail.end())))) {
          continue; // the seat of a party that is a public body, or the body of a home's place
        }
        Tail referred =
            tail == null ? null : ReferredVillages.before(folded, m.start(), tail.start());
        if (referred != null) {
          tails.add(referred);
        }
        if (tail != null) {
          tails.add(tail);
          // only the place is kept, not who stands before 位于 (暂住于其兄X位于某市…)
          int sited = folded.substring(m.end(), tail.start()).lastIndexOf("位于");
          kept.add(sited < 0 ? m.end() : m.end() + sited + 2, tail.start(), "place");
        }
      }
    }
    tails.addAll(AddressColumns.cells(folded));
    tails.addAll(PlotCells.find(folded, kept, tails));
    tails.addAll(AddressChains.find(folded, kept, tails));
    tails.addAll(SitedChains.find(folded, kept, tails));
    tails.addAll(VillageChains.find(folded, kept, tails));
    tails.addAll(EstateChains.find(folded, kept, tails));
    tails.addAll(VillageCells.find(folded, kept, tails));
    // a string said again is searched for once: two thousand rows of one village would otherwise
    // add every row's finding at every row (k² findings)
    Set<String> searched = new HashSet<>();
    for (Tail t : tails) {
      String text = folded.substring(t.start(), t.end());
      String joined = text.replaceAll("\\s", "");
      String mask = AddressUnits.mask(joined, policy.addressStyle());
      out.add(
          t.start(), t.end(), original, Category.ADDRESS, null, "address-below-county", 0.9, mask);
      if (searched.add("r" + text)) {
        PlaceRecurrences.mask(
            folded, original, text, mask, kept, out, "address-repeated", policy.addressStyle());
      }
      // a part cut by a line break here (拱星|墩街道) is written whole elsewhere
      maskParts(
          folded, original, AddressUnits.components(joined), "c", searched, kept, out, policy);
      for (String name : AddressUnits.bareNames(joined)) {
        // 周村 of 周村镇 is the town's name, unless this home is in that town (下岗坪乡下岗坪村)
        if (searched.add("n" + name)
            && (!PlaceRecurrences.namesATown(folded, name)
                || PlaceRecurrences.namesATown(joined, name))) {
          PlaceRecurrences.mask(
              folded, original, name, "**", kept, out, "address-part", policy.addressStyle());
        }
      }
      maskParts(
          folded,
          original,
          AddressUnits.townAndBareNames(joined),
          "t",
          searched,
          kept,
          out,
          policy);
      buildingRepeated(folded, original, text, kept, out, policy.addressStyle());
      List<String> estates = quotedEstates(text);
      estates.addAll(AddressUnits.estates(joined));
      for (String estate : estates) {
        PlaceRecurrences.mask(
            folded, original, estate, "**", kept, out, "address-estate", policy.addressStyle());
      }
    }
    QuotedLocalNames.find(folded, original, kept, out, policy.addressStyle());
    return tails;
  }

  private static final Pattern HEADER_LINE = Pattern.compile("[ \\t　]*(?:序号|编号)[\\t　]");

  /** A cue standing as a cell of a table's header row (a gap after it, the row opening with 序号). */
  private static boolean headerCell(String s, int start, int end) {
    if (end >= s.length() || s.charAt(end) != '　' && s.charAt(end) != '\t') {
      return false;
    }
    int line = s.lastIndexOf('\n', start) + 1;
    return HEADER_LINE.matcher(s).region(line, start).lookingAt();
  }

  private static final Pattern QUOTED_NAME = Pattern.compile("“([^“”\\s]{2,16})”");

  /**
   * The quoted estate names of an address (绣湖花苑 of 街道“绣湖花苑”6号楼): said elsewhere (购买位于“绣湖花苑”的房屋)
   * they still tell where the person lives. A word of the dictionary alone (“阳光”小区) is not masked
   * everywhere, since the word is used otherwise too.
   */
  static List<String> quotedEstates(String tail) {
    List<String> names = new ArrayList<>();
    Matcher m = QUOTED_NAME.matcher(tail);
    while (m.find()) {
      String name = m.group(1);
      if (name.length() >= 4 || !Vocabulary.dictionaryWord(name)) {
        names.add(name);
      }
    }
    return names;
  }

  /**
   * 6号楼2单元1101室, 3栋502室, B栋907室, 12幢1单元601: a building's number or letter with at least one unit
   * inside it; or a room of three digits or more right after the premises' name (某酒店1602房).
   */
  private static final Pattern BUILDING =
      Pattern.compile(
          "(?:[0-9]{1,4}|[A-Z])(?:号楼|栋|幢|座|号院)(?:[0-9]{1,4}(?:单元|层|楼))*[0-9]{1,5}(?:室|号|户)?"
              + "|(?<=\\p{IsHan})[0-9]{3,5}(?:房|室)");

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
            AddressUnits.mask(text, style));
      }
      from = at + chain.length();
    }
  }

  /** Each part not searched yet is masked wherever it recurs, with the mask its units give. */
  private static void maskParts(
      String folded,
      String original,
      List<String> parts,
      String kind,
      Set<String> searched,
      Protected kept,
      Findings out,
      RedactionPolicy policy) {
    for (String part : parts) {
      if (searched.add(kind + part)) {
        String mask = AddressUnits.mask(part, policy.addressStyle());
        PlaceRecurrences.mask(
            folded, original, part, mask, kept, out, "address-part", policy.addressStyle());
      }
    }
  }

  /** Whether the cue ending at {@code end} ends a cell of a barred table (住址 | 金额). */
  private static boolean barredHeaderCell(String s, int end) {
    int i = end;
    while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '　')) {
      i++;
    }
    return i < s.length() && (s.charAt(i) == '|' || s.charAt(i) == '｜');
  }

  /**
   * 街道“绣湖花苑”6号楼2单元302室, 路“万达广场”公寓2号楼: an estate's name in quotation marks (a line break may cut
   * it), followed by its buildings or its kind, goes on with the address it stands in.
   */
  private static final Pattern QUOTED_ESTATE =
      Pattern.compile("“[^，,。；;、“”（）()：:]{2,16}”(?=\\s*(?:小区|花园|公寓|家属院|家属楼|大院|宿舍|新村|[0-9A-Za-z]))");

  /** Where a quoted estate's name that starts at {@code at} ends (after its ”), or {@code at}. */
  private static int quotedEstateEnd(String s, int at) {
    if (at >= s.length() || s.charAt(at) != '“') {
      return at;
    }
    Matcher m = QUOTED_ESTATE.matcher(s).region(at, Math.min(s.length(), at + 40));
    return m.lookingAt() ? m.end() : at;
  }

  /**
   * 暂住于其兄X位于某市某镇某村3组的住处: where the cue's tail goes on to 位于 and a place, the home is what follows
   * the place; the place stays (and the person before 位于 is a name, not an address).
   */
  private static int sitedAfter(String s, int start, int end) {
    int at = s.indexOf("位于", start);
    if (at < 0 || at + 2 >= end) {
      return start;
    }
    int place = AdminPrefix.end(s, at + 2);
    return place > at + 2 && place < end ? place : start;
  }

  private static Tail tailAfter(String s, int from) {
    int start = AddressBreaks.prefixEnd(s, AddressBreaks.acrossBreak(s, from));
    int end = start;
    while (end < s.length()
        && end - start < 60
        && (STOP.indexOf(s.charAt(end)) < 0
            || AddressBreaks.continues(s, end)
            || quotedEstateEnd(s, end) > end)) {
      // an estate's quoted name may open the tail (位于某区“某某花园”8号楼)
      if (quotedEstateEnd(s, end) > end) {
        end = quotedEstateEnd(s, end);
        continue;
      }
      if (HOME_WORD.matcher(s.substring(end, Math.min(s.length(), end + 6))).find()
          || s.startsWith("家中", end)
          || s.startsWith("附近", end)
          || s.startsWith("被害人", end)
          || "一两二三处套间".indexOf(s.charAt(end)) >= 0
              && PROPERTY_COUNT.matcher(s).region(end, s.length()).lookingAt()
          || end > start && ONES_HOME_AT.matcher(s).region(end, s.length()).lookingAt()
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
    start = sitedAfter(s, start, end);
    return AddressUnits.hasUnit(s.substring(start, end)) ? new Tail(start, end) : null;
  }
}
