package org.sunshine.redaction;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.common.Term;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The 字号 of a defendant, non-prosecuted or victim company is masked, its region, trade and form
 * kept (厦门鹭通进出口贸易有限公司 → 厦门**进出口贸易有限公司), wherever the full name or its short form (鹭通公司) appears.
 * Public bodies and banks are never touched.
 */
final class CompanyNames {

  private static final Pattern INTRODUCED =
      Pattern.compile(
          "(?m)^[\\s　]*(?:被告单位|被不起诉单位|被害单位|犯罪嫌疑单位|原审被告单位)[一二三四五六七八九]?[：:]?"
              + "(\\p{IsHan}{4,30}?(?:股份有限公司|有限责任公司|有限公司|公司|厂|合作社|商行|经营部|店))(?=[，,（(。；、]|$)");
  private static final Pattern PUBLIC = Pattern.compile("^中国|银行|人民政府|检察院|法院|公安|医院|学校|大学");

  /** Words that make the match a sentence (被告单位在黄河边设厂), not a name. */
  private static final Pattern NOT_A_NAME = Pattern.compile("[在于的将和与把被]");

  private CompanyNames() {}

  static void find(
      String folded, String original, Protected kept, RedactionPolicy policy, Findings out) {
    if (!policy.masks(Category.COMPANY_NAME)) {
      return;
    }
    Scan mScan = new Scan(INTRODUCED, folded);
    Matcher m = mScan.matcher();
    while (mScan.find()) {
      String name = m.group(1);
      if (PUBLIC.matcher(name).find() || NOT_A_NAME.matcher(name).find()) {
        continue;
      }
      int[] tradeName = tradeName(name);
      if (tradeName == null) {
        continue;
      }
      // A defined short form (以下简称鹭通公司) gives the exact 字号 when it overlaps where it should be;
      // one naming the trade (以下简称贸易公司) does not.
      int[] defined = shortForm(folded, m.end(1), name);
      if (defined != null && defined[0] < tradeName[1] && tradeName[0] < defined[1]) {
        tradeName = defined;
      }
      String trade = name.substring(tradeName[0], tradeName[1]);
      String masked = name.substring(0, tradeName[0]) + "**" + name.substring(tradeName[1]);
      replaceAll(folded, original, name, masked, kept, out);
      for (String suffix : List.of("公司", "厂", "集团")) {
        replaceAll(folded, original, trade + suffix, "**" + suffix, kept, out);
      }
    }
  }

  private static final Pattern SHORT_FORM =
      Pattern.compile("^[（(](?:以下简称|下称|简称)[“\"]?(\\p{IsHan}{2,8}?)(?:公司|厂|集团)[”\"]?[）)]");

  /** The short form a document defines for the company, when its words are inside the name. */
  private static int[] shortForm(String text, int after, String name) {
    Matcher m = SHORT_FORM.matcher(text.substring(after, Math.min(text.length(), after + 24)));
    if (!m.find()) {
      return null;
    }
    int at = name.indexOf(m.group(1));
    return at < 0 ? null : new int[] {at, at + m.group(1).length()};
  }

  /**
   * Where the 字号 is: after the region, two characters. The region is the leading run of places
   * HanLP knows (南昌, 北京市海淀区); the administrative-prefix pattern is only the fallback, since on its
   * own it reads 南昌洪兴市 in 南昌洪兴市政工程 as a city.
   */
  static int[] tradeName(String name) {
    int start = 0;
    for (Term term : HanLP.newSegment().enablePlaceRecognize(true).seg(name)) {
      boolean place = term.nature.toString().startsWith("ns");
      // the first place may be a bare city (南昌, 厦门); after it only administrative units count, so
      // the 黄河 of 昆山黄河物流 is the 字号
      boolean administrative = "省市区县州盟旗镇乡".indexOf(term.word.charAt(term.word.length() - 1)) >= 0;
      if (!place || start > 0 && !administrative) {
        break;
      }
      start += term.word.length();
    }
    if (start == 0) {
      start = AdminPrefix.end(name, 0);
    }
    if (start + 2 >= name.length()) {
      return null;
    }
    return new int[] {start, start + 2};
  }

  private static void replaceAll(
      String folded, String original, String what, String with, Protected kept, Findings out) {
    int from = 0;
    int at;
    while ((at = folded.indexOf(what, from)) >= 0) {
      if (!kept.covers(at, at + what.length())) {
        out.add(
            at,
            at + what.length(),
            original,
            Category.COMPANY_NAME,
            "单位",
            "company-trade-name",
            0.8,
            with);
      }
      from = at + what.length();
    }
  }
}
