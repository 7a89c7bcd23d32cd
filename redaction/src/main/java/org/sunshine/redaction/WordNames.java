package org.sunshine.redaction;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.common.Term;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names whose characters also make an ordinary word (安然, 高原, 文静, 花蕊, 原野 as a surname and a given
 * name; 满满 as a child's doubled given character). The word is read as the name only where the
 * document declares a person — a party's role word before it with a person's clause after it, a
 * list or table of people, a person's details after it — and, once the person is known, only where
 * it stands as a person in the sentence (安然拿了瓶子, 系安然造成), never where it is the word (安然无恙, 青藏高原的,
 * 性格文静。, 满满一车). HanLP is asked only about the few spans these words occupy.
 */
final class WordNames {

  private WordNames() {}

  /** The rarer surnames of rare-surnames.txt (first character of each line). */
  private static final Set<Character> RARE =
      Lexicon.chars(
          String.join(
              "",
              HealthConditions.lines(WordNames.class.getResourceAsStream("rare-surnames.txt"))
                  .stream()
                  .map(line -> line.substring(0, 1))
                  .toList()));

  /** A surname of the main list or of the rarer ones a declared person may carry (花蕊, 原野). */
  static boolean declaredSurname(char c) {
    return Lexicon.isSurname(c) || RARE.contains(c) || DeclaredSurnames.minority(c);
  }

  private static final Pattern TITLE =
      Pattern.compile("(?:老师|导师|经理|主管|阿姨|姐|哥)(?!\\p{IsHan}{0,1}(?:们|夫))");

  private static final Pattern PARTY_AFTER =
      Pattern.compile("一行[人二三四五六]|等[二三四五六七八九十\\d]*人|一家[人三四五]?|夫妇");
  private static final Pattern OWED_TO = Pattern.compile("(?:欠|支付|给付|偿还|借给|付给|转给|退还|赔偿)$");
  private static final Pattern MONEY_AFTER = Pattern.compile("人民币|现金|工资|劳动报酬|各项损失|经济损失|医疗费|\\d");

  /** What follows a person's name in a participant paragraph or a bracket about them. */
  static final Pattern DETAILS =
      Pattern.compile(
          "[（(]|[，,]\\s*(?:男|女|\\d{4}年|\\d{4}[-.]|出生|生于|身份证|公民身份|住|户籍|汉族|\\p{IsHan}{1,4}族)");

  /**
   * 被害人文静发生口角, 证人原野说: right after a party's role word, two characters that make a word led by a
   * surname are the person when the word stands on its own there (a noun or an adjective, not 当场,
   * 同时, 明明) and either a person's details follow or it is said again and acts here.
   */
  static String afterRole(PersonFinder f, int pos) {
    String text = f.text;
    String word = surnamedWordAt(text, pos);
    if (word == null || Lexicon.NOT_NAMES.contains(word)) {
      return null;
    }
    if (DETAILS.matcher(text).region(pos + 2, text.length()).lookingAt()) {
      return word;
    }
    // said again as a person (文静头部, 文静的伤), not only inside phrases (案外人权益受损 … 合法权益)
    return NameContext.actsAsPerson(text, pos, pos + 2)
            && !possessed(f, word, pos)
            && standsElsewhere(text, word, pos)
        ? word
        : null;
  }

  /**
   * 申请人汪某…申请人房屋仍为一层 … 其位于…的房屋系: where the role word names its person elsewhere, a word that a 的
   * modifies somewhere is the person's thing. Both must hold: 在村外的原野上 alone does not make the
   * victim 原野 a field.
   */
  private static boolean possessed(PersonFinder f, String word, int pos) {
    if (pos < 2 || !f.text.contains("的" + word)) {
      return false;
    }
    String role = f.text.substring(pos - 2, pos);
    return f.persons.keySet().stream()
        .anyMatch(name -> !name.equals(word) && f.text.contains(role + name));
  }

  /**
   * 经纪人文明证实: after a relation word (an occupation, a neighbour) the word led by a surname is the
   * person only right before what only a witness or a party does, though a trigger elsewhere reads
   * it as no name (文明城市).
   */
  static String beforeTestimony(String text, int pos) {
    String word = surnamedWordAt(text, pos);
    return word != null && RolePeople.testifies(text, pos + 2) ? word : null;
  }

  /**
   * Two characters at pos that make a word led by a surname and stand as a noun or an adjective.
   */
  private static String surnamedWordAt(String text, int pos) {
    if (pos + 3 > text.length()) {
      return null;
    }
    String word = text.substring(pos, pos + 2);
    if (!Lexicon.isHan(word.charAt(0))
        || !Lexicon.isHan(word.charAt(1))
        || !declaredSurname(word.charAt(0))
        || Lexicon.NOT_IN_NAME.contains(word.charAt(1))
        || !Vocabulary.commonWord(word)) {
      return null;
    }
    Term term = termAt(text, pos, pos + 2);
    return term != null && nounOrAdjective(term.nature.toString()) ? word : null;
  }

  private static boolean standsElsewhere(String text, String word, int pos) {
    for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      if (at != pos
          && NameContext.standsAsName(text, at, at + 2)
          && !afterAModifier(text, at, at + 2)) {
        return true;
      }
    }
    return false;
  }

  /**
   * An occurrence of a declared person's name that is also a word (安然, 高原): the person where it
   * stands as a name (after a role word or a delimiter, before 的 or （) or acts as one (系安然造成,
   * 看见安然拿了), unless a modifier makes it part of a phrase (青藏高原的) or it ends one (性格文静。).
   */
  static boolean standsForThePerson(String text, int start, int end) {
    if (TITLE.matcher(text).region(end, text.length()).lookingAt()) {
      return true; // 小雨老师, 文静姐: a form of address only a person takes
    }
    if (start >= 1 && "很太挺较更最真".indexOf(text.charAt(start - 1)) >= 0) {
      return false; // 很简单的: after an adverb of degree the word is an adjective
    }
    if (PARTY_AFTER.matcher(text).region(end, text.length()).lookingAt()
        || OWED_TO.matcher(text).region(Math.max(0, start - 3), start).find()
            && MONEY_AFTER.matcher(text).region(end, text.length()).lookingAt()) {
      return true; // 简单一行人, 欠向前人民币52300元: a person's party, whom money is owed or paid
    }
    if (afterAClausePreposition(text, start)
        && (NameContext.actsAsPerson(text, start, end) || verbAt(text, end))) {
      return true; // 元由高原指示, 趁机将高原放在: the preposition's object that then acts
    }
    if (NameContext.standsAsName(text, start, end)) {
      return !afterAModifier(text, start, end);
    }
    return NameContext.actsAsPerson(text, start, end)
        && !NameContext.endsAPhrase(text, start, end)
        && !NameContext.partOfWordOrPlace(text, start, end)
        && (start == 0 || !Lexicon.isHan(text.charAt(start - 1)) || afterAVerb(text, start, end));
  }

  /**
   * 由, 将, 把, 被… standing alone before the word (not the end of 理由, 即将, 自由): the preposition of the
   * person who acts next.
   */
  private static boolean afterAClausePreposition(String text, int start) {
    return start >= 2
        && "由将把被让叫给跟与同替帮".indexOf(text.charAt(start - 1)) >= 0
        && !Vocabulary.dictionaryWord(text.substring(start - 2, start));
  }

  /**
   * 由高原指示: HanLP tags 指示 a noun there, but after a clause preposition and the person a word the
   * dictionary also gives as a verb is the act.
   */
  private static boolean verbAt(String text, int end) {
    return end + 2 <= text.length() && Vocabulary.verb(text.substring(end, end + 2));
  }

  /**
   * 系安然造成, 看见安然拿了, 此后田野申请: right after a verb, a preposition or a time the name is the person;
   * after a noun (工作向前推进) or a modifier (青藏高原) it goes on a phrase. A name that opens with a
   * preposition (向前, 向东) is read so only after a delimiter (继续向前推进 is a direction).
   */
  private static boolean afterAVerb(String text, int start, int end) {
    if ("向往朝从对".indexOf(text.charAt(start)) >= 0) {
      return false;
    }
    Term before = termBefore(text, start, end);
    if (before == null) {
      return false;
    }
    String nature = before.nature.toString();
    return nature.startsWith("v") && !nature.equals("vn")
        || nature.startsWith("p")
        || nature.startsWith("c")
        // 此后田野申请, but 晚高峰 (one character of time makes a word with it)
        || nature.startsWith("t") && !digits(before.word) && before.word.length() >= 2;
  }

  /**
   * The given name alone of a declared person that ends a phrase (乡村繁荣”) is the word, except after
   * a copula (开车的就是明亮，), where only a person stands.
   */
  static boolean endsAPhrase(String text, int start, int end) {
    if (start >= 1 && "很太挺较更最真".indexOf(text.charAt(start - 1)) >= 0) {
      return true; // 教室里很明亮: after an adverb of degree the word is an adjective
    }
    return NameContext.endsAPhrase(text, start, end)
        && !(start >= 2
            && text.startsWith("是", start - 1)
            && "就正便竟也都即".indexOf(text.charAt(start - 2)) >= 0);
  }

  /**
   * 满满 for 邱小满: a doubled given character that is also a word is the child only where it opens a
   * clause as a word of its own that is no adverb (明明知道, 天天如此) and no measure of something (满满一车,
   * 满满的).
   */
  static boolean doubledStandsAsName(String text, int start, int end) {
    if (start > 0 && Lexicon.isHan(text.charAt(start - 1))) {
      return false;
    }
    if (end < text.length() && "的地当".indexOf(text.charAt(end)) >= 0) {
      return false;
    }
    int from = Math.max(0, start - 6);
    List<Term> terms = HanLP.newSegment().enableOffset(true).seg(window(text, start, end));
    for (int i = 0; i < terms.size(); i++) {
      Term t = terms.get(i);
      if (from + t.offset == start && t.word.length() == end - start) {
        String nature = t.nature.toString();
        String next = i + 1 < terms.size() ? terms.get(i + 1).nature.toString() : "w";
        return !"dvmqrcput".contains(nature.substring(0, 1))
            && !"mqu".contains(next.substring(0, 1));
      }
    }
    return false;
  }

  /**
   * 青藏高原, 2024年夏天 (not 此后田野): an attributive, a place, a number or a time right before the word
   * makes it part of a phrase.
   */
  private static boolean afterAModifier(String text, int start, int end) {
    if (start == 0 || !Lexicon.isHan(text.charAt(start - 1))) {
      return false;
    }
    Term before = termBefore(text, start, end);
    if (before == null) {
      return false;
    }
    String nature = before.nature.toString();
    return nature.equals("b")
        || nature.startsWith("ns")
        || nature.startsWith("m")
        || nature.startsWith("t") && digits(before.word)
        || nature.startsWith("q");
  }

  private static boolean digits(String word) {
    return word.chars().anyMatch(c -> c >= '0' && c <= '9' || "〇一二三四五六七八九十".indexOf(c) >= 0);
  }

  private static Term termBefore(String text, int start, int end) {
    int from = Math.max(0, start - 6);
    Term before = null;
    for (Term t : HanLP.newSegment().enableOffset(true).seg(window(text, start, end))) {
      if (from + t.offset + t.word.length() == start) {
        before = t;
      }
    }
    return before;
  }

  private static Term termAt(String text, int start, int end) {
    int from = Math.max(0, start - 6);
    for (Term t : HanLP.newSegment().enableOffset(true).seg(window(text, start, end))) {
      if (from + t.offset == start && t.word.length() == end - start) {
        return t;
      }
    }
    return null;
  }

  private static String window(String text, int start, int end) {
    return text.substring(Math.max(0, start - 6), Math.min(text.length(), end + 6));
  }

  /** 文静/a, 高原/n, 安然/z: not a title (代表/nnt) nor a verb's noun (vn). */
  private static boolean nounOrAdjective(String nature) {
    return nature.startsWith("n") && !nature.startsWith("nnt") && !nature.startsWith("nnd")
        || nature.startsWith("a") && !nature.equals("ad")
        || nature.equals("z");
  }
}
