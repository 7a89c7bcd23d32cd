package org.sunshine.redaction;

/**
 * A given name that is a word inside a company's name after its place (某县城市建设投资有限公司 for a person
 * 翟建设, 某市交通发展集团 for 许发展) is part of that name, not the person: between the county, city or province
 * that opens the name and the 公司 or 集团 that closes it stand only the characters of one name, none
 * that makes a sentence (在, 向, 的…). {@link NameContext} asks it for given names and nicknames
 * alone; a full name is still masked wherever it stands.
 */
final class InsideCompanyNames {

  /** How far the place's level and the company's form may stand from the given name. */
  private static final int REACH = 10;

  /** Characters no company's name holds between its place and its form: they make a sentence. */
  private static final String SENTENCE = "在于到从向被将把的了与和及是为以对经由等称说让给叫其也又已未不";

  private static final String LEVELS = "省市县区州旗盟";

  private InsideCompanyNames() {}

  static boolean inside(String text, int start, int end) {
    return placeBefore(text, start) && formAfter(text, end);
  }

  private static boolean placeBefore(String text, int start) {
    for (int i = start - 1; i >= 0 && start - i <= REACH; i--) {
      char c = text.charAt(i);
      if (LEVELS.indexOf(c) >= 0 && i >= 2) {
        return true;
      }
      if (!nameChar(c)) {
        return false;
      }
    }
    return false;
  }

  private static boolean formAfter(String text, int end) {
    for (int i = end; i < text.length() && i - end <= REACH; i++) {
      if (text.startsWith("公司", i) || text.startsWith("集团", i)) {
        return true;
      }
      if (!nameChar(text.charAt(i))) {
        return false;
      }
    }
    return false;
  }

  private static boolean nameChar(char c) {
    return Lexicon.isHan(c) && SENTENCE.indexOf(c) < 0;
  }
}
