package org.sunshine.redaction;

import java.util.regex.Pattern;

/**
 * Phone numbers for {@link Identifiers}: mobiles however grouped, landlines, international numbers,
 * numbers after a phone label (also in Chinese numerals); an office's line stays.
 */
final class PhoneNumbers {

  /**
   * A mobile number is its eleven digits starting 1[3-9], however they are grouped: 3-4-4, 4-4-3,
   * 3-3-5, 3-8, with a space or a dash between any two digits (185-7714-0236, 1857 7140 236).
   */
  static final Pattern MOBILE =
      Pattern.compile("(?:\\+?86[ \\-]?)?(?<![\\d])1[ \\-]?[3-9](?:[ \\-]?\\d){9}(?![\\d])");

  /** +95 9 4521 87306: a plus, a country code and the number, in groups or not, is a phone. */
  static final Pattern INTERNATIONAL =
      Pattern.compile("(?<![\\dA-Za-z])\\+(?!86)[1-9]\\d{0,2}(?:[ \\-]?\\d){7,13}(?![\\d])");

  /**
   * The area code may be set off by a bracket, a space, a dash, a middle dot or a point
   * (0551·6531827).
   */
  static final Pattern LANDLINE =
      Pattern.compile(
          "(?<![\\d\\-.])(?:\\(0\\d{2,3}\\)|（0\\d{2,3}）|0\\d{2,3}[ \\-·.])\\d{3,4}[ \\-]?\\d{4}(?![\\d])");

  static final Pattern PHONE_CUE =
      Pattern.compile(
          "(?:电话号码|联系电话|联系方式|手机号码|手机号|手机|电话|座机|传真|热线)(?:号码)?[：:为是\\s（(]*(?:号码[：:为是\\s]*)?([+\\d][\\d \\-()（）]{5,20}\\d)");

  /** A number written in Chinese numerals after a phone cue: 手机号码为一三九一二三四五六七八. */
  static final Pattern PHONE_HAN =
      Pattern.compile("(?:电话号码|联系电话|手机号码|手机号|手机|电话|座机)(?:号码)?[：:为是\\s]*([〇零一二三四五六七八九幺]{7,12})");

  static final Pattern OFFICE_AFTER = Pattern.compile("^\\s*[（(]办公(?:室)?(?:电话)?[）)]");

  static final Pattern OFFICE_BEFORE =
      Pattern.compile("(?:办公电话|办公室电话|值班电话|举报电话|咨询电话|服务电话|服务热线|举报热线)[：:为是\\s]*$");

  /**
   * 犯罪嫌疑人X，男，…原系某看守所民警，…办公电话…: in the paragraph of a party's details, the office line is the
   * party's own number, given to reach that person.
   */
  private static final Pattern PARTY_DETAILS =
      Pattern.compile(
          "[ \\t　]*(?:"
              + String.join("|", Lexicon.STRONG_ROLES)
              + ")[^，,。；;\\n]{1,30}[，,]\\s*[男女][，,]");

  /**
   * 联系电话0471-6928123（办公）, 举报电话：12309: the line of an office, which the document gives so the public
   * can call it, is no person's number and stays.
   */
  static boolean anOfficeLine(String text, int start, int end) {
    int line = text.lastIndexOf('\n', start - 1) + 1;
    return OFFICE_AFTER.matcher(text).region(end, Math.min(text.length(), end + 8)).lookingAt()
        || OFFICE_BEFORE.matcher(text).region(Math.max(0, start - 10), start).find()
            && !PARTY_DETAILS.matcher(text).region(line, start).lookingAt()
        || start - line < 60 && OFFICIAL_CONTACT.matcher(text).region(line, start).lookingAt()
        || start - line < 40
            && "0(（".indexOf(text.charAt(start)) >= 0
            && CONTACT_LANDLINE.matcher(text).region(line, start).lookingAt()
        || ContactLines.closingNumber(text, line, start)
        || "0(（".indexOf(text.charAt(start)) >= 0
            && INLINE_CONTACT.matcher(text).region(Math.max(line, start - 40), start).find();
  }

  /**
   * …书面回复本院。本院联系人：检察官助理某，联系电话0578-…: the contact a procuratorate gives inside its closing paragraph
   * is its own office, as on a line of its own: a landline, given right after the contact's name (a
   * comma at most between), never a mobile nor a number said of someone else (联系人：某，被害人母亲刘某电话…).
   */
  private static final Pattern INLINE_CONTACT =
      Pattern.compile(
          "(?:本院联系人|联系人[：:]\\s*(?:检察官助理|检察官|检察员|书记员|法官助理|法官))[^，,。；;\\n]{0,16}?[，,]?\\s*"
              + "(?:联系电话|电话|联系方式)[：:为是]?\\s*$");

  /**
   * 联系人：韦某，联系电话：0771-3216405: a landline on a contact line is the office's (a person is reached on
   * a mobile), whatever the contact's title.
   */
  private static final Pattern CONTACT_LANDLINE =
      Pattern.compile(
          "[ \\t　]*(?:\\d{1,2}[．.、]\\s*)?联系人[：:][^，,。；;\\n]{1,12}?[，,；;\\s]\\s*"
              + "(?:联系电话|电话|联系方式)[：:为是\\s]*$");

  /**
   * 联系人：韦某（检察官） 联系电话：…, 主办检察官：杜某，联系电话…: the contact line a document closes with gives the office's
   * number. A signature line may set the title apart by a gap instead of a colon
   * (检察官　任某　联系电话0312-…).
   */
  static final Pattern OFFICIAL_CONTACT =
      Pattern.compile(
          "[ \\t　]*(?:\\d{1,2}[．.、]\\s*)?(?:联系人[：:][^，,。；;\\n]{1,12}?[（(](?:检察官|检察官助理|书记员|承办人|法官)[）)]"
              + "|(?:主办检察官|承办检察官|检察官|检察官助理|书记员|承办人)"
              + "(?:[：:]|[ \\t　]*\\p{IsHan}{2,4}[ \\t　，,]*(?:联系电话|电话|联系方式)))");

  private PhoneNumbers() {}
}
