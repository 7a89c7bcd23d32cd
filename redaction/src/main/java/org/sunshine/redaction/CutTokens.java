package org.sunshine.redaction;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Line breaks inside a token no author breaks, whatever the width of the line before: a label (统一社|
 * 会信用代码, Q|Q号), a licence plate (闽C5|K8N2), a date (1943年农历八|月初六) or a diagnosis (骨髓|炎, 创伤后应激| 障碍).
 * A PDF whose lines end every 18 to 40 characters has no page width to judge by, and the number
 * after a cut label, the plate, the date or the condition cut in two would otherwise be read as
 * nothing. Part of {@link Layout}.
 */
final class CutTokens {

  private CutTokens() {}

  /** Labels an identifier follows; a break inside one joins the lines. */
  private static final List<String> LABELS =
      List.of(
          "统一社会信用代码",
          "社会信用代码",
          "公民身份号码",
          "身份证号码",
          "身份证号",
          "护照号码",
          "联系电话",
          "手机号码",
          "银行卡号",
          "银行账号",
          "车牌号码",
          "车牌号",
          "微信号",
          "QQ号",
          "支付宝账号",
          "抖音号");

  /** How far either side of the break a token is read. */
  private static final int REACH = 8;

  static boolean across(String text, Layout.Line before, Layout.Line after) {
    int cut = Math.min(REACH, before.contentEnd() - before.contentStart());
    String tail = text.substring(before.contentEnd() - cut, before.contentEnd());
    String head =
        text.substring(
            after.contentStart(), Math.min(after.contentEnd(), after.contentStart() + REACH));
    String joined = Folded.fold(tail + head);
    return labelAcross(joined, cut)
        || across(Plates.PLATE, joined, cut)
        || across(DATE, joined, cut)
        || conditionAcross(joined, cut);
  }

  /**
   * A date in digits or in the lunar calendar's words (1943年农历八月初六, 正月十五), cut after its year or
   * inside its month or day.
   */
  private static final Pattern DATE =
      Pattern.compile(
          "\\d{1,4}年(?:农历|阴历)?(?:\\d{1,2}|[正一二三四五六七八九十冬腊]{1,2})月"
              + "(?:\\d{1,2}日|初[一二三四五六七八九十]|[十廿][一二三四五六七八九]|二十[一二三四五六七八九]?|三十)?");

  /** A condition of the health vocabulary ({@link HealthConditions}) the break falls inside. */
  private static boolean conditionAcross(String joined, int cut) {
    for (int[] c : HealthConditions.find(joined)) {
      if (c[0] < cut && c[1] > cut) {
        return true;
      }
    }
    return false;
  }

  private static boolean labelAcross(String joined, int cut) {
    for (String label : LABELS) {
      for (int at = joined.indexOf(label); at >= 0; at = joined.indexOf(label, at + 1)) {
        if (at < cut && at + label.length() > cut) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean across(Pattern token, String joined, int cut) {
    Matcher m = token.matcher(joined);
    while (m.find()) {
      if (m.start() < cut && m.end() > cut) {
        return true;
      }
    }
    return false;
  }
}
