package org.sunshine.redaction;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The head of a public body acting for it is an official acting in office, not a party, and is
 * kept: the 法定代表人 or 负责人 of a body that is itself a party (被申请人某县人民政府，法定代表人X，县长), the head a title
 * ties to a public body (法定代表人：X，该局局长; 你局局长X). A company's 法定代表人 or 诉讼代表人 stays a person: the body
 * the role line belongs to decides, not the title (系该公司办公室主任).
 */
final class BodyHeads {

  private static final String HAN = "\\p{IsHan}";

  /**
   * 法定代表人：周国梁，该局局长: the title must be a public body's (该局…, 某县人民政府…, …派出所所长). A procuratorate suing
   * in the public interest is represented by its 检察长 (法定代表人：X，检察长): no company has one.
   */
  private static final Pattern TITLED_HEAD =
      Pattern.compile(
          "(?:法定代表人|主要负责人|负责人)[：:\\s]*("
              + HAN
              // a Mongolian or Tibetan head's name runs to six characters (乌力吉巴雅尔), a Uyghur one
              // joins its parts with a dot (吐尔洪·艾买提)
              + "{2,6}?|"
              + HAN
              + "{1,10}·"
              + HAN
              + "{1,10})[，,]\\s*(?:(?:该(?:局|厅|署|委|处|站|所|镇|乡|县|区|市|旗|盟|政府)|系?"
              + HAN
              + "{1,12}?(?:人民政府|局|厅|署|(?<![村居]民|[村居])委员会|管委会|办事处|派出所))副?"
              + "(?:局长|县长|区长|市长|州长|旗长|盟长|镇长|乡长|厅长|处长|署长|主任|所长|站长|书记|主席)"
              + "|(?:该院|本院|系?"
              + HAN
              + "{1,12}?人民检察院)?(?:代理|代|副)?检察长)"
              + "(?=[，,。；;）)\\s]|$)");

  /** What an officer named after their office goes on to do, or a delimiter closing the name. */
  private static final String AT_WORK =
      "表示|称|说|介绍|证实|提出|认为|答复|到会|到场|出席|参加|参会|发言|主持|签收|回复|作出|表态|带队|陪同|在|于|发现|组织"
          + "|了解|说明|反映|告知|通报|进行|、"
          + "|牵头|核查|检查|[，,。；;]|[（(](?!另案|同案|在逃|已判决)|$"
          // 镇长X已于…整改: what the officer has done
          + "|已(?:于|经|将|在|向|对|按|完成|组织|整改)";

  /**
   * An officer's name after the title: two or three characters, or a Uyghur or Kazakh name joined
   * by its dot (该镇镇长吐尔洪·艾买提表示); a Tibetan or Mongolian name without one is read by {@link
   * MinorityOfficials} from its elements, never by a longer run that would take the verb after it.
   */
  static final String OFFICER =
      "(?:"
          + String.join("|", Lexicon.COMPOUND_SURNAMES)
          + ")"
          + HAN
          + "{1,2}?|"
          + HAN
          + "{1,10}·"
          + HAN
          + "{1,10}?|"
          + HAN
          + "{2,3}?";

  /**
   * 镇人民政府副镇长樊某表示, 抄送你局局长X。: a name after a public body's office (its own, or 你局/该局 in a
   * procuratorate's letter to it; a bare 局 is the end of a bureau's name, 水务局局长X) acts in that
   * capacity.
   */
  private static final Pattern OFFICE_HOLDER =
      Pattern.compile(
          "(?:人民政府|人民检察院|人民法院|公安局|派出所|[你该本](?:局|委|厅|署|所|政府)|局)"
              + "副?(?:镇长|乡长|县长|区长|市长|局长|所长|检察长|院长|厅长|署长)("
              + OFFICER
              + ")(?="
              + AT_WORK
              + ")");

  /**
   * 医疗保障局基金监管科科长X带队, 分局执法大队大队长X证实, 镇政府分管民政工作的副镇长X证实: a section's head inside a public body, or a
   * title only a government's officer holds (副镇长, 县长), acting in office.
   */
  private static final Pattern SECTION_HEAD =
      Pattern.compile(
          "(?:(?:人民政府|政府|局|分局|(?<![村居]民|[村居])委员会|管委会)"
              + HAN
              + "{1,10}?(?:科|股|处|室|(?:执法|稽查|监察)?(?:大|支|中)?队)副?(?:科长|股长|处长|主任|大队长|支队长|中队长|队长)"
              + "|(?:^|(?<=[的，,。；;\\s]))副?(?:镇长|乡长|县长|区长|市长|州长|旗长))("
              + OFFICER
              + ")(?="
              + AT_WORK
              + ")");

  /**
   * A head's name of five or six characters (法定代表人：乌力吉巴雅尔，县长), read only when it is made of the
   * elements of minority names (checked in {@link #keep}); a delimiter closes it, so no verb is
   * taken.
   */
  private static final String MINORITY_HEAD = HAN + "{5,6}";

  /** The head's name after the role word, closed by a delimiter (法定代表人苏某某，县长). */
  private static final Pattern HEAD =
      Pattern.compile(
          "(?:法定代表人|主要负责人|负责人)[：:\\s]*("
              + HAN
              + "{1,10}·"
              + HAN
              + "{1,10}|"
              + HAN
              + "{2,4}?|"
              + MINORITY_HEAD
              + ")(?=[，,。；;（(\\s]|$)");

  /**
   * What a public body's name ends with: a government, its departments and offices, the police, a
   * court or procuratorate. A firm (有限公司, 事务所, 中心, 园) is none, and neither is a village or
   * residents' committee (村民委员会, 居委会): the villagers' self-government, whose head is a villager.
   */
  private static final Pattern PUBLIC_BODY =
      Pattern.compile(
          "(?:人民政府|局|分局|(?<![村居]民|[村居])委员会|管委会|街道办事处|派出所|司法所|人民检察院|人民法院|厅|署|大队|支队"
              // 某市交通运输综合行政执法队: a government's enforcement team, not a village's 生产队
              + "|(?:执法|稽查|监察)(?:总|大|支|中)?队)$");

  private BodyHeads() {}

  static void keep(String text, Protected ranges, Set<String> kept) {
    Protections.keep(new Scan(TITLED_HEAD, text), ranges, kept, "official");
    Protections.keep(new Scan(OFFICE_HOLDER, text), ranges, kept, "official");
    Protections.keep(new Scan(SECTION_HEAD, text), ranges, kept, "official");
    keepListedSectionHeads(text, ranges, kept);
    Scan heads = new Scan(HEAD, text);
    Matcher m = heads.matcher();
    while (heads.find()) {
      // 法定代表人X，局长: a government's title after the name lets the role line belong to the
      // paragraph's party past its address sentence (…局，住所地…。法定代表人X，局长。)
      boolean titled = GOVERNMENT_TITLE.matcher(text).region(m.end(1), text.length()).lookingAt();
      String name = m.group(1);
      if (name.length() > 4 && name.indexOf('·') < 0 && !MinorityNames.compound(name)) {
        continue; // five or six characters are a name only when minority name elements make them
      }
      if (PUBLIC_BODY.matcher(party(text, m.start())).find()
          || titled && PUBLIC_BODY.matcher(firstClause(text, m.start())).find()) {
        kept.add(m.group(1));
        ranges.add(m.start(1), m.end(1), "official");
      }
    }
  }

  /**
   * 你局副局长X、药品科负责人Y进行了沟通: after an officer kept in office and 、, a section's head of the same body
   * (a 科, 股, 处 or 室 with its head's title) is the next officer of the list, acting in office as
   * well.
   */
  private static final Pattern LISTED_SECTION_HEAD =
      Pattern.compile(
          "、"
              + HAN
              + "{1,10}?(?:科|股|处|室)(?:负责人|副?(?:科长|股长|处长|主任))("
              + OFFICER
              + ")(?="
              + AT_WORK
              + ")");

  private static void keepListedSectionHeads(String text, Protected ranges, Set<String> kept) {
    Scan scan = new Scan(LISTED_SECTION_HEAD, text);
    Matcher m = scan.matcher();
    while (scan.find()) {
      if (m.start() > 0 && ranges.overlaps(m.start() - 1, m.start())) {
        kept.add(m.group(1));
        ranges.add(m.start(1), m.end(1), "official");
      }
    }
  }

  private static final Pattern GOVERNMENT_TITLE =
      Pattern.compile("[，,]\\s*副?(?:局长|县长|区长|市长|州长|旗长|镇长|乡长|厅长|处长|署长|所长)(?=[。，,；;）)\\s]|$)");

  /** The first clause of the line at {@code at}, less its role word's bracket (被申请人（一审被告）X局). */
  private static String firstClause(String text, int at) {
    int line = text.lastIndexOf('\n', at - 1) + 1;
    String before = text.substring(line, at).replace("　", "").strip();
    int clause = 0;
    while (clause < before.length() && "，,。；;".indexOf(before.charAt(clause)) < 0) {
      clause++;
    }
    return before.substring(0, clause).strip();
  }

  /**
   * The party a role line at {@code at} belongs to: the first clause of its paragraph (原审被告伊宁县公安局，
   * 法定代表人…), or of the paragraph before when the role word opens its own (法定代表人：X，… under the
   * body's paragraph). Only within one sentence: a 法定代表人 further on in running text belongs to
   * whoever that sentence names.
   */
  static String party(String text, int at) {
    int line = text.lastIndexOf('\n', at - 1) + 1;
    String before = text.substring(line, at).strip();
    if (before.isEmpty() || before.chars().allMatch(c -> c == '　')) {
      int end = line - 1;
      while (end > 0 && text.charAt(end - 1) == '\n') {
        end--;
      }
      if (end <= 0) {
        return "";
      }
      before = text.substring(text.lastIndexOf('\n', end - 1) + 1, end).strip();
    } else if (before.indexOf('。') >= 0) {
      return "";
    }
    int clause = 0;
    while (clause < before.length() && "，,。；;".indexOf(before.charAt(clause)) < 0) {
      clause++;
    }
    // 原审被告（被上诉人）X局 keeps its procedural annotation before the body, 某县人民政府（原审被告） after it
    return before
        .substring(0, clause)
        .replace("　", "")
        .strip()
        .replaceAll("[（(][^（()）]{1,12}[）)]$", "")
        // 某某局（法定代表人：X，局长）: the role line opens a bracket after the body's name
        .replaceAll("[（(]$", "");
  }
}
