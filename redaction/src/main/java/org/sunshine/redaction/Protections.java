package org.sunshine.redaction;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what must never be masked: the names of procurators, judges, clerks and lawyers acting in
 * their capacity, law firms, institutions, document and case numbers, statutes, charges, amounts
 * and procedural dates.
 */
final class Protections {

  private static final String HAN = "\\p{IsHan}";
  private static final String NAME = "(?:" + HAN + "{1,8}(?:·" + HAN + "{1,10})+|" + HAN + "{2,4})";
  private static final String END = "(?=[\\s　，。；、）)（(]|$)";

  private static final Pattern OFFICIAL =
      Pattern.compile(
          "(?:" + String.join("|", Lexicon.OFFICIAL_TITLES) + ")[ 　\\t：:]*(" + NAME + ")" + END,
          Pattern.MULTILINE);
  private static final Pattern DUTY_LAWYER =
      Pattern.compile("(?:值班律师|法律援助律师|律师)(" + HAN + "{2,3}?)(?=的|提出|认为|在|，|。|、|（|到场|见证|发表)");
  private static final Pattern COUNSEL_LAWYER =
      Pattern.compile(
          "(?:辩护人|诉讼代理人|委托代理人)((?:"
              + NAME
              + "、)*"
              + NAME
              + ")(?=[，,（(]\\s*"
              + HAN
              + "{2,30}?律师事务所)");
  private static final Pattern LAW_FIRM = Pattern.compile(HAN + "{2,30}?律师事务所(?:律师)?");
  private static final Pattern CASE_NUMBER =
      Pattern.compile(
          "(?:"
              + HAN
              + "{1,14}[〔\\[［]\\d{4}[〕\\]］]["
              + HAN
              + "A-Za-z0-9\\-]{0,14}?号)"
              + "|(?:[（(]\\d{4}[）)]["
              + HAN
              + "A-Za-z0-9]{1,24}?号)");
  private static final Pattern STATUTE =
      Pattern.compile(
          "《[^》\\n]{2,60}》(?:第[零〇一二三四五六七八九十百千]+条(?:之[一二三四五六七八九十]+)?)?"
              + "|第[零〇一二三四五六七八九十百千]+条(?:之[一二三四五六七八九十]+)?(?:第[一二三四五六七八九十]+款)?"
              + "(?:第[（(][一二三四五六七八九十]+[）)]项)?");
  private static final Pattern CHARGE =
      Pattern.compile(
          "(?<=涉嫌|(?<!侵)犯|构成|定性为|以涉嫌)(?:" + HAN + "{1,20}、)*" + HAN + "{2,20}?罪(?!犯|名|行)");
  private static final Pattern NOT_A_CHARGE = Pattern.compile("嫌疑|被告|涉嫌|被害|被不起诉|证人|人员");

  /**
   * Public bodies: an administrative chain (short unit names, so a person before it is not
   * swallowed) + a body.
   */
  private static final Pattern INSTITUTION =
      Pattern.compile(
          "(?:"
              + HAN
              + "{2,5}?(?:省|自治区|市|自治州|地区|盟)|"
              + HAN
              + "{1,4}?(?:县|区|旗))*"
              + "(?:人民检察院|人民法院|中级人民法院|高级人民法院|公安局|公安分局|国家安全局|海关缉私局|海关|监狱|看守所|拘留所"
              + "|司法鉴定中心|人民医院|中医院|司法局|应急管理局|市场监督管理局|税务局|人民政府)"
              + "(?:"
              + HAN
              + "{2,4}?(?:分局|派出所|大队|支队|中队|分院))*");

  private static final Pattern AMOUNT =
      Pattern.compile("\\d[\\d,，.]*(?:\\.\\d+)?余?(?:万|亿)?(?:余)?元|[零一二三四五六七八九十百千万亿]+余?元");
  private static final Pattern DATE =
      Pattern.compile("\\d{4}年\\d{1,2}月(?:\\d{1,2}日)?(?:\\d{1,2}时(?:\\d{1,2}分)?(?:许)?)?");
  private static final Pattern BORN_AFTER = Pattern.compile("^\\s*(?:出生|生)");
  private static final Pattern BORN_BEFORE =
      Pattern.compile("(?:[男女][，,]|出生于|生于|出生日期[：:]?|生日[：:]?)\\s*$");

  private Protections() {}

  record Result(Protected ranges, Set<String> keptNames) {}

  static Result find(String text) {
    Protected ranges = new Protected();
    Set<String> kept = new LinkedHashSet<>();
    keep(OFFICIAL, text, ranges, kept, "official");
    keep(DUTY_LAWYER, text, ranges, kept, "lawyer");
    Matcher counsel = COUNSEL_LAWYER.matcher(text);
    while (counsel.find()) {
      for (String name : counsel.group(1).split("、")) {
        kept.add(name);
      }
      ranges.add(counsel.start(1), counsel.end(1), "lawyer");
    }
    for (Pattern p : new Pattern[] {LAW_FIRM, CASE_NUMBER, STATUTE, CHARGE, AMOUNT, INSTITUTION}) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        if (p != CHARGE || !NOT_A_CHARGE.matcher(m.group()).find()) {
          ranges.add(m.start(), m.end(), p == CHARGE ? "charge" : "kept");
        }
      }
    }
    Matcher date = DATE.matcher(text);
    while (date.find()) {
      if (!isBirthDate(text, date.start(), date.end())) {
        ranges.add(date.start(), date.end(), "date");
      }
    }
    return new Result(ranges, kept);
  }

  /** A date is a birth date when 出生/生 follows it or 男，/女，/出生于 precedes it. */
  static boolean isBirthDate(String text, int start, int end) {
    String after = text.substring(end, Math.min(text.length(), end + 3));
    String before = text.substring(Math.max(0, start - 6), start);
    return BORN_AFTER.matcher(after).find() || BORN_BEFORE.matcher(before).find();
  }

  private static void keep(
      Pattern p, String text, Protected ranges, Set<String> kept, String kind) {
    Matcher m = p.matcher(text);
    while (m.find()) {
      kept.add(m.group(1));
      ranges.add(m.start(1), m.end(1), kind);
    }
  }
}
