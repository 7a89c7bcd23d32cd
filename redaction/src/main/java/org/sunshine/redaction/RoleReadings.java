package org.sunshine.redaction;

import java.util.regex.Pattern;

/**
 * What a role word's reading may and may not be, beyond the usual shape of a name: a name with 有 in
 * it (村民钱有根证实), two characters of a name the minority stock lacks (翻译人员格绒的协助), and, against
 * over-reading, an act or a particle that follows a role word (被害人充值后, 民警一把). Part of {@link
 * RolePeople} and {@link PersonFinder}; each check looks at a few characters.
 */
final class RoleReadings {

  private RoleReadings() {}

  /**
   * 被害人充值后, 被告人宣告从业禁止, 推了民警一把, 邻居等人的证言: two characters read after a role word that are an act (a
   * verb the dictionary never gives as a name) or open with a function character or a numeral that
   * is no surname are no person, unless a person's details follow (1.向前，男，…).
   */
  static boolean actOrParticle(String text, String name, int at) {
    if (name.length() != 2 || !Lexicon.isHan(name.charAt(0)) || !Lexicon.isHan(name.charAt(1))) {
      return false;
    }
    if (at >= 0
        && at + 2 <= text.length()
        && WordNames.DETAILS.matcher(text).region(at + 2, text.length()).lookingAt()) {
      return false; // １．向前，男，…: a person's details make it a name whatever the word
    }
    char first = name.charAt(0);
    boolean particle =
        !Lexicon.isSurname(first)
            && (Lexicon.NOT_IN_NAME.contains(first) || "一二两三四五六七八九十几".indexOf(first) >= 0);
    return particle || Vocabulary.verb(name);
  }

  /** What only a person is followed by: no bare delimiter (二被告人分用。, 证人到庭、 are no names). */
  private static final Pattern ONLY_A_PERSON =
      Pattern.compile("的(?:协助|帮助|陪同|翻译|证言|陈述|供述|意见|证实)|证实|陈述|供述|出具|签字|签名|作证|到场|在场|陪同");

  /**
   * 翻译人员格绒的协助: right after a party's role word, two characters no dictionary knows, the first no
   * function character (申诉人自建的), followed by what only a person is or does, are a name the minority
   * stock lacks.
   */
  static String surnamelessAfterRole(PersonFinder f, int pos) {
    String name = RolePeople.givenNameOnly(f, pos);
    if (name == null
        || name.length() != 2
        || Lexicon.NOT_IN_NAME.contains(name.charAt(0))
        || Lexicon.AFTER_NAME.contains(name.charAt(0))
        || Vocabulary.commonWord(name)) {
      return null;
    }
    return ONLY_A_PERSON.matcher(f.text).region(pos + 2, f.text.length()).lookingAt() ? name : null;
  }

  private static final Pattern CLOSED_AS_PERSON =
      Pattern.compile("[，,。；;、（(：:]|证实|证言|陈述|供述|说|称|表示|的|等|在|到场|反映");

  /**
   * 村民钱有根证实: 有 is no character a name is read across, yet 有根, 有才, 有福 are given names. Right after a
   * role word, a surname, 有 and one more character closed as a person's (a delimiter, 证实, 的…) are
   * the name.
   */
  static String withHave(PersonFinder f, int pos) {
    String text = f.text;
    if (pos + 4 > text.length()
        || !Lexicon.isSurname(text.charAt(pos))
        || text.charAt(pos + 1) != '有'
        || !Lexicon.isHan(text.charAt(pos + 2))
        || Lexicon.NOT_IN_NAME.contains(text.charAt(pos + 2))
        || Lexicon.AFTER_NAME.contains(text.charAt(pos + 2))) {
      return null;
    }
    String name = text.substring(pos, pos + 3);
    return CLOSED_AS_PERSON.matcher(text).region(pos + 3, text.length()).lookingAt()
            && !Vocabulary.commonWord(name)
        ? name
        : null;
  }
}
