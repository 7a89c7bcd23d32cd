package org.sunshine.redaction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What people call somebody, declared with a verb of calling and quotation marks rather than an
 * alias word: 郜某（学生称其“胖嫂”）, 蔺某（公司内称“Linda”）, 人称“老三”, 大家都叫她“阿英”. The quoted name is masked wherever
 * it stands, as an alias of the person named just before, or on its own when nobody is. Part of
 * {@link PersonFinder}; read from each opening quotation mark, so the cost is the quotes'.
 */
final class CalledNames {

  private CalledNames() {}

  /**
   * The verb of calling right before the quote, with whom or where (称其, 叫她, 人称, 公司内称, 都叫) — not 俗称,
   * 简称 or 又称, which name things.
   */
  private static final Pattern CALLS =
      Pattern.compile("(?:(?:称呼|称|叫|喊)(?:其|她|他)|人称|(?:都|内|里|均|私下|平时)(?:称呼|称|叫|喊))(?:为|作|做)?$");

  /** Verbs that declare a name even outside a bracket: nobody 人称 or 称呼 a statement. */
  private static final Pattern DECLARES =
      Pattern.compile("(?:人称|称呼(?:其|她|他)?|都(?:叫|喊|称)(?:其|她|他)?)(?:为|作|做)?$");

  /**
   * 集团内部称邹某为“…”, 同伙称其为“…”: calling somebody named or pointed at something in quotes declares a name
   * wherever it stands (称X为 never introduces a statement).
   */
  private static final Pattern CALLS_SOMEBODY =
      Pattern.compile("(?:称呼|称|叫|喊)(?:其|她|他|\\p{IsHan}{2,4})为$");

  private static final Pattern LATIN =
      Pattern.compile("[A-Z][a-z]{1,15}(?: [A-Z][a-z]{1,15})?|[A-Z]{2,3}");

  /**
   * 本村人都叫其春娃，, 家里人都叫他昝老二，, 人称老三。: the same declarations without quotation marks, the name closed by
   * a delimiter. Only the verbs that declare (都叫, 人称, 称呼其), never a bare 称其 or 叫他, which report
   * what someone said or told somebody to do.
   */
  private static final Pattern DECLARED_UNQUOTED =
      Pattern.compile(
          "(?:人称|称呼(?:其|她|他)|(?:都|均|一直|平时|习惯|私下)(?:叫|喊|称呼|称)(?:其|她|他))(?:为|作|做)?"
              + "(\\p{IsHan}{2,3})(?=[，,。；;、])");

  static void find(PersonFinder f) {
    quoted(f);
    unquoted(f);
  }

  private static void unquoted(PersonFinder f) {
    Matcher m = DECLARED_UNQUOTED.matcher(f.text);
    while (m.find()) {
      String value = m.group(1);
      if (nameShaped(value) && !f.keptNames.contains(value)) {
        declare(f, value, m.start(1));
      }
    }
  }

  private static void quoted(PersonFinder f) {
    String text = f.text;
    for (int q = text.indexOf('“'); q >= 0; q = text.indexOf('“', q + 1)) {
      int from = Math.max(0, q - 6);
      boolean callsSomebody = CALLS_SOMEBODY.matcher(text).region(Math.max(0, q - 8), q).find();
      if (!callsSomebody && !CALLS.matcher(text).region(from, q).find()) {
        continue;
      }
      int close = text.indexOf('”', q + 1);
      if (close < 0 || close - q > 16) {
        continue;
      }
      String value = text.substring(q + 1, close);
      boolean inBracket = insideBracket(text, q);
      if (!closedAsName(text, close + 1)
          || !nameShaped(value)
          || !inBracket
              && !callsSomebody
              && !DECLARES.matcher(text).region(from, q).find()
              && !BracketedNames.familiar(value)
          || f.keptNames.contains(value)) {
        continue;
      }
      declare(f, value, q + 1);
    }
  }

  /** An alias of the person named just before, or masked on its own when nobody is. */
  private static void declare(PersonFinder f, String value, int at) {
    Person owner = AliasPeople.nearestBefore(f, at - 1);
    if (owner != null && !owner.forms.contains(value)) {
      owner.aliases.add(value);
    } else if (owner == null) {
      Person orphan = new Person(value, null, at);
      orphan.aliasOnly = true;
      f.persons.putIfAbsent(value, orphan);
    }
  }

  /**
   * An annotation in brackets (X（学生称其“…”）): the bracket opened on the same clause is still open.
   */
  private static boolean insideBracket(String text, int q) {
    for (int i = q - 1; i >= 0 && q - i <= 14; i--) {
      char c = text.charAt(i);
      if (c == '（' || c == '(') {
        return true;
      }
      if (c == '）' || c == ')' || c == '。' || c == '\n') {
        return false;
      }
    }
    return false;
  }

  /** A name ends the quote: a bracket closes, a clause goes on, or the person acts (的, 在). */
  private static boolean closedAsName(String text, int at) {
    return at >= text.length() || "）)，,。；;、的在也".indexOf(text.charAt(at)) >= 0;
  }

  /**
   * Linda, CK, 胖嫂, 老三, 阿英: a Latin given name or initials, or two to four Han characters with no
   * function word that are no plain word of the dictionary (not “放贷”, not “不知道”).
   */
  static boolean nameShaped(String value) {
    if (LATIN.matcher(value).matches()) {
      return true;
    }
    return value.length() >= 2
        && value.length() <= 4
        && value.chars().allMatch(c -> Lexicon.isHan((char) c))
        && value.chars().noneMatch(c -> Lexicon.NOT_IN_NAME.contains((char) c))
        && !value.contains("某")
        && !Vocabulary.plainWord(value);
  }
}
