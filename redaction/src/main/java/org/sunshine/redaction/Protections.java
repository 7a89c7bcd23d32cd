package org.sunshine.redaction;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds what must never be masked: the names of procurators, judges, clerks and lawyers acting in
 * their capacity, law firms, institutions, document and case numbers, statutes, charges, amounts
 * and procedural dates.
 */
final class Protections {

  private static final String HAN = "\\p{IsHan}";

  /** A name of five or six characters (那仁其其格, a Mongolian name) only where it ends the line. */
  static final String NAME =
      "(?:" + HAN + "{1,8}(?:·" + HAN + "{1,10}?)+|" + HAN + "{2,4}?|" + HAN + "{5,6}(?=[ \t　]*$))";

  /**
   * Ends after which the run before is an official's name only if it reads as one (a surname, not a
   * word): 法官助理通知王某于…, 承办检察官与王某电话联系 name no official.
   */
  private static final String CLOSE_ENDS =
      "联系电话|联系方式|电话|于(?=[0-9０-９])|曾(?=[一二两三四五六七八九十多数])|先后|分别|一同|共同"
          // 检察官助理朱某某到救助申请人住所地走访: where the officials went
          + "|到(?=[\\p{IsHan}&&[^期底时]])|赴|前往|走访|深入|会同";

  /**
   * 检察员对卫小东分别询问, 检察官与钱德胜共同前往: before what people do together, a preposition may open the run; the
   * person after it is whom the official acted with or on, never an official.
   */
  private static final String PREPOSITIONS = "对与和同向跟给把将让被由及";

  private static final Pattern CLOSE_END = Pattern.compile(CLOSE_ENDS);

  /**
   * What follows an official's name: a delimiter, the next title of a signature line written
   * without spaces (审判长盛立言审判员柯雨桐), or what the 审判组织 lines say they did (独任审理, 担任审判长).
   */
  static final String END =
      "(?=[\\s　，。；、）)（(]|$|审判|人民陪审|陪审|书记员|法官|检察|独任|担任|组成|参与|参加|出庭|主持|记录|宣读|主审|承办"
          // 审判员甲、乙在审理中不存在违法行为: what the officials did in the case
          + "|在审理|在审判|在办理|在庭审|在本案"
          // 检察官甲、乙曾两次到申请人家中 (what officials named together went on to do);
          // 承办检察官：甲　联系电话：…, whose gap the normalisation closes; 法官助理乙于2022年5月查询…
          + "|"
          + CLOSE_ENDS
          + ")";

  /** One title may introduce several officials over 、 (承办检察官：甲、乙). */
  private static final Pattern OFFICIAL =
      Pattern.compile(
          "(?:"
              + spaced(Lexicon.OFFICIAL_TITLES)
              + ")[ 　\\t：:]*("
              + NAME
              + "(?:、"
              + NAME
              + ")*)"
              + END,
          Pattern.MULTILINE);

  /** Titles a bracket after a name gives an official: 韦某（检察官）. */
  private static final List<String> BRACKETED_TITLES =
      List.of("检察官", "检察员", "检察官助理", "法官", "法官助理", "书记员", "审判员", "审判长");

  /**
   * A lawyer's name after 律师: two or three characters, or a two-character surname and a given name
   * (律师司马志强的意见: read short, 马志强 would be a person), or a Uyghur or Kazakh name joined by its dot
   * (律师木合塔尔·沙吾提及…), which runs to what the lawyer did next.
   */
  private static final String LAWYER_NAME = "(?:" + BodyHeads.OFFICER + ")";

  private static final Pattern DUTY_LAWYER =
      Pattern.compile(
          "(?:值班律师|法律援助律师|律师)((?:"
              + LAWYER_NAME
              + "、)*"
              + LAWYER_NAME
              + ")(?=的|提出|认为|在|，|。|、|（|到场|见证|发表|及|和|与|等|出具|参与|担任|作为|代理|辩护"
              // 律师X到本院查阅…, 律师X向本院提交…, 律师X于2024年3月…: what the lawyer did next
              + "|到|向|于(?=[0-9０-９])|提交|递交|查阅|阅卷|会见|申请)");

  /** The firm may be cut by a line break the layout did not join (新疆天阳律|师事务所). */
  /** 宝音德力格尔（…律师事务所律师）: a Mongolian lawyer's name may run to eight characters before the firm. */
  private static final String COUNSEL_NAME =
      "(?:" + HAN + "{1,8}(?:·" + HAN + "{1,10}?)+|" + HAN + "{2,8}?)";

  private static final Pattern COUNSEL_LAWYER =
      Pattern.compile(
          "(?:辩护人|(?<!被|法定)代理人)(?:[（(][^）)\\n]{1,24}[）)])?[：:]?\\s*((?:"
              + NAME
              + "、)*"
              + COUNSEL_NAME
              // 申诉代理人甘志诚律师（…律师事务所）: the title may stand between the name and its firm
              + ")(?=(?:律师)?[，,（(]\\s*"
              + "(?:[\\p{IsHan}\\s]|[（(]\\p{IsHan}{2,6}[）)]){2,30}?律\\s?师\\s?事\\s?务\\s?所)");

  /**
   * A firm's name has no 的, 及, 其, 和, 与 (申诉人X及其委托的律师Y律师事务所 holds a party), but a 和 right after its
   * place (上海市和平律师事务所) and a branch's place in brackets (北京市中伦（深圳）律师事务所) are its own.
   */
  private static final Pattern LAW_FIRM =
      Pattern.compile(
          "(?:[\\p{IsHan}&&[^的及其和与]]|(?<=[省市县区])和|[（(]\\p{IsHan}{2,6}[）)]){2,30}?律师事务所(?:律师)?");

  private static final Pattern STATUTE =
      Pattern.compile(
          "《[^》\\n]{2,60}》(?:第[零〇一二三四五六七八九十百千]+条(?:之[一二三四五六七八九十]+)?)?"
              + "|第[零〇一二三四五六七八九十百千]+条(?:之[一二三四五六七八九十]+)?(?:第[一二三四五六七八九十]+款)?"
              + "(?:第[（(][一二三四五六七八九十]+[）)]项)?");
  private static final Pattern CHARGE =
      Pattern.compile(
          "(?<=涉嫌|(?<![侵累主从惯])犯|构成|定性为|以涉嫌)(?:" + HAN + "{1,20}、)*" + HAN + "{2,20}?罪(?!犯|名|行)");
  private static final Pattern NOT_A_CHARGE = Pattern.compile("嫌疑|被告|涉嫌|被害|被不起诉|证人|人员");

  /**
   * Public bodies: an administrative chain (short unit names, so a person before it is not
   * swallowed) + a body.
   */
  /**
   * Characters a place name does not contain: they would let a unit swallow the words before it.
   */
  // 系 is the copula (证人某某系检查站附近商店经营者): no body's name runs across it
  private static final String PLACE = "[\\p{IsHan}&&[^在于到从向被将把的了与和及是为以对经由等称说回带去往至进入出送押赴找来返抵系]]";

  private static final Pattern INSTITUTION =
      Pattern.compile(
          "(?:"
              + PLACE
              + "{2,5}?(?:省|自治区|市|自治州|地区|盟)|"
              // 江华瑶族自治县, 湘西土家族苗族自治州: the peoples' names make these longer than a county's
              + "[\\p{IsHan}&&[^系人证是为在于的与和及]]{2,4}?(?:\\p{IsHan}{1,3}族){1,4}自治[县州]|"
              + PLACE
              + "{1,4}?(?:县|区)|"
              // 科尔沁左翼中旗: a banner's name runs longer than a county's
              + PLACE
              + "{1,8}?旗)*"
              + "(?:人民检察院|人民法院|中级人民法院|高级人民法院|公安局|公安分局|国家安全局|海关缉私局|海关|监狱|看守所|拘留所"
              + "|司法鉴定中心|人民医院|中医院|司法局|应急管理局|市场监督管理局|税务局|人民政府|"
              + Departments.PATTERN
              + "|"
              + PLACE
              + "{2,5}?(?:街道办事处|人民调解委员会|居民委员会|村民委员会|镇人民政府|乡人民政府|管理委员会|派出所|边境派出所|检查站|司法所|卫生院)"
              // 委托吉林公正司法鉴定中心: a forensic appraisal institution under its own name, not the verb
              // before it
              + "|(?:(?![委托请交送])"
              + PLACE
              + "){2,8}?司法鉴定(?:中心|所))"
              + "(?:"
              + PLACE
              + "{2,4}?(?:分局|派出所|大队|支队|中队|分院)"
              // 于都县人民政府禾丰镇征地办公室: a county government's office for a town is a public body
              + "|(?:"
              + PLACE
              + "{2,4}?(?:镇|乡|街道))?"
              + PLACE
              + "{2,6}?办公室)*");
  private static final Pattern DEFENDER =
      Pattern.compile(
          "(?:辩护人|指定辩护人)(" + NAME + ")(?=[，,。；;、的及和]|提出|认为|发表|到场|在场|意见|$|[（(](?!系|是|被告|犯罪嫌疑人|其))");

  private static final List<String> INSTITUTION_ANCHORS =
      List.of(
          "检察院", "法院", "公安", "国家安全局", "海关", "缉私局", "监狱", "看守所", "拘留所", "鉴定中心", "鉴定所", "医院", "司法局",
          "管理局", "税务局", "人民政府", "办事处", "局", "大队", "支队", "委员会", "派出所", "检查站", "司法所", "卫生院");
  private static final Pattern AMOUNT =
      Pattern.compile("\\d[\\d,，.]*(?:\\.\\d+)?余?(?:万|亿)?(?:余)?元|[零一二三四五六七八九十百千万亿]+余?元");
  private static final Pattern DATE =
      Pattern.compile("\\d{4}年\\d{1,2}月(?:\\d{1,2}日)?(?:\\d{1,2}时(?:\\d{1,2}分)?(?:许)?)?");
  private static final Pattern BORN_AFTER = Pattern.compile("^\\s*(?:出生|生)");
  private static final Pattern BORN_BEFORE =
      Pattern.compile(
          "(?:[男女][，,]|出生于|(?<![发产])生于|出生日期(?:为|是)?[：:]?|出生年月(?:为|是)?[：:]?|生日(?:为|是)?[：:]?"
              // 1943年农历八月初六出生（公历1943年9月5日）: the same birth in the other calendar
              + "|出生[（(](?:公历|阳历|新历|即)?)\\s*$");

  private Protections() {}

  /** Titles as signatures write them, also with spaces between the characters (检 察 员：). */
  private static String spaced(List<String> titles) {
    return titles.stream()
        .map(t -> String.join("[ 　]?", t.split("")))
        .collect(Collectors.joining("|"));
  }

  record Result(Protected ranges, Set<String> keptNames) {}

  static Result find(String text) {
    Protected ranges = new Protected();
    Set<String> kept = new LinkedHashSet<>();
    keepOfficials(new Scan(OFFICIAL, text), text, ranges, kept);
    JoinedOfficials.keep(text, ranges, kept);
    SignatureColumns.keep(text, ranges, kept);
    keep(new Scan(DUTY_LAWYER, text), ranges, kept, "lawyer");
    MinorityOfficials.keep(text, ranges, kept);
    OfficialsAtWork.keep(text, ranges, kept);
    keepNamedOfficials(text, ranges, kept);
    keepDefenders(text, ranges, kept);
    BodyHeads.keep(text, ranges, kept);
    ReferredBodies.keep(text, ranges, kept);
    ContactLines.keep(text, ranges, kept);
    PublicBodyParties.keep(text, ranges);
    Scan counselScan = new Scan(COUNSEL_LAWYER, text);
    Matcher counsel = counselScan.matcher();
    while (counselScan.find()) {
      for (String name : counsel.group(1).split("、")) {
        kept.add(name);
      }
      ranges.add(counsel.start(1), counsel.end(1), "lawyer");
    }
    protect(LAW_FIRM, text, List.of("律师事务所"), 32, 2, ranges, "law-firm");
    CaseNumbers.protect(text, ranges);
    protect(STATUTE, text, List.of("《", "第"), 2, 64, ranges, "statute");
    protect(AMOUNT, text, List.of("元"), 24, 1, ranges, "amount");
    Windows.find(
        INSTITUTION,
        text,
        INSTITUTION_ANCHORS,
        36,
        16,
        institutionStarts(text),
        m -> ranges.add(m.start(), m.end(), "institution"));
    Windows.find(
        CHARGE,
        text,
        List.of("罪"),
        48,
        1,
        m -> {
          if (!NOT_A_CHARGE.matcher(m.group()).find()) {
            ranges.add(m.start(), m.end(), "charge");
          }
        });
    Scan dateScan = new Scan(DATE, text);
    Matcher date = dateScan.matcher();
    while (dateScan.find()) {
      if (!isBirthDate(text, date.start(), date.end())) {
        ranges.add(date.start(), date.end(), "date");
      }
    }
    return new Result(ranges, kept);
  }

  /** What an institution is written with: place characters and the pattern's own words. */
  private static final Pattern PLACE_CHAR = Pattern.compile(PLACE);

  private static final String INSTITUTION_WORDS = INSTITUTION.pattern().replace(PLACE, "");
  private static final byte[] INSTITUTION_CHARS = new byte[Character.MAX_VALUE + 1];

  /**
   * Where an institution can start: at a run of what it is written with that reaches an anchor (公安,
   * 法院…: every body contains one, which is why the pattern runs in their windows). The other
   * offsets of a window cannot start one, and trying the pattern's chains of lazy place names there
   * cost a sixth of the engine's time.
   */
  private static IntPredicate institutionStarts(String text) {
    int n = text.length();
    int[] nextAnchor = new int[n + 1];
    Arrays.fill(nextAnchor, Integer.MAX_VALUE);
    for (String anchor : INSTITUTION_ANCHORS) {
      for (int at = text.indexOf(anchor); at >= 0; at = text.indexOf(anchor, at + 1)) {
        nextAnchor[at] = at;
      }
    }
    int[] nextOther = new int[n + 1];
    nextOther[n] = n;
    for (int i = n - 1; i >= 0; i--) {
      nextAnchor[i] = Math.min(nextAnchor[i], nextAnchor[i + 1]);
      nextOther[i] = institutionChar(text.charAt(i)) ? nextOther[i + 1] : i;
    }
    return s -> s < n && nextAnchor[s] <= nextOther[s];
  }

  private static boolean institutionChar(char c) {
    if (Character.isSurrogate(c)) {
      return true;
    }
    // filled as met (the pattern's words are thousands of characters: no search per character of
    // every document); a race only computes the same value twice
    byte known = INSTITUTION_CHARS[c];
    if (known == 0) {
      boolean member =
          INSTITUTION_WORDS.indexOf(c) >= 0 || PLACE_CHAR.matcher(String.valueOf(c)).matches();
      known = member ? (byte) 1 : (byte) 2;
      INSTITUTION_CHARS[c] = known;
    }
    return known == 1;
  }

  /** A date is a birth date when 出生/生 follows it or 男，/女，/出生于 precedes it. */
  static boolean isBirthDate(String text, int start, int end) {
    String after = text.substring(end, Math.min(text.length(), end + 3));
    String before = text.substring(Math.max(0, start - 6), start);
    return BORN_AFTER.matcher(after).find() || BORN_BEFORE.matcher(before).find();
  }

  private static void protect(
      Pattern p,
      String text,
      List<String> anchors,
      int before,
      int after,
      Protected ranges,
      String kind) {
    Windows.find(p, text, anchors, before, after, m -> ranges.add(m.start(), m.end(), kind));
  }

  /**
   * A defender is kept as a lawyer unless the document makes them a relative (RULES.md: a close
   * relative who defends is a private person): in their own clause (辩护人X，系被不起诉人之母) or by a kinship
   * word right before their name anywhere (其母X, 之父X).
   */
  private static void keepDefenders(String text, Protected ranges, Set<String> kept) {
    Scan scan = new Scan(DEFENDER, text);
    Matcher m = scan.matcher();
    Map<String, Boolean> kin = new HashMap<>();
    while (scan.find()) {
      String name = m.group(1);
      int end = m.end(1);
      if (RelativeDefenders.relative(text, name, end, kin)) {
        continue;
      }
      kept.add(name);
      ranges.add(m.start(1), end, "lawyer");
      for (Matcher next = LISTED_DEFENDER.matcher(text);
          next.region(end, text.length()).lookingAt()
              && Lexicon.isSurname(next.group(1).charAt(0))
              && next.group(1).indexOf('人') < 0
              && !RelativeDefenders.relative(text, next.group(1), next.end(1), kin);
          end = next.end(1)) {
        kept.add(next.group(1)); // 辩护人X、Y的意见: the defenders a list names together
        ranges.add(next.start(1), next.end(1), "lawyer");
      }
    }
  }

  private static final Pattern LISTED_DEFENDER =
      Pattern.compile("、(" + NAME + ")(?=[，,。；;、的及和]|提出|认为|发表|意见)");

  /**
   * 联系人：韦某（检察官）: a name a bracket calls an official acts in that capacity and is kept. The brackets
   * are found by indexOf: no scan of every offset for a name that might precede one.
   */
  private static void keepNamedOfficials(String text, Protected ranges, Set<String> kept) {
    for (String title : BRACKETED_TITLES) {
      for (int at = text.indexOf(title); at >= 0; at = text.indexOf(title, at + 1)) {
        int end = at + title.length();
        if (at < 3
            || "（(".indexOf(text.charAt(at - 1)) < 0
            || end >= text.length()
            || "）)".indexOf(text.charAt(end)) < 0) {
          continue;
        }
        int close = at - 1;
        int start = close;
        while (start > 0 && close - start < 4 && Lexicon.isHan(text.charAt(start - 1))) {
          start--;
        }
        if (close - start >= 2) {
          kept.add(text.substring(start, close));
          ranges.add(start, close, "official");
        }
      }
    }
  }

  private static void keepOfficials(Scan scan, String text, Protected ranges, Set<String> kept) {
    Matcher m = scan.matcher();
    while (scan.find()) {
      List<String> names = Arrays.asList(m.group(1).split("、"));
      if (CLOSE_END.matcher(text).region(m.end(1), text.length()).lookingAt()
          && !names.stream().allMatch(n -> JoinedOfficials.aName(n) && !afterPreposition(n))) {
        continue;
      }
      kept.addAll(names);
      ranges.add(m.start(1), m.end(1), "official");
    }
  }

  private static boolean afterPreposition(String name) {
    return name.length() >= 3 && PREPOSITIONS.indexOf(name.charAt(0)) >= 0;
  }

  static void keep(Scan scan, Protected ranges, Set<String> kept, String kind) {
    Matcher m = scan.matcher();
    while (scan.find()) {
      kept.addAll(Arrays.asList(m.group(1).split("、")));
      ranges.add(m.start(1), m.end(1), kind);
    }
  }
}
