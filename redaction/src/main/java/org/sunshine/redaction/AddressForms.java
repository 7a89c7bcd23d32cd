package org.sunshine.redaction;

import java.util.List;

/**
 * The forms of address people build on a surname (老亢, 小牟, 易总, 仉教授, 郧老三, 小危哥): a document quotes
 * witnesses who call the person so. They stand for a person of the roster only, never for words
 * (老师, 小时, 小区 are dropped as words), and the {@link Anonymiser} masks them as nicknames: only where
 * they stand as a name.
 */
final class AddressForms {

  private AddressForms() {}

  /** Birth-order words after 老 (郧老三, 王老大, 李老幺). */
  private static final String ORDER = "大二三四五六七八九幺";

  static void add(Person p, String form) {
    char surname = form.charAt(0);
    if (!WordNames.declaredSurname(surname) || !Lexicon.isSurname(surname) && form.length() < 3) {
      return;
    }
    for (String address :
        List.of("老" + surname, "小" + surname, surname + "总", surname + "教授", "小" + surname + "哥")) {
      if (!Vocabulary.commonWord(address)) {
        p.nicknames.add(address);
      }
    }
    for (char order : ORDER.toCharArray()) {
      p.nicknames.add(surname + "老" + order);
    }
  }

  /**
   * 老笪, 小厍, 易总: a surname with 老, 小 or 总 names a person of the roster wherever the words around it
   * do not run across it, whatever the verb after it (no word is left among them: see add).
   */
  static boolean built(Person p, String nickname) {
    char surname = p.name.charAt(0);
    return nickname.length() == 2
        && (nickname.charAt(1) == surname && "老小".indexOf(nickname.charAt(0)) >= 0
            || nickname.charAt(0) == surname && nickname.charAt(1) == '总');
  }

  /**
   * The form runs on into a word (小白菜, 老黄牛, 老毛病): its surname and the character after it, or the
   * form and that character, are a word of their own, and no person is named.
   */
  static boolean runsOn(String text, int start, int end) {
    if (end >= text.length() || !Lexicon.isHan(text.charAt(end))) {
      return false;
    }
    String longer = text.substring(start, end + 1);
    String tail = text.substring(end - 1, end + 1);
    return Vocabulary.commonWord(longer)
        || Vocabulary.dictionaryWord(longer)
        || Vocabulary.commonWord(tail)
        || Vocabulary.dictionaryWord(tail);
  }
}
