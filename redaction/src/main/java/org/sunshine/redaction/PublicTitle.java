package org.sunshine.redaction;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The standard's public title: 起诉书（张某某涉嫌盗窃案）, or for two or more people or charges
 * 起诉书（张某某、王某某等涉嫌盗窃、抢劫等案）. Names are the pseudonyms, charges lose their 罪.
 */
final class PublicTitle {

  /**
   * Charge names that hold 、 (掩饰、隐瞒犯罪所得罪 is one charge): listed, because a free 、 would let names
   * in (同案犯王五、赵六因犯盗窃罪).
   */
  private static final String JOINED =
      "掩饰、隐瞒犯罪所得、犯罪所得收益罪|掩饰、隐瞒犯罪所得罪|走私、贩卖、运输、制造毒品罪|组织、领导、参加黑社会性质组织罪"
          + "|窝藏、包庇罪|引诱、容留、介绍卖淫罪|拒不执行判决、裁定罪|编造、故意传播虚假恐怖信息罪"
          + "|伪造、变造、买卖国家机关公文、证件、印章罪|伪造、变造、买卖身份证件罪"
          + "|非法制造、买卖、运输、邮寄、储存枪支、弹药、爆炸物罪|盗窃、抢夺枪支、弹药、爆炸物、危险物质罪"
          + "|非法猎捕、杀害珍贵、濒危野生动物罪|非法收购、运输、出售珍贵、濒危野生动物、珍贵、濒危野生动物制品罪"
          + "|生产、销售伪劣产品罪|生产、销售有毒、有害食品罪|生产、销售不符合安全标准的食品罪|生产、销售、提供假药罪"
          + "|非法生产、销售、使用禁止生产、销售、使用的渔具罪|非法采伐、毁坏国家重点保护植物罪";

  /**
   * One charge: a listed one, or Han characters up to a 罪 that does not close 犯罪 (no charge name
   * ends in 犯罪; many contain it: 帮助信息网络犯罪活动罪).
   */
  private static final String ONE = "(?:" + JOINED + "|\\p{IsHan}{2,20}?(?<!犯)罪)";

  private static final Pattern CHARGE =
      Pattern.compile("(?:涉嫌|构成|(?<!侵)犯|以)(" + ONE + "(?:、" + ONE + ")*)(?!名|犯)");
  private static final Pattern NOT_A_CHARGE = Pattern.compile("嫌疑|被告|涉嫌|被害|不起诉|人员|证人");

  private PublicTitle() {}

  static String of(DocumentType type, String text, List<Person> persons, PseudonymMap map) {
    List<String> accused = new ArrayList<>();
    for (Person p : persons) {
      if (p.accused()) {
        accused.add(map.get(p.pseudonymKey()));
      }
    }
    Set<String> charges = new LinkedHashSet<>();
    Scan scan = new Scan(CHARGE, text);
    Matcher m = scan.matcher();
    int from = 0;
    while (charges.size() < 3 && scan.find(from)) {
      if (NOT_A_CHARGE.matcher(m.group(1)).find()) {
        from = m.start() + 1; // 犯罪嫌疑人张某涉嫌盗窃罪: the charge is inside what was skipped
        continue;
      }
      from = m.end();
      for (String c : m.group(1).split("(?<=罪)、")) {
        charges.add(c.endsWith("罪") ? c.substring(0, c.length() - 1) : c);
      }
    }
    if (accused.isEmpty() || charges.isEmpty()) {
      return type.title();
    }
    String who = firstTwo(accused);
    String what = firstTwo(new ArrayList<>(charges));
    return type.title() + "（" + who + "涉嫌" + what + "案）";
  }

  /** One; two joined by 、; 等 only when there are three or more (两人 are named, not "等"). */
  static String firstTwo(List<String> items) {
    if (items.size() == 1) {
      return items.get(0);
    }
    return items.get(0) + "、" + items.get(1) + (items.size() > 2 ? "等" : "");
  }
}
