package org.sunshine.redaction;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a personal name that starts at a given offset ends. Chinese has no spaces, so the length
 * (2, 3 or 4 characters, or a ·-joined minority name, or a Latin name) is decided from the
 * characters that follow, the names already known in the document, and how often each candidate
 * occurs.
 */
final class NameBoundary {

  private static final Pattern LATIN = Pattern.compile("[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){1,3}");
  private static final List<String> STOP_VERBS =
      List.of(
          "证实", "证言", "称", "家", "发现", "报警", "供述", "陈述", "辩称", "担任", "作为", "系", "均", "驾驶", "将", "被",
          "在", "与", "于", "向", "对", "因", "到", "等", "说", "表示", "提出", "签", "同意", "要求");

  /**
   * What a witness or party does right after their name (龚然明证实, 鄢红生证言), or the annotation only a
   * person takes (禹大庆（住…）, （男，…）): the name ends here, whatever word its given name is.
   */
  private static final Pattern SPEAKS =
      Pattern.compile(
          "证言|证实|证明|陈述|供述|辩称|辩解|称[：:，,]"
              + "|[（(](?:住|现住|户籍|男|女|系其|身份证|公民身份|\\d{4}年\\d{1,2}月)|[，,][男女][，,]");

  /** Characters that are particles after a name but also open given names (向阳, 和平, 从军, 有福). */
  private static final String PARTICLE_GIVEN = "向和从与对有";

  private static final String GIVEN_AFTER_PARTICLE = "阳东前荣华明红辉军英平宇伟杰峰林福才财德根珍贵富";

  private final String text;
  private final List<String> dotNames;
  private final Set<String> known = new LinkedHashSet<>();
  // the known names by their first character: a long document knows hundreds of people, and every
  // candidate position asks for the longest known name starting there
  private final Map<Character, List<String>> knownByFirst = new HashMap<>();

  NameBoundary(String text) {
    this.text = text;
    this.dotNames = DottedNames.find(text);
  }

  List<String> dotNames() {
    return dotNames;
  }

  void know(Collection<String> names) {
    for (String name : names) {
      if (known.add(name) && !name.isEmpty()) {
        knownByFirst.computeIfAbsent(name.charAt(0), c -> new ArrayList<>()).add(name);
      }
    }
  }

  /** The name starting at {@code pos}, or null when what follows does not look like a name. */
  String at(int pos) {
    if (pos >= text.length()) {
      return null;
    }
    String best = known.contains("") ? "" : null;
    for (String k : knownByFirst.getOrDefault(text.charAt(pos), List.of())) {
      if (text.startsWith(k, pos) && (best == null || k.length() > best.length())) {
        best = k;
      }
    }
    if (best != null) {
      return best;
    }
    Matcher latin = LATIN.matcher(text).region(pos, Math.min(text.length(), pos + 40));
    if (latin.lookingAt() && latin.group().chars().filter(Character::isUpperCase).count() >= 2) {
      return latin.group();
    }
    for (String d : dotNames) {
      if (text.startsWith(d, pos)) {
        return d;
      }
    }
    return longer(completed(pos, MinorityNames.at(text, pos)), han(pos, false));
  }

  /**
   * 才让东智, 泽郎措: a Tibetan name is often one known element and one or two more characters the stock
   * lacks. After the run, one or two characters that are no word (not 生前 in 卓玛生前) and are closed by
   * a delimiter or what follows a name complete it.
   */
  private String completed(int pos, String run) {
    if (run == null || run.length() < 2) {
      return run;
    }
    int end = pos + run.length();
    if (MinorityNames.servantPrefix(run)) {
      return afterServantPrefix(pos, end, run);
    }
    for (int more = 2; more >= 1; more--) {
      int to = end + more;
      if (to > text.length()) {
        continue;
      }
      String tail = text.substring(end, to);
      boolean han = tail.chars().allMatch(c -> Lexicon.isHan((char) c));
      boolean closed =
          to == text.length()
              || Lexicon.AFTER_NAME.contains(text.charAt(to))
              || verbAt(to)
              || to + 2 <= text.length() && Vocabulary.commonWord(text.substring(to, to + 2));
      if (han
          && closed
          && tail.chars().noneMatch(c -> Lexicon.AFTER_NAME.contains((char) c))
          && !verbAt(end)
          // every character is a dictionary entry: one ending is read from the stock's endings
          && (more == 2
              ? !Vocabulary.commonWord(tail) && !Vocabulary.dictionaryWord(tail)
              : MinorityNames.ending(tail.charAt(0)))) {
        return run + tail;
      }
    }
    return run;
  }

  /** 于 or 在 before a date (张建忠于2020年): a preposition after the name, not a word's second half. */
  private boolean datedAfter(int at) {
    return at + 1 < text.length()
        && "于在".indexOf(text.charAt(at)) >= 0
        && (Layout.isDigit(text.charAt(at + 1)) || "〇一二同当次".indexOf(text.charAt(at + 1)) >= 0);
  }

  /**
   * 阿不都热西提: 阿不都 (servant of) governs the name fused to it, which the stock need not know; the name
   * runs on over two to four characters up to a delimiter or a verb.
   */
  private String afterServantPrefix(int pos, int end, String run) {
    int to = end;
    while (to < text.length()
        && to - end < 4
        && Lexicon.isHan(text.charAt(to))
        && !Lexicon.AFTER_NAME.contains(text.charAt(to))
        && !verbAt(to)) {
      to++;
    }
    boolean closed =
        to == text.length()
            || !Lexicon.isHan(text.charAt(to))
            || Lexicon.AFTER_NAME.contains(text.charAt(to))
            || verbAt(to);
    // 都是阿不都安排的: a word after the prefix (安排) is what the person did, not their name
    return to - end >= 2 && closed && !Vocabulary.plainWord(text.substring(end, end + 2))
        ? text.substring(pos, to)
        : run;
  }

  /**
   * A name without a surname (次旦多吉) against a Han reading of the same place (苏和平 over 苏和): the
   * longer wins, the element run on a tie.
   */
  private static String longer(String minority, String han) {
    if (minority == null || minority.length() < 2) {
      return han;
    }
    return han == null || minority.length() >= han.length() ? minority : han;
  }

  /**
   * As {@link #at}, for the next item of a list of names, where a common-word start (宁可欣) is no
   * objection.
   */
  String atInList(int pos) {
    String name = at(pos);
    return name != null ? name : han(pos, true);
  }

  /**
   * 案外人廖向阳提出…: right after a party's role word, a surname, a particle that opens given names (向, 和,
   * 从) and a given-name character are a name even when said once.
   */
  String particleNameAfterRole(int pos) {
    if (pos + 3 > text.length()) {
      return null;
    }
    String c = text.substring(pos, pos + 3);
    if (Lexicon.isSurname(c.charAt(0))
        && PARTICLE_GIVEN.indexOf(c.charAt(1)) >= 0
        && GIVEN_AFTER_PARTICLE.indexOf(c.charAt(2)) >= 0) {
      return c;
    }
    // 案外人訾宁静提出…: a rare surname and a given name that is a word, closed where a name ends
    boolean speaks = CLOSES_NAME.matcher(text).region(pos + 3, text.length()).lookingAt();
    boolean closed =
        pos + 3 >= text.length() || Lexicon.AFTER_NAME.contains(text.charAt(pos + 3)) || speaks;
    return Lexicon.isSurname(c.charAt(0))
            && Lexicon.isHan(c.charAt(1))
            && Lexicon.isHan(c.charAt(2))
            && !Lexicon.NOT_IN_NAME.contains(c.charAt(1))
            && (!Vocabulary.commonWord(c.substring(0, 2)) || surnameBeforeAWord(c, speaks))
            && closed
        ? c
        : null;
  }

  /**
   * 就诊人党建设反映…: the surname and the given name's first character make a word (党建), the given name is
   * a word too (建设) — the role word before and a person's verb after (or the same three characters
   * again) say it is a name. Without a role word 党建设工作 is never read here.
   */
  private boolean surnameBeforeAWord(String c, boolean speaks) {
    return !Lexicon.WEAK_SURNAMES.contains(c.charAt(0))
        && !Lexicon.NOT_IN_NAME.contains(c.charAt(2)) // 患者习惯于: 于 ends no given name
        && Vocabulary.ordinaryWord(c.substring(1))
        && !Vocabulary.commonWord(c)
        && (speaks || count(c) >= 2);
  }

  private static final Pattern CLOSES_NAME = Pattern.compile("提出|表示|认为|申请|证实|陈述|供述|辩称|反映|称[：:，,]");

  /**
   * A name without a Han surname (其木格, 萨仁高娃, 扎西多吉) right after a role word: 2–4 characters up to a
   * delimiter or a verb, occurring at least twice, and not starting with an ordinary word.
   */
  String surnameless(int pos) {
    if (pos + 1 >= text.length()
        || "该此本这那他她我你之的所被将把对向从在于与和及".indexOf(text.charAt(pos)) >= 0
        || text.charAt(pos) == '其' && "父母妻夫子女兄弟姐妹家中他余实次后间".indexOf(text.charAt(pos + 1)) >= 0) {
      return null;
    }
    int end = pos;
    while (end < text.length()
        && end - pos < 9
        && Lexicon.isHan(text.charAt(end))
        && !Lexicon.AFTER_NAME.contains(text.charAt(end))
        && !verbAt(end)) {
      end++;
    }
    int length = end - pos;
    // 证人买买提江吐尔洪（墨玉县…）: a long name is accepted when an annotation closes it
    boolean annotated = end < text.length() && (text.charAt(end) == '（' || text.charAt(end) == '(');
    if (length < 2 || length > (annotated ? 8 : 4)) {
      return null;
    }
    String name = text.substring(pos, end);
    if (count(name) < 2 && !annotated
        || Lexicon.NOT_NAMES.contains(name)
        || Vocabulary.commonWord(name.substring(0, 2))
        || Vocabulary.commonWord(name)) {
      return null;
    }
    return name;
  }

  private boolean verbAt(int at) {
    for (String verb : STOP_VERBS) {
      if (text.startsWith(verb, at)) {
        return true;
      }
    }
    return false;
  }

  private String han(int pos, boolean lenient) {
    String c = text.substring(pos, Math.min(text.length(), pos + 4));
    if (c.length() < 2
        || !Lexicon.isHan(c.charAt(0))
        || !Lexicon.isHan(c.charAt(1))
        || c.contains("某")) {
      return null;
    }
    if (c.length() > 2 && c.charAt(2) == '·') {
      return null;
    }
    boolean compound = Lexicon.COMPOUND_SURNAMES.stream().anyMatch(c::startsWith);
    if (compound) {
      String four = extend(pos, 2, 4);
      if (four != null && four.length() == 4) {
        String three = four.substring(0, 3);
        if (count(four) == 1 && count(three) >= 2) {
          return three;
        }
      }
      return four;
    }
    char first = c.charAt(0);
    if (!Lexicon.isSurname(first) && first != '阿') {
      return null;
    }
    if (c.length() >= 3
        && GIVEN_AFTER_PARTICLE.indexOf(c.charAt(2)) >= 0
        && PARTICLE_GIVEN.indexOf(c.charAt(1)) >= 0
        && count(c.substring(0, 3)) >= 2
        && followedByBoundary(pos + 3)) {
      return c.substring(0, 3); // 郝向阳, 王和平 said twice and standing alone: a name, not 向/和 + a word
    }
    if (Lexicon.NOT_IN_NAME.contains(c.charAt(1)) || Lexicon.AFTER_NAME.contains(c.charAt(1))) {
      return null;
    }
    if (first == '阿'
        && c.length() == 4
        && nameChar(c.charAt(2))
        && nameChar(c.charAt(3))
        && count(c) >= 1
        && followedByBoundary(pos + 4)) {
      return c;
    }
    if (c.length() < 3 || !nameChar(c.charAt(2))) {
      return c.substring(0, 2);
    }
    String three = c.substring(0, 3);
    String two = c.substring(0, 2);
    String chosen = count(three) == 1 && count(two) >= 2 && !siblings(two) ? two : three;
    boolean speaks =
        pos + 3 < text.length() && SPEAKS.matcher(text).region(pos + 3, text.length()).lookingAt();
    if (chosen.equals(three)
        && pos + 4 <= text.length()
        && Vocabulary.commonWord(text.substring(pos + 2, pos + 4))
        && !Vocabulary.commonWord(two)
        && !speaks
        && !datedAfter(pos + 3)
        && !closedElsewhere(three)) {
      chosen = two; // 刘强发现, 王明证实: the third character starts the next word
    }
    boolean rare = Lexicon.COMMON_SURNAMES.indexOf(first) < 0;
    if (!lenient
        && (chosen.length() == 2 || rare)
        && Vocabulary.commonWord(two)
        && !Vocabulary.personWord(two)) {
      return null; // 衣物, 宣读, 羊只: ordinary words, not names
    }
    if (!lenient
        && rare
        && chosen.length() == 3
        && Vocabulary.ordinaryWord(chosen.substring(1))
        // 郎春雨, 农建军: a given name the dictionary also knows as a name (春雨, 建军) is that name
        && !Vocabulary.personWord(chosen.substring(1))
        && !speaks) {
      return null; // 会决议, 管部门
    }
    if (Lexicon.NOT_NAMES.contains(chosen)
        || Lexicon.NOT_NAMES.contains(two)
            && (chosen.equals(two) || !lenient && count(three) < 2)) {
      return null;
    }
    return chosen;
  }

  /**
   * 被害人顾秋生发生碰撞 where the document also writes 顾秋生及其女儿: the three characters stand closed as a name
   * elsewhere, so 生发 is no reason to cut the name short here.
   */
  private boolean closedElsewhere(String three) {
    for (int at = text.indexOf(three); at >= 0; at = text.indexOf(three, at + 1)) {
      int end = at + three.length();
      if (end < text.length() && "，,。；;、（(及和与的".indexOf(text.charAt(end)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** A compound surname plus a given name of 1–2 characters. */
  private String extend(int pos, int surname, int max) {
    int end = pos + surname;
    while (end < text.length() && end < pos + max && nameChar(text.charAt(end))) {
      end++;
    }
    return end - pos > surname ? text.substring(pos, end) : null;
  }

  static boolean nameChar(char c) {
    return Lexicon.isHan(c) && !Lexicon.AFTER_NAME.contains(c) && !Lexicon.NOT_IN_NAME.contains(c);
  }

  private boolean followedByBoundary(int at) {
    return at >= text.length()
        || !Lexicon.isHan(text.charAt(at))
        || Lexicon.AFTER_NAME.contains(text.charAt(at));
  }

  /**
   * 王建丽、王建芳, 高明丽、高明芳: two people whose names share the surname and first given character (siblings
   * of one generation name), each named once in a list. The shared two characters recur, but each
   * time a different third character closes a name before a list's delimiter.
   */
  private boolean siblings(String two) {
    Set<Character> thirds = new HashSet<>();
    for (int at = text.indexOf(two); at >= 0; at = text.indexOf(two, at + 1)) {
      int third = at + 2;
      if (third + 1 < text.length()
          && nameChar(text.charAt(third))
          && NOT_A_THIRD.indexOf(text.charAt(third)) < 0
          && LIST_DELIMITERS.indexOf(text.charAt(third + 1)) >= 0) {
        thirds.add(text.charAt(third));
      }
    }
    return thirds.size() >= 2;
  }

  private static final String LIST_DELIMITERS = "、，,；;。：:（(｜|\t\n 　";

  /** What follows a two-character name as a verb (王明说：, 王明称，, 王明等): no third character. */
  private static final String NOT_A_THIRD = "说称讲问答道等述供诉叫喊骂证认写";

  /** How often {@code s} stands in the text; asked again and again of the same names, so kept. */
  int count(String s) {
    return counts.computeIfAbsent(
        s,
        k -> {
          int n = 0;
          for (int from = CharPositions.indexOf(text, k, 0);
              from >= 0;
              from = CharPositions.indexOf(text, k, from + k.length())) {
            n++;
          }
          return n;
        });
  }

  private final Map<String, Integer> counts = new HashMap<>();
}
