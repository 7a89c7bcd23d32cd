package org.sunshine.redaction;

import java.util.List;
import java.util.regex.Matcher;

/**
 * Line breaks inside a token no author breaks, whatever the width of the line before: a label (统一社|
 * 会信用代码, Q|Q号) or a licence plate (闽C5|K8N2). A PDF whose lines end every 18 to 40 characters has
 * no page width to judge by, and the number after a cut label or the plate cut in two would
 * otherwise be read as nothing. Part of {@link Layout}.
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
    return labelAcross(joined, cut) || plateAcross(joined, cut);
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

  private static boolean plateAcross(String joined, int cut) {
    Matcher m = Plates.PLATE.matcher(joined);
    while (m.find()) {
      if (m.start() < cut && m.end() > cut) {
        return true;
      }
    }
    return false;
  }
}
