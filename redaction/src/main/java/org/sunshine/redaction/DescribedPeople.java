package org.sunshine.redaction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A name a bracket after it describes as a person's, whatever its surname: the bracket says it is
 * handled in another case (收购二手车的者黑（另案处理）), gives the kinship to a person the document already
 * names (安国林（安秀英之子，外出务工）, 纳小芳（纳志刚之妹，…）), or holds a person's contact or identity number
 * (经营者为黎亚扬（统一社会信用代码…，联系电话…）). The name is the two or three characters right before the bracket
 * after a delimiter, a role's last character or a particle (的, 为, 与…), and no word. Part of {@link
 * PersonFinder}, after {@link AliasPeople#fromAnnotations}, which reads the usual surnames.
 */
final class DescribedPeople {

  private static final Pattern BRACKETED =
      Pattern.compile("(?<=[的为是与和及给向人员者，,、：:\\s])(\\p{IsHan}{2,3})[（(]([^（()）\\n]{1,60})[）)]");

  /** What the bracket says of a person only. */
  private static final Pattern PERSONAL =
      Pattern.compile("^(?:另案处理|另案|在逃|已判决|已判刑)|联系电话|手机号|公民身份号码|身份证号");

  /** The kinship the bracket opens with: whose child, wife, sister… the name is. */
  private static final Pattern KIN =
      Pattern.compile("^系?(\\p{IsHan}{2,4}?)(?:之|的)(?:父|母|子|女|妻|夫|兄|弟|姐|妹|孙|儿)");

  private DescribedPeople() {}

  static void find(PersonFinder f) {
    if (f.text.indexOf('（') < 0 && f.text.indexOf('(') < 0) {
      return;
    }
    Scan scan = new Scan(BRACKETED, f.text);
    Matcher m = scan.matcher();
    while (scan.find()) {
      String name = m.group(1);
      // 向老板（手机号…）, 给司机（公民身份号码另附）: a word of the language stands for somebody unnamed
      if (f.persons.containsKey(name)
          || !described(f, m.group(2))
          || !NameColumns.shaped(name)
          || Vocabulary.dictionaryWord(name)) {
        continue;
      }
      f.add(name, null, m.start(1), true);
    }
  }

  private static boolean described(PersonFinder f, String bracket) {
    if (PERSONAL.matcher(bracket).find()) {
      return true;
    }
    Matcher kin = KIN.matcher(bracket);
    return kin.find() && f.persons.containsKey(kin.group(1));
  }
}
