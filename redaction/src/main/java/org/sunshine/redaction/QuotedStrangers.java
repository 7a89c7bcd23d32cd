package org.sunshine.redaction;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * People a document knows only by a quoted call sign (股东“坤哥”（泰国籍，身份待查）, 乘客“小马哥”（手机号码…）,
 * 以“某某小蜜蜂”的网名): a bracket right after the quote that describes a person — a nationality, an unknown
 * identity, a phone, a case handled apart — or the word for a handle after it makes the quoted word
 * a person's name, masked on its own (**) wherever it stands. Part of {@link PersonFinder}.
 */
final class QuotedStrangers {

  private static final String QUOTED = "[“\"]([^”\"“\\n（(，,。、：:]{2,8})[”\"]";

  /** The bracket may run across a page break and its running head (“肥波”（|第 1 页…|身份不明）). */
  private static final Pattern DESCRIBED =
      Pattern.compile(
          QUOTED + "\\s*[（(][^）)“”]{0,60}?(?:\\p{IsHan}{1,5}籍|身份(?:不明|待查|不详)|另案处理|在逃|手机号码?|机主)");

  private static final Pattern HANDLE = Pattern.compile(QUOTED + "\\s*的(?:网名|昵称|微信名|账号名|化名|绰号|外号)");

  private QuotedStrangers() {}

  static void find(PersonFinder f) {
    if (f.text.indexOf('“') < 0 && f.text.indexOf('"') < 0) {
      return;
    }
    add(f, DESCRIBED.matcher(f.text));
    add(f, HANDLE.matcher(f.text));
  }

  private static void add(PersonFinder f, Matcher m) {
    while (m.find()) {
      String alias = m.group(1).strip();
      if (alias.length() < 2
          || alias.contains("某")
          || alias.contains("*")
          || f.keptNames.contains(alias)
          || f.persons.containsKey(alias)
          || aThingOrAWord(f.text, alias, m.start())
          || owned(f, alias)) {
        continue;
      }
      Person stranger = new Person(alias, null, m.start(1));
      stranger.aliasOnly = true;
      f.persons.put(alias, stranger);
    }
  }

  /**
   * 通过“支付宝”（手机号码…）, “一带一路”（另案处理）项目: an app, a platform or a word the dictionary knows, or a quote
   * after what one uses (通过, 使用, 登录), names an account or a thing the bracket describes, not a
   * person.
   */
  private static boolean aThingOrAWord(String text, String alias, int quote) {
    return PLATFORMS.contains(alias)
        || Vocabulary.commonWord(alias)
        || INSTRUMENT.matcher(text).region(Math.max(0, quote - 3), quote).find();
  }

  private static final Set<String> PLATFORMS =
      Set.of(
          "支付宝", "微信", "抖音", "快手", "淘宝", "拼多多", "京东", "闲鱼", "钉钉", "陌陌", "探探", "QQ", "微博", "小红书",
          "美团", "滴滴", "花呗", "借呗", "微粒贷", "一带一路");

  private static final Pattern INSTRUMENT = Pattern.compile("(?:通过|使用|利用|登录|下载|用|在)$");

  /** A call sign another source already gave to a named person is theirs. */
  private static boolean owned(PersonFinder f, String alias) {
    for (Person p : f.persons.values()) {
      if (p.aliases.contains(alias) || p.forms.contains(alias)) {
        return true;
      }
    }
    return false;
  }
}
