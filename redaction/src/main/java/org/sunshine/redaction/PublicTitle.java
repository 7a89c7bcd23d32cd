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
   * A charge, or a list of them: parts joined by 、 (掩饰、隐瞒犯罪所得罪 is one charge, 盗窃罪、抢劫罪 two), ending
   * at a 罪 that does not close 犯罪 (no charge name ends in 犯罪; many contain it: 帮助信息网络犯罪活动罪).
   */
  private static final Pattern CHARGE =
      Pattern.compile("(?:涉嫌|构成|(?<!侵)犯|以)((?:\\p{IsHan}{1,20}、)*\\p{IsHan}{2,20}?(?<!犯)罪)(?!名|犯)");

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
    Matcher m = CHARGE.matcher(text);
    while (m.find() && charges.size() < 3) {
      if (NOT_A_CHARGE.matcher(m.group(1)).find()) {
        continue;
      }
      for (String c : m.group(1).split("(?<=罪)、")) {
        charges.add(c.endsWith("罪") ? c.substring(0, c.length() - 1) : c);
      }
    }
    if (accused.isEmpty() || charges.isEmpty()) {
      return type.title();
    }
    String who = accused.size() == 1 ? accused.get(0) : accused.get(0) + "、" + accused.get(1) + "等";
    List<String> list = new ArrayList<>(charges);
    String what = list.size() == 1 ? list.get(0) : list.get(0) + "、" + list.get(1) + "等";
    return type.title() + "（" + who + "涉嫌" + what + "案）";
  }
}
