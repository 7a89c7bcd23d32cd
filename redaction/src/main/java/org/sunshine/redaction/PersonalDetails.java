package org.sunshine.redaction;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.common.Term;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Birth dates, ages, health conditions and the school details of minors. */
final class PersonalDetails {

  private static final Pattern DATE =
      Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月(?:\\s*(\\d{1,2})\\s*日)?");

  /**
   * Birth dates in other forms: 1990.05.03出生, 二〇〇七年三月五日出生, 2001年出生, and in the lunar calendar,
   * which older people give (1943年农历八月初六出生, 腊月廿三).
   */
  private static final Pattern OTHER_BIRTH =
      Pattern.compile(
          "(?:\\d{4}[.\\-/]\\d{1,2}[.\\-/]\\d{1,2}|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月(?:[一二三四五六七八九十]{1,3}日)?"
              + "|\\d{4}年(?:(?:农历|阴历)(?:闰)?[正一二三四五六七八九十冬腊]{1,2}月"
              + "(?:初[一二三四五六七八九十]|[十廿][一二三四五六七八九]|二十[一二三四五六七八九]?|[十廿三]十)?)?)"
              + "(?=\\s*(?:出生|生))");

  private static final Pattern AGE =
      Pattern.compile(
          "(?<=[，,（(、：:]|年龄|现年|时年|今年)\\s*(\\d{1,3})\\s*(?:周)?岁(?![以半])"
              // 原告X现年八十六岁: an age in words after the word that states it, which RULES.md masks
              // as it masks one in digits (the person of a civil case is found by it)
              + "|(?<=年龄|现年|时年|今年|年仅|享年)([一二两三四五六七八九十]{1,4})(?:周)?岁(?![以半])");
  private static final Pattern HEALTH =
      Pattern.compile(
          "(?:患有|患|罹患|身患|诊断为|确诊为|诊断患有|被诊断出|查出|确诊|检出)(\\p{IsHan}{1,12}?"
              + "(?:症|病|炎|癌|瘤|综合征|综合症|后遗症|障碍|衰竭|梗塞|梗死|硬化|瘫痪|残疾|阳性|HIV|艾滋病|(?<=[高低])血压|(?<=高)血[脂糖]|贫血)"
              // a grade or stage belongs to the condition (高血压三级, 肺癌晚期)
              + "(?:[一二三四1-4]级|[ⅠⅡⅢⅣ]+[级期]|[一二三四1-4]期|[早中晚]期|[12一二]型)?)"
              + "(?=[，,。；;、）)]|$|\\s|，|等)");
  private static final Pattern MINOR_SCHOOL =
      Pattern.compile(
          // the school's name holds no word of the sentence before it (阿某目前已返回某市第五中学初二: from 某市)
          "(?:系|是|为|就读于|在读于)?[\\p{IsHan}&&[^在到被将把的了与及是以对由等已回返读]]{0,14}?"
              + "(?:小学|初级中学|中学|初中|高中|学校|幼儿园|中专|职高)"
              + "(?:\\p{IsHan}{0,4}?(?:[一二三四五六七八九]年级|初[一二三]|高[一二三])"
              + "(?:\\d{1,2}班|[（(]\\d{1,2}[）)]班|[一二三四五六七八九十]+班)?(?:学生|在读)?"
              // a pupil of the school, no grade given (某市第三中学学生): a child's school all the same
              + "|学生)");

  /**
   * 就读于某某镇第二小学, 在某某县民族寄宿制学校就读: the school a pupil attends, grade or none, tells where a child is
   * found each day (a university or college is no child's).
   */
  private static final Pattern ENROLLED =
      Pattern.compile(
          "(?:就读于|在读于)([\\p{IsHan}]{2,16}?(?:小学|初级中学|中学|初中|高中|学校|幼儿园))"
              + "|在([\\p{IsHan}&&[^在到被将把的了与及是以对由等已回返读]]{2,16}?(?:小学|初级中学|中学|初中|高中|学校|幼儿园))"
              + "(?:就读|上学|读书|寄宿)");

  private PersonalDetails() {}

  /**
   * Where a school's name starts: after the county-level prefix wherever it stands in the match
   * (已返回锡林浩特市第五中学初二: the city is a place and stays), else at the start.
   */
  private static int schoolStart(String s, int from, int to) {
    from = afterLastVerbOrTime(s, from, to);
    for (int p = from; p < to; p++) {
      int end = AdminPrefix.end(s, p);
      if (end > p) {
        return end;
      }
    }
    return from;
  }

  /**
   * The school's name starts after the last verb or time word of the run before it (2024年11月18日下午
   * 接送西江镇某小学学生: 西江镇某小学学生), which the sentence, not the name, holds.
   */
  private static int afterLastVerbOrTime(String s, int from, int to) {
    Matcher school = SCHOOL_WORD.matcher(s).region(from, to);
    if (!school.find()) {
      return from;
    }
    int start = from;
    for (Term t : HanLP.newSegment().enableOffset(true).seg(s.substring(from, school.start()))) {
      String nature = t.nature.toString();
      if (nature.equals("v") || nature.startsWith("t")) {
        start = from + t.offset + t.word.length();
      }
    }
    return start;
  }

  private static final Pattern SCHOOL_WORD = Pattern.compile("小学|初级中学|中学|初中|高中|学校|幼儿园|中专|职高");

  static final Pattern BIRTH_HEADER = Pattern.compile("出生(?:日期|年月|时间)|生日|出生");

  private static final Pattern TABLE_DATE =
      Pattern.compile("\\d{4}\\s*[-./年]\\s*\\d{1,2}(?:\\s*[-./月]\\s*\\d{1,2}\\s*日?|\\s*月)?");

  /** A condition right before these names a hospital or institute (肿瘤医院, 精神病防治院), no patient. */
  private static final Pattern NAMES_A_BODY =
      Pattern.compile("(?:专科)?医院|防治院|防治所|防治中心|研究所|研究院|医学中心|防治站");

  static void find(
      String folded, String original, Protected kept, RedactionPolicy policy, Findings out) {
    if (policy.masks(Category.BIRTH_DATE)) {
      Scan scan = new Scan(DATE, folded);
      Matcher m = scan.matcher();
      while (scan.find()) {
        if (Protections.isBirthDate(folded, m.start(), m.end())) {
          String mask = m.group(3) == null ? "****年**月" : "****年**月**日";
          out.add(
              m.start(), m.end(), original, Category.BIRTH_DATE, null, "birth-date", 0.97, mask);
        }
      }
    }
    if (policy.masks(Category.BIRTH_DATE)) {
      Scan scan = new Scan(OTHER_BIRTH, folded);
      Matcher other = scan.matcher();
      while (scan.find()) {
        out.add(
            other.start(),
            other.end(),
            original,
            Category.BIRTH_DATE,
            null,
            "birth-date",
            0.9,
            "****年**月**日");
      }
    }
    if (policy.masks(Category.BIRTH_DATE)) {
      // a table's 出生日期 column: its dates are birth dates in whatever form (1968-02-11)
      for (int[] cell : TableColumns.cells(folded, BIRTH_HEADER)) {
        if (TABLE_DATE.matcher(folded).region(cell[0], cell[1]).matches()) {
          out.add(
              cell[0],
              cell[1],
              original,
              Category.BIRTH_DATE,
              null,
              "birth-date-column",
              0.9,
              "****年**月**日");
        }
      }
    }
    if (policy.masks(Category.BIRTH_DATE)) {
      for (BirthDateRows.Born b : BirthDateRows.find(folded)) {
        out.add(
            b.start(),
            b.end(),
            original,
            Category.BIRTH_DATE,
            null,
            "birth-date-row",
            0.85,
            "****年**月**日");
      }
    }
    if (policy.masks(Category.AGE)) {
      // after the lookbehind: spaces or the digits of the age
      Scan scan = new Scan(AGE, folded);
      Matcher m = scan.matcher();
      while (scan.find()) {
        int g = m.start(1) >= 0 ? 1 : 2;
        if (!kept.overlaps(m.start(g), m.end(g))) {
          out.add(m.start(g), m.end(g), original, Category.AGE, null, "age", 0.8, "**");
        }
      }
    }
    if (policy.masks(Category.HEALTH)) {
      Windows.find(
          HEALTH,
          folded,
          List.of("患", "诊断", "确诊", "查出", "检出"),
          4,
          20,
          m ->
              out.add(
                  m.start(1),
                  m.end(1),
                  original,
                  Category.HEALTH,
                  null,
                  "health-condition",
                  0.85,
                  "**"));
      for (int[] t : HealthConditions.find(folded)) {
        if (!kept.overlaps(t[0], t[1])
            && !NAMES_A_BODY.matcher(folded).region(t[1], folded.length()).lookingAt()) {
          out.add(t[0], t[1], original, Category.HEALTH, null, "health-lexicon", 0.8, "**");
        }
      }
    }
    if (policy.masks(Category.MINOR_INFO)) {
      enrolled(folded, original, kept, out);
      Windows.find(
          MINOR_SCHOOL,
          folded,
          List.of("年级", "初一", "初二", "初三", "高一", "高二", "高三", "学学生", "校学生", "专学生", "高学生"),
          30,
          8,
          m -> {
            int start = m.start();
            for (String lead : List.of("就读于", "在读于", "系", "是", "为")) {
              if (folded.startsWith(lead, start)) {
                start += lead.length();
                break;
              }
            }
            start = schoolStart(folded, start, m.end());
            if (start < m.end()) {
              out.add(
                  start,
                  m.end(),
                  original,
                  Category.MINOR_INFO,
                  null,
                  "school-and-grade",
                  0.8,
                  "**");
            }
          });
    }
  }

  private static void enrolled(String folded, String original, Protected kept, Findings out) {
    // most documents name no pupil: the scan (which starts at every 在) runs only where one may be
    if (!folded.contains("读") && !folded.contains("上学") && !folded.contains("寄宿")) {
      return;
    }
    Scan scan = new Scan(ENROLLED, folded);
    Matcher m = scan.matcher();
    while (scan.find()) {
      int group = m.group(1) != null ? 1 : 2;
      int start = schoolStart(folded, m.start(group), m.end(group));
      if (start < m.end(group) && !kept.overlaps(start, m.end(group))) {
        out.add(
            start, m.end(group), original, Category.MINOR_INFO, null, "school-enrolled", 0.8, "**");
      }
    }
  }
}
