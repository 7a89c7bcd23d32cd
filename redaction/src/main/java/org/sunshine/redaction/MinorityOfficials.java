package org.sunshine.redaction;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A lawyer or an official with a Tibetan or Mongolian name after their title (…律师事务所律师次仁卓玛、…;
 * 执行员巴特尔其其格未通知…; 书记员那仁其其格担任记录): the name has no surname and runs past the two to four characters
 * {@link Protections} reads after a title in running text, so it is read from the stock of name
 * elements ({@link MinorityNames}) and kept, as every official and lawyer acting in their capacity
 * is — and so is each further such name a 、 lists after it (律师乌力吉巴雅尔、扎西次仁).
 */
final class MinorityOfficials {

  /** 院长 heads a hospital or a school as well as a court: only the titles of the courtroom. */
  private static final List<String> TITLES =
      Lexicon.OFFICIAL_TITLES.stream().filter(t -> !t.endsWith("院长")).toList();

  /**
   * A government's officer by the office's title: after the body or 你局/该局 (你局副局长格桑旺堆、), or a title
   * only a government's officer holds opening a clause (。镇长德吉央宗已于…; {@link BodyHeads} reads the Han
   * names there, two or three characters, which a Tibetan name outruns).
   */
  private static final String OFFICE =
      "(?:人民政府|人民检察院|人民法院|公安局|派出所|[你该本](?:局|委|厅|署|所|政府)|局)副?(?:镇长|乡长|县长|区长|市长|局长|所长|厅长|署长)"
          + "|(?<=[的，,。；;\\s、])副?(?:镇长|乡长|县长|区长|市长|州长|旗长)"
          // 医疗保障局基金监管科科长X带队, 监察支队支队长X了解: a section's head inside a public body
          + "|(?:人民政府|政府|局|分局|管委会)\\p{IsHan}{1,10}?(?:科|股|处|室|(?:执法|稽查|监察)?(?:大|支|中)?队)"
          + "副?(?:科长|股长|处长|主任|大队长|支队长|中队长|队长)";

  private static final Pattern TITLE =
      Pattern.compile("(?:律师|" + String.join("|", TITLES) + "|" + OFFICE + ")[ 　\\t：:]*");

  /** What ends such a name: a delimiter, or what the lawyer or official did next. */
  private static final Pattern END =
      Pattern.compile(
          "[\\s　，,。；;、（(）)：:]|的|提出|认为|在|于|未|已|对|将|到场|见证|发表|及|和|与|等|出具|参与|参加|意见"
              + "|担任|独任|审理|主持|记录|出庭|签发|作出|宣读|冻结|查封|扣押|送达|通知|告知|组成"
              // what an officer named by the office did (你局局长X到会发言, 镇长X表示)
              + "|表示|介绍|证实|答复|到会|出席|发言|签收|回复|表态|带队|陪同|发现|组织|了解|说明|反映|通报|进行|牵头|核查|检查");

  private MinorityOfficials() {}

  static void keep(String text, Protected ranges, Set<String> kept) {
    Scan scan = new Scan(TITLE, text);
    Matcher m = scan.matcher();
    while (scan.find()) {
      int start = listedAfterAKeptName(text, m.end(), ranges);
      String name = nameAt(text, start);
      while (name != null && !ranges.overlaps(start, start + name.length())) {
        kept.add(name);
        ranges.add(start, start + name.length(), "official");
        start += name.length() + 1;
        name =
            start - 1 < text.length() && text.charAt(start - 1) == '、' ? nameAt(text, start) : null;
      }
    }
  }

  /**
   * 承办检察官：阿不都热合曼·依明、乌力吉巴雅尔: where the first name after the title is already kept (a Han or a dotted
   * name other rules read), the list goes on after its 、; otherwise the name starts at the title.
   */
  private static int listedAfterAKeptName(String text, int start, Protected ranges) {
    int at = start;
    while (at < text.length() && at - start <= 21 && text.charAt(at) != '、') {
      char c = text.charAt(at);
      if (!Lexicon.isHan(c) && c != '·') {
        return start;
      }
      at++;
    }
    return at > start + 1
            && at < text.length()
            && text.charAt(at) == '、'
            && ranges.covers(start, at)
        ? at + 1
        : start;
  }

  /**
   * Elements of four characters or more (索朗旺姆, 巴特尔其其格), or elements and an ending (泽郎措); or a head
   * of two characters the stock lacks before one it knows (贡嘎次仁): the title already says a person
   * follows, so what the name is made of need not all be known.
   */
  private static String nameAt(String text, int start) {
    String known = knownAt(text, start);
    return known != null ? known : afterAnUnknownHead(text, start);
  }

  private static String afterAnUnknownHead(String text, int start) {
    if (start + 2 >= text.length()
        || !Lexicon.isHan(text.charAt(start))
        || !Lexicon.isHan(text.charAt(start + 1))
        || ended(text, start + 1)
        || Vocabulary.plainWord(text.substring(start, start + 2))) {
      return null;
    }
    String run = MinorityNames.at(text, start + 2);
    if (run == null || run.length() < 2 || !MinorityNames.whole(run)) {
      return null;
    }
    int end = start + 2 + run.length();
    return ended(text, end) ? text.substring(start, end) : null;
  }

  private static String knownAt(String text, int start) {
    String run = MinorityNames.at(text, start);
    if (run == null) {
      return null;
    }
    int end = start + run.length();
    if (end < text.length() && MinorityNames.ending(text.charAt(end)) && ended(text, end + 1)) {
      end++;
    }
    String name = text.substring(start, end);
    boolean shaped = MinorityNames.compound(name) || MinorityNames.endedRun(name);
    return shaped && name.length() >= 4 && ended(text, end) ? name : null;
  }

  private static boolean ended(String text, int end) {
    return end >= text.length() || END.matcher(text).region(end, text.length()).lookingAt();
  }
}
