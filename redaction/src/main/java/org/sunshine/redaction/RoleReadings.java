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
   * Function characters that open given names all the same: 有根, 有福; 为民, 为国; 以诚, 以宁; 亦凡; 非凡; 从军; 而立;
   * 得水, 得福. Not 之 (王之女的), 其, 在 (张在场证实), which a role word's next clause starts with.
   */
  private static final String GIVEN_OPENERS = "有为以亦非从而得";

  /**
   * 村民钱有根证实, 被害人于为民陈述: 有, 为, 以 are no characters a name is read across, yet 有根, 为民, 以诚 are given
   * names. Right after a role word, a surname, one of {@link #GIVEN_OPENERS} and one more character
   * closed as a person's (a delimiter, 证实, 的…) are the name.
   */
  static String withGivenOpener(PersonFinder f, int pos) {
    String text = f.text;
    if (pos + 4 > text.length()
        || !Lexicon.isSurname(text.charAt(pos))
        || GIVEN_OPENERS.indexOf(text.charAt(pos + 1)) < 0
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

  private static final Pattern CLOSED_AS_PARTY =
      Pattern.compile("[，,。；;、（(：:]|证实|证言|陈述|供述|说|称|表示|的|等|在|到场|反映|名下|代为|系|与|和|及");

  /**
   * 被害人郜宏伟的, 案外人粟建设名下, 其子蔺春雨代为退缴: a surname and a given name that is an ordinary word (宏伟, 建设, 春雨)
   * make no name the usual shape allows when the surname is rare (会决议, 管部门 are no names), but right
   * after a role word and closed as a person's (a delimiter, 的, 证实, 名下…) they are one. Not when the
   * surname is a function character too (全家人的, 高兴地), the three characters or their first two are a
   * word (程序上的), or they hold 某.
   */
  static String surnameAndWordGiven(PersonFinder f, int pos) {
    String text = f.text;
    if (pos + 4 > text.length()) {
      return null;
    }
    String three = text.substring(pos, pos + 3);
    char first = three.charAt(0);
    if (!WordNames.declaredSurname(first) // the rarer and minority surnames' tables too (玄, 纳)
        || Lexicon.WEAK_SURNAMES.contains(first)
        || three.contains("某")
        || !NameBoundary.nameChar(three.charAt(1))
        || !NameBoundary.nameChar(three.charAt(2))
        || Vocabulary.commonWord(three.substring(0, 2))
        || Vocabulary.commonWord(three)
        || Vocabulary.dictionaryWord(three)
        || Lexicon.NOT_NAMES.contains(three)
        || Lexicon.NOT_NAMES.contains(three.substring(0, 2))) {
      return null;
    }
    return CLOSED_AS_PARTY.matcher(text).region(pos + 3, text.length()).lookingAt()
            || closedElsewhere(text, three, pos)
        ? three
        : null;
  }

  /**
   * 案外人隋文静收取的… 隋文静系该公司原业务员: the three characters, said twice more, stand closed as a party's at
   * another occurrence, so the role word introduced the same person though an act follows it there.
   */
  private static boolean closedElsewhere(String text, String three, int pos) {
    int others = 0;
    boolean closed = false;
    for (int at = text.indexOf(three); at >= 0; at = text.indexOf(three, at + 1)) {
      if (at != pos) {
        others++;
        closed |= CLOSED_AS_PARTY.matcher(text).region(at + 3, text.length()).lookingAt();
      }
    }
    return others >= 2 && closed;
  }
}
