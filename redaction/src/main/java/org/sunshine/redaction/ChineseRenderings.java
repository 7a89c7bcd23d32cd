package org.sunshine.redaction;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The Chinese rendering a document gives after a foreigner's Latin name: another form of them. */
final class ChineseRenderings {

  private ChineseRenderings() {}

  /**
   * MA THIDA（玛蒂达）: a Latin name of someone found, with a Chinese rendering in brackets after it —
   * the reverse of 阮文雄（NGUYEN VAN HUNG）. A nationality, sex or age in the brackets is no name. The
   * rendering may open a description (Ibrahim Sani（易卜拉欣，尼日利亚籍商人）): it is the bracket's first item.
   */
  private static final Pattern CHINESE_SPELLING =
      Pattern.compile(
          "([A-Z][A-Za-z'\\-]*(?: [A-Z][A-Za-z'\\-]*){1,4})\\s*[（(](?:中文音译名|中文译名|中文名|音译名|译名|汉名)?[：:]?\\s*"
              + "([\\p{IsHan}&&[^籍国族岁男女省市县区号人]]{2,6})\\s*[）)，,]");

  static void find(PersonFinder f) {
    Scan scan = new Scan(CHINESE_SPELLING, f.text);
    Matcher m = scan.matcher();
    while (scan.find()) {
      String chinese = m.group(2);
      if (Vocabulary.commonWord(chinese)) {
        continue;
      }
      for (Person p : f.persons.values()) {
        if (p.forms.contains(m.group(1))) {
          p.forms.add(chinese);
          f.boundary.know(List.of(chinese));
          break;
        }
      }
    }
  }
}
