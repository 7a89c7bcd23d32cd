package org.sunshine.redaction;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Officials named through a body the text refers back to: 该院院长X, 法定代表人：X，该院院长, 你院执行人员X. 该院 is
 * whatever 院 the text named last (一审法院…，该院; 向X人民检察院申请监督，该院), 你院 the addressee of the letter (X人民法院：
 * under the file number) and 本院 the author. Only a court's or a procuratorate's staff are kept: a
 * hospital's or a school's head (孝感市中心医院…，该院院长) is no official of a public body and stays a person,
 * as a company's 法定代表人 does.
 */
final class ReferredBodies {

  private static final String HAN = "\\p{IsHan}";

  /** A name after the title: two or three characters, or a minority name of up to six. */
  private static final String NAME = "(" + HAN + "{2,6}?)";

  /** What ends such a name: a delimiter or what the official did next. */
  private static final String END =
      "(?=[\\s　，,。；;、（(）)：:]|$|在|于|的|将|对|向|已|未|作出|表示|称|提出|认为|答复|主持|负责|带领|依法|违法)";

  /**
   * 该院院长X, 你院执行人员X, 某某县人民法院执行法官X: a court's enforcement staff act for it as its judges do
   * (民事诉讼法第二百三十五条: 执行工作由执行员进行), and its or a procuratorate's president heads a public body.
   */
  private static final Pattern TITLE_THEN_NAME =
      Pattern.compile(
          "(该院|你院|本院|人民法院|人民检察院)的?(?:副?院长|副?检察长|执行局副?局长|执行(?:人员|干警|法官|员))" + NAME + END);

  /**
   * 执行人员X without a body before it, where the text names a court: only a court's enforcement staff
   * carry the title (a 被执行人 is the party enforced against, an 申请执行人 the one who asked).
   */
  private static final Pattern ENFORCEMENT_STAFF =
      Pattern.compile("(?<![被请])执行(?:人员|干警|法官|员)" + NAME + END);

  /** 该院执行局局长X、副局长Y: the next of a list over 、, with or without a title of its own. */
  private static final Pattern LISTED =
      Pattern.compile("、(?:副?院长|副?检察长|副?局长|执行(?:人员|干警|法官|员))?" + NAME + END);

  /** 法定代表人：X，该院院长: the head named before the title that refers back to the body. */
  private static final Pattern NAME_THEN_TITLE =
      Pattern.compile(
          "(?:法定代表人|主要负责人|负责人)[：:\\s]*"
              + NAME
              + "[，,]\\s*(该院|你院|本院)(?:代理|代|副)?(?:院长|检察长)(?=[，,。；;）)\\s]|$)");

  /** A body that ends in 院 and is a court or a procuratorate; the others (医院, 学院…) are not. */
  private static final List<String> PUBLIC_COURTS = List.of("法院", "检察院");

  private static final List<String> OTHER_院 =
      List.of("医院", "卫生院", "学院", "研究院", "设计院", "福利院", "养老院", "敬老院", "疗养院", "科学院", "戏院", "影院");

  /** The addressee of a letter: an institution's name alone on its line, closed by a colon. */
  private static final Pattern ADDRESSEE =
      Pattern.compile("(?m)^[\\s　]*(" + HAN + "{2,30}?)[：:][\\s　]*$");

  private ReferredBodies() {}

  static void keep(String text, Protected ranges, Set<String> kept) {
    if (text.indexOf('院') < 0) {
      return;
    }
    for (Pattern p : List.of(TITLE_THEN_NAME, NAME_THEN_TITLE)) {
      Scan scan = new Scan(p, text);
      Matcher m = scan.matcher();
      while (scan.find()) {
        int nameGroup = p == TITLE_THEN_NAME ? 2 : 1;
        int bodyGroup = p == TITLE_THEN_NAME ? 1 : 2;
        String name = m.group(nameGroup);
        if (!aName(name) || !aCourtOrProcuratorate(text, m.group(bodyGroup), m.start(bodyGroup))) {
          continue;
        }
        keepListed(text, m.start(nameGroup), m.end(nameGroup), ranges, kept);
      }
    }
    if (text.contains("人民法院")) {
      Scan scan = new Scan(ENFORCEMENT_STAFF, text);
      Matcher m = scan.matcher();
      while (scan.find()) {
        if (aName(m.group(1)) && aCourtsStaff(text, m.start())) {
          keepListed(text, m.start(1), m.end(1), ranges, kept);
        }
      }
    }
  }

  /**
   * The title at {@code at} is a court's: the letter is addressed to a court, or a court or its
   * enforcement bureau stands in the forty characters before — and no firm does in the title's own
   * clause (宏达物业公司执行员X is the company's).
   */
  private static boolean aCourtsStaff(String text, int at) {
    String before = text.substring(Math.max(0, at - 40), at);
    String clause = before.substring(Math.max(0, lastClauseBreak(before) + 1));
    if (FIRM.matcher(clause).find()) {
      return false;
    }
    return before.contains("法院") || before.contains("执行局") || court(addressedTo(text, at));
  }

  private static final Pattern FIRM = Pattern.compile("公司|单位|厂|集团|企业|物业|商行|门店");

  private static int lastClauseBreak(String s) {
    int last = -1;
    for (int i = 0; i < s.length(); i++) {
      if ("，,。；;：:\n".indexOf(s.charAt(i)) >= 0) {
        last = i;
      }
    }
    return last;
  }

  /**
   * The letter's addressee above {@code at}: the first line that is a 院's name alone, closed by a
   * colon (X人民法院：); a letter names it once, at its head. Null when there is none.
   */
  private static String addressedTo(String text, int at) {
    Matcher m = ADDRESSEE.matcher(text).region(0, at);
    while (m.find()) {
      if (m.group(1).endsWith("院")) {
        return m.group(1);
      }
    }
    return null;
  }

  /** The official's name from {@code start} to {@code end}, and those a 、 lists after it. */
  private static void keepListed(
      String text, int start, int end, Protected ranges, Set<String> kept) {
    kept.add(text.substring(start, end));
    ranges.add(start, end, "official");
    Matcher next = LISTED.matcher(text);
    for (int at = end;
        next.region(at, text.length()).lookingAt() && aName(next.group(1));
        at = next.end(1)) {
      kept.add(next.group(1));
      ranges.add(next.start(1), next.end(1), "official");
    }
  }

  /** A Han name (a surname and one or two characters) or a minority name of its elements. */
  private static boolean aName(String name) {
    if (name.length() <= 3) {
      return Lexicon.isSurname(name.charAt(0))
          && name.indexOf('某') < 0
          && !Vocabulary.commonWord(name.substring(0, 2));
    }
    return MinorityNames.whole(name) || MinorityNames.endedRun(name);
  }

  private static boolean aCourtOrProcuratorate(String text, String body, int at) {
    return switch (body) {
      case "本院", "人民法院", "人民检察院" -> true;
      case "你院" -> court(addressee(text, at));
      default -> court(lastBodyBefore(text, at));
    };
  }

  private static boolean court(String body) {
    return body != null && PUBLIC_COURTS.stream().anyMatch(body::endsWith);
  }

  /**
   * The letter's addressee above {@code at}, or the last body named before it when there is none.
   */
  static String addressee(String text, int at) {
    String line = addressedTo(text, at);
    return line != null ? line : lastBodyBefore(text, at);
  }

  /**
   * The last 院 named before {@code at}: the suffix of a court, a procuratorate or another
   * institution (法院, 检察院, 医院…), not a reference (该院, 本院, 你院) nor a word (住院, 法院 of 向法院 counts).
   */
  static String lastBodyBefore(String text, int at) {
    for (int i = text.lastIndexOf('院', at - 1); i >= 1; i = text.lastIndexOf('院', i - 1)) {
      for (List<String> suffixes : List.of(PUBLIC_COURTS, OTHER_院)) {
        for (String suffix : suffixes) {
          int start = i + 1 - suffix.length();
          if (start >= 0 && text.startsWith(suffix, start)) {
            return suffix;
          }
        }
      }
    }
    return null;
  }
}
