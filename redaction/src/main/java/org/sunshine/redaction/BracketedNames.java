package org.sunshine.redaction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A nickname built on a name, with the full name in the bracket after it: “大龙”（崔龙日，另案处理）,
 * “大刘”（刘志强）, 黄Sir（黄永康）, 万哥（鲁万）. The full name is a person and the nickname is masked wherever it
 * recurs. The nickname must share a character with the full name (its surname or a given character)
 * and have a nickname's shape or its own quotation marks, so 公司（王明） or 老板（王明） name nobody new. Part
 * of {@link PersonFinder}.
 */
final class BracketedNames {

  private BracketedNames() {}

  /** The full name in the bracket: closed, or followed by more about the person. */
  private static final Pattern NAME_IN_BRACKET = Pattern.compile("(\\p{IsHan}{2,4})(?=[）)，,、])");

  /** 大刘, 老三, 小龙, 阿强, 尕龙: a familiar prefix. */
  private static final String PREFIXES = "大老小阿尕";

  /** 龙哥, 刘姐, 黄Sir, 陈总, 寿老板: a familiar or respectful ending. */
  private static final Pattern ENDINGS = Pattern.compile(".*(?:哥|姐|Sir|sir|总|老板|仔|娃|妹|叔|婶)$");

  static void find(PersonFinder f) {
    String text = f.text;
    Matcher name = NAME_IN_BRACKET.matcher(text);
    for (int open = text.indexOf('（'); open >= 0; open = text.indexOf('（', open + 1)) {
      if (!name.region(open + 1, Math.min(text.length(), open + 6)).lookingAt()
          || !fullName(name.group(1))) {
        continue;
      }
      boolean quoted = open > 0 && "”\"’".indexOf(text.charAt(open - 1)) >= 0;
      String nickname = nicknameBefore(text, quoted ? open - 1 : open, quoted, name.group(1));
      if (nickname != null && !f.keptNames.contains(name.group(1))) {
        Person p = f.add(name.group(1), null, open + 1, true);
        if (p != null && !p.forms.contains(nickname)) {
          p.aliases.add(nickname);
        }
      }
    }
  }

  /**
   * The shortest run of two to four characters (a Latin word counting as one) ending at {@code end}
   * that shares a character with the name and is quoted or shaped as a nickname, or null.
   */
  private static String nicknameBefore(String text, int end, boolean quoted, String name) {
    int start = end;
    for (int units = 1; units <= 4 && start > 0; units++) {
      start = unitStart(text, start);
      if (start < 0) {
        return null;
      }
      String run = text.substring(start, end);
      if (units < 2) {
        continue;
      }
      boolean opened = start > 0 && "“\"‘".indexOf(text.charAt(start - 1)) >= 0;
      if (quoted ? !opened : !shaped(run)) {
        continue;
      }
      boolean word = Vocabulary.commonWord(run);
      return sharesACharacter(run, name) && !run.contains("某") && (quoted || !word) ? run : null;
    }
    return null;
  }

  /** Where the unit before {@code end} starts: one Han character or a capitalised Latin word. */
  private static int unitStart(String text, int end) {
    char c = text.charAt(end - 1);
    if (Lexicon.isHan(c)) {
      return end - 1;
    }
    int i = end;
    while (i > 0
        && i > end - 6
        && Character.isLowerCase(text.charAt(i - 1))
        && text.charAt(i - 1) < 128) {
      i--;
    }
    return i < end && i > 0 && Character.isUpperCase(text.charAt(i - 1)) ? i - 1 : -1;
  }

  /**
   * 寿老板, 万哥, 大刘, 老三: a familiar prefix and one character, or a surname and a familiar ending — what
   * a person is called, not what they said, even where a verb of saying introduces it (村民称其“寿老板”).
   */
  static boolean familiar(String value) {
    return value.length() == 2
            && PREFIXES.indexOf(value.charAt(0)) >= 0
            && Lexicon.isHan(value.charAt(1))
        || value.length() <= 4
            && Lexicon.isSurname(value.charAt(0))
            && ENDINGS.matcher(value).matches();
  }

  private static boolean shaped(String nickname) {
    return PREFIXES.indexOf(nickname.charAt(0)) >= 0 || ENDINGS.matcher(nickname).matches();
  }

  private static boolean fullName(String name) {
    return name.length() >= 2
        && name.length() <= 4
        && (Lexicon.isSurname(name.charAt(0))
            || Lexicon.COMPOUND_SURNAMES.stream().anyMatch(name::startsWith))
        && !Vocabulary.commonWord(name)
        && !name.contains("某");
  }

  private static boolean sharesACharacter(String nickname, String name) {
    for (int i = 0; i < nickname.length(); i++) {
      char c = nickname.charAt(i);
      if (Lexicon.isHan(c) && PREFIXES.indexOf(c) < 0 && name.indexOf(c) >= 0) {
        return true;
      }
    }
    return false;
  }
}
