package org.sunshine.redaction;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A nickname's own part said alone: the Latin name that ends or opens a nickname (瘦身小仙女Kiki, then
 * Kiki跟我说) and a familiar tail in 老/小/阿 that the document quotes on its own (辽东老炮儿, then ‘老炮儿’).
 * Each is masked like the nickname. Only the persons' aliases are looked at, with a few searches
 * each, so the cost does not grow with the text times the candidates.
 */
final class NicknameTails {

  private NicknameTails() {}

  static void add(String text, Collection<Person> persons) {
    for (Person p : persons) {
      List<String> nicknames = new ArrayList<>(p.aliases);
      if (p.aliasOnly) {
        nicknames.add(p.name);
      }
      for (String nickname : nicknames) {
        String latin = latinPart(nickname);
        if (latin != null && standsAloneElsewhere(text, latin, nickname)) {
          p.aliases.add(latin);
        }
        String tail = familiarTail(nickname);
        if (tail != null && quotedAlone(text, tail)) {
          p.aliases.add(tail);
        }
      }
    }
  }

  /**
   * The run of three or more Latin letters, capitalised and not all capitals, that ends or opens a
   * nickname with Han in it.
   */
  private static String latinPart(String nickname) {
    if (nickname.chars().noneMatch(c -> Lexicon.isHan((char) c))) {
      return null;
    }
    int end = nickname.length();
    int start = end;
    while (start > 0 && isLatin(nickname.charAt(start - 1))) {
      start--;
    }
    if (start == end) {
      start = 0;
      end = 0;
      while (end < nickname.length() && isLatin(nickname.charAt(end))) {
        end++;
      }
    }
    String run = nickname.substring(start, end);
    // a name is capitalised (Kiki); an acronym in capitals (币圈USDT, VIP, APP) is a word of the
    // trade
    boolean nameLike =
        run.length() >= 3
            && Character.isUpperCase(run.charAt(0))
            && run.chars().skip(1).anyMatch(Character::isLowerCase);
    return nameLike ? run : null;
  }

  /** Said outside the nickname, not inside a longer Latin word (kikisl…). */
  private static boolean standsAloneElsewhere(String text, String part, String nickname) {
    int inside = 0;
    for (int at = text.indexOf(nickname); at >= 0; at = text.indexOf(nickname, at + 1)) {
      inside++;
    }
    int alone = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      int end = at + part.length();
      if ((at == 0 || !isLatin(text.charAt(at - 1)))
          && (end >= text.length() || !isLatin(text.charAt(end)))) {
        alone++;
      }
    }
    return alone > inside;
  }

  /** 辽东老炮儿 → 老炮儿: the last two or three characters from 老, 小 or 阿, after at least two more. */
  private static String familiarTail(String nickname) {
    for (int len = 3; len >= 2; len--) {
      int at = nickname.length() - len;
      if (at >= 2
          && "老小阿".indexOf(nickname.charAt(at)) >= 0
          && nickname.substring(at).chars().allMatch(c -> Lexicon.isHan((char) c))) {
        return nickname.substring(at);
      }
    }
    return null;
  }

  /** “老炮儿”, ‘老炮儿’: the tail in quotes of its own, as the document names the person by it. */
  private static boolean quotedAlone(String text, String tail) {
    for (int at = text.indexOf(tail); at >= 0; at = text.indexOf(tail, at + 1)) {
      int end = at + tail.length();
      if (at > 0
          && end < text.length()
          && "“‘\"「『".indexOf(text.charAt(at - 1)) >= 0
          && "”’\"」』".indexOf(text.charAt(end)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean isLatin(char c) {
    return c < 128 && Character.isLetter(c);
  }
}
