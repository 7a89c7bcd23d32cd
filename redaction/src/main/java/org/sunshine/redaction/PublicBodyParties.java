package org.sunshine.redaction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A party that is a public body (被告：某县农业农村局，住所地某县某路1号，联系电话0710-…; 被申请人某区人民政府，住所地…): its seat and
 * its office's landline are the body's, public as its name is, and stay. The policy masks the 住所地
 * of a company, never of a body. A body is recognised by the suffix of its name (局, 人民政府, 街道办事处,
 * 管理处, 人民检察院…), not by the role word before it, which a company or a person holds as well; the name
 * must be closed by a comma on its own line, so a running head (某区人民检察院) on the line above a
 * company's 住所地 names no party. A person's home (住, 住址, 户籍) is never one of the fields, and a
 * mobile is somebody's phone, not the office's.
 */
final class PublicBodyParties {

  /** The kind of the protected ranges this adds, which {@link Addresses} leaves unmasked. */
  static final String SEAT = "body-seat";

  /**
   * The ends of a public body's name. 委员会 and 管理处 are also a village's, residents' or owners'
   * committee and an estate's management, which {@link #NOT_A_BODY} takes back.
   */
  private static final Pattern BODY_END =
      Pattern.compile("(?:局|人民政府|街道办事处|管理处|委员会|人民检察院|人民法院|派出所|司法所|海关|监狱|看守所)$");

  /**
   * Committees and offices that are no public body: a village's or residents' committee governs
   * itself and is named after the village a home is in (the writers differ on it; masking its seat
   * leaks nothing), an owners' committee or an estate's office is private.
   */
  private static final Pattern NOT_A_BODY =
      Pattern.compile("(?:村民委员会|居民委员会|村委会|居委会|业主委员会|物业\\p{IsHan}{0,6}管理处)$");

  /**
   * 工作单位某县财政局，… or 系某县公安局民警: a body a person works for is no party, and what follows is the
   * person's.
   */
  private static final Pattern WORKPLACE = Pattern.compile("工作单位|所在单位|任职|就职|供职|工作于|系|在");

  /** 工作单位：某县财政局: a workplace label ends in a colon, where the body's clause starts. */
  private static final Pattern WORKPLACE_LABEL = Pattern.compile("(?:工作单位|所在单位|单位)[：:]$");

  /** A field of the party's clause: its seat or its phone, the value after it. */
  private static final Pattern FIELD =
      Pattern.compile("[ \\t　\\n]*(住所地|住所|办公地址|地址|联系电话|电话|联系方式)(?:为|是|在)?[：:]?[ \\t　]*");

  /**
   * Fields of the clause that are passed over without being kept (a body's code is still masked).
   */
  private static final Pattern PASSED =
      Pattern.compile("[ \\t　\\n]*(?:统一社会信用代码|组织机构代码)[^，,。；;]{0,30}[，,]");

  private static final Pattern LANDLINE =
      Pattern.compile("[（(]?0\\d{2,3}[)）\\-]?\\d{7,8}(?:转\\d{1,5})?");

  private static final int VALUE_REACH = 50;

  /**
   * 户籍地镇人民政府、暂住地某街道办事处均出具了证明: a residence cue that qualifies a body (the body of the place the
   * person lives in) is followed by the body's name and then by what the body did, not by a home.
   */
  private static final Pattern BODY_OF_THE_PLACE =
      Pattern.compile(
          "\\p{IsHan}{0,10}?(?:街道办事处|人民政府|派出所|司法所|人民法庭)"
              // 对面, 向东200米, 出租屋, 旁: a landmark that places a home, not the body acting
              + "(?:$|(?!对面|对过|向[东西南北]|出租|出门)[均都和及与并也亦分出开为已向对同证])");

  private PublicBodyParties() {}

  /** True when an address cue's tail is the name of a public body and what it did, not a home. */
  static boolean aBodyOfThePlace(String tail) {
    return BODY_OF_THE_PLACE.matcher(tail.replaceAll("\\s", "")).lookingAt();
  }

  /**
   * Each comma is tried, not each offset: a body's name is only read back from a comma, and a
   * document has few of them beside its characters.
   */
  static void keep(String text, Protected ranges) {
    if (!text.contains("住所") && !text.contains("地址") && !text.contains("电话")) {
      return;
    }
    for (int c = 0; c < text.length(); c++) {
      if (text.charAt(c) != '，' && text.charAt(c) != ',') {
        continue;
      }
      int nameEnd = c;
      while (nameEnd > 0 && " \t　".indexOf(text.charAt(nameEnd - 1)) >= 0) {
        nameEnd--;
      }
      int from = Math.max(0, nameEnd - 12);
      if (BODY_END.matcher(text).region(from, nameEnd).find()
          && !NOT_A_BODY.matcher(text).region(from, nameEnd).find()
          && !aWorkplace(text, nameEnd)) {
        keepFields(text, c + 1, ranges);
      }
    }
  }

  private static boolean aWorkplace(String text, int nameEnd) {
    int clause = clauseStart(text, nameEnd);
    return WORKPLACE.matcher(text).region(clause, nameEnd).find()
        || WORKPLACE_LABEL.matcher(text).region(Math.max(0, clause - 6), clause).find();
  }

  /** Where the clause that names the body starts: after the last delimiter, within reach. */
  private static int clauseStart(String text, int at) {
    int from = Math.max(0, at - 40);
    for (int i = at - 1; i >= from; i--) {
      if ("，,。；;：:）)".indexOf(text.charAt(i)) >= 0) {
        return i + 1;
      }
    }
    return from;
  }

  /**
   * The fields that follow the body's name, each closed by a comma, up to the end of the clause.
   */
  private static void keepFields(String text, int at, Protected ranges) {
    while (at < text.length()) {
      Matcher passed = PASSED.matcher(text).region(at, text.length());
      if (passed.lookingAt()) {
        at = passed.end();
        continue;
      }
      Matcher field = FIELD.matcher(text).region(at, text.length());
      if (!field.lookingAt()) {
        return;
      }
      int end = valueEnd(text, field.end());
      if (end < 0) {
        return;
      }
      String value = text.substring(field.end(), end).replaceAll("\\s", "");
      boolean phone = field.group(1).contains("电话") || field.group(1).equals("联系方式");
      if (!phone || LANDLINE.matcher(value).matches()) {
        ranges.add(field.end(), end, SEAT);
      }
      if (end >= text.length() || "，,".indexOf(text.charAt(end)) < 0) {
        return;
      }
      at = end + 1;
    }
  }

  /** Where a field's value ends: the next delimiter within reach, or -1. */
  private static int valueEnd(String text, int from) {
    for (int i = from; i < Math.min(text.length(), from + VALUE_REACH); i++) {
      // a line break ends the field: the next line is the next party's
      if ("，,。；;（(\n".indexOf(text.charAt(i)) >= 0) {
        return i > from ? i : -1;
      }
    }
    return text.length() <= from + VALUE_REACH && text.length() > from ? text.length() : -1;
  }
}
