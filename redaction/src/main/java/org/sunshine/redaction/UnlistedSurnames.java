package org.sunshine.redaction;

import java.util.regex.Pattern;

/**
 * A surname no list holds (母, 郧: rare surnames of one county or clan), read only where the document
 * declares the person: right after a party's role word with the name closed there (鉴定人母光华、…), or
 * after any role word with a person's details after it (养殖户郧福旺（…男，1969年…出生）); and then the family —
 * another three characters with that surname right before testimony (同村村民郧明杰陈述). Neither the name
 * nor its parts may be words (证人母亲, 被害人身上), so a character that opens words stays one.
 */
final class UnlistedSurnames {

  private UnlistedSurnames() {}

  /** A man's or woman's details within the bracket or clause after the name. */
  private static final Pattern PERSON_DETAILS =
      Pattern.compile("(?:[（(][^）)\\n]{0,24}?|[，,]\\s*)(?:男|女)[，,、）)]");

  /** What closes a party's name right after it: a delimiter, a bracket, testimony. */
  private static final Pattern CLOSED =
      Pattern.compile("[、，,（(]|证实|证言|陈述|供述|出具|签字|签名|作证|在(?:本院)?(?:接受)?询问时");

  static String afterRole(String text, int pos, boolean weak) {
    if (pos + 4 > text.length()) {
      return null;
    }
    String three = text.substring(pos, pos + 3);
    if (!shaped(three)) {
      return null;
    }
    if (detailsAt(text, pos + 3)) {
      return three;
    }
    if (!weak && CLOSED.matcher(text).region(pos + 3, text.length()).lookingAt()) {
      return three;
    }
    return RolePeople.testifies(text, pos + 3) && familyDeclared(text, three) ? three : null;
  }

  /**
   * Three name characters, the first no function character or numeral, the first two no word (the
   * given name may be one: 光华, 建国).
   */
  private static boolean shaped(String three) {
    char first = three.charAt(0);
    return NameBoundary.nameChar(first)
        && "一二两三四五六七八九十百千万几每各本该某".indexOf(first) < 0
        && NameBoundary.nameChar(three.charAt(1))
        && NameBoundary.nameChar(three.charAt(2))
        && !three.contains("某")
        && !Vocabulary.commonWord(three.substring(0, 2))
        && !Vocabulary.dictionaryWord(three.substring(0, 2))
        && !Vocabulary.commonWord(three)
        && !Lexicon.NOT_NAMES.contains(three.substring(0, 2));
  }

  private static boolean detailsAt(String text, int at) {
    return PERSON_DETAILS.matcher(text).region(at, text.length()).lookingAt();
  }

  /** Another name with the surname stands declared with a person's details in the document. */
  private static boolean familyDeclared(String text, String three) {
    char surname = three.charAt(0);
    for (int at = text.indexOf(surname);
        at >= 0 && at + 3 < text.length();
        at = text.indexOf(surname, at + 1)) {
      String other = text.substring(at, at + 3);
      if (!other.equals(three) && shaped(other) && detailsAt(text, at + 3)) {
        return true;
      }
    }
    return false;
  }
}
