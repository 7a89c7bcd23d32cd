package org.sunshine.redaction;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives each person a pseudonym (case-stable through the {@link PseudonymMap}) and proposes a
 * finding for every occurrence of every form of their name. A given name used alone is replaced
 * only where it stands as a name (after a quote mark or a word like 与/喊, or before a delimiter) and
 * never before a place suffix (向阳路, 长安区).
 */
final class Anonymiser {

  private static final List<String> ORGANISATION_SUFFIXES =
      List.of(
          "医院", "学校", "大学", "中学", "小学", "幼儿园", "公司", "集团", "宾馆", "酒店", "饭店", "商场", "超市", "市场", "公园",
          "广场", "大厦", "小区", "花园", "银行", "东路", "西路", "南路", "北路", "中路", "大道", "大街", "新村", "工业园");
  private static final String BEFORE_GIVEN = "“\"「『‘与和跟对叫喊称给让找同及、向";
  private static final String AFTER_GIVEN = "，,。！!？?”\"」』’、：:；;";

  private Anonymiser() {}

  static PseudonymMap pseudonyms(List<Person> persons, PseudonymMap existing) {
    List<String> order = new ArrayList<>();
    for (Person p : persons) {
      if (!p.aliasOnly) {
        order.add(p.pseudonymKey());
      }
    }
    return existing.extend(order);
  }

  static void addGivenForms(List<Person> persons) {
    for (Person p : persons) {
      for (String form : List.copyOf(p.forms)) {
        if (form.contains("·")) {
          for (String part : form.split("·")) {
            if (part.length() >= 2) {
              p.givenForms.add(part);
            }
          }
        } else if (form.equals(p.chineseName) && !form.equals(p.name) && allHan(form)) {
          // 昂哥哥 for AUNG KO KO renders sounds and has no surname: 昂哥 and 阿昂 are built on its
          // first syllable, and no part of it is a given name
          addNicknames(p, form.charAt(0));
        } else if (allHan(form) && !MinorityNames.elements(form).isEmpty()) {
          // 扎西次仁 is called 扎西 or 次仁 alone, as 泽仁拉姆 is 拉姆
          p.givenForms.addAll(MinorityNames.elements(form));
        } else if (form.length() == 3 && allHan(form) && !compound(form)) {
          p.givenForms.add(form.substring(1));
          addNicknames(p, form.charAt(2)); // 钟晓峰 is 峰哥 and 阿峰 too
        } else if (form.length() == 4 && allHan(form) && compound(form)) {
          p.givenForms.add(form.substring(2));
        } else if (form.length() == 2 && allHan(form)) {
          addNicknames(p, form.charAt(1));
        } else if (form.matches("[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){1,4}")) {
          // SERGEI of IVANOV SERGEI PETROVICH: a part of a foreigner's Latin name names them alone,
          // written in capitals or not (Sergei)
          for (String part : form.split(" ")) {
            if (part.length() >= 4) {
              p.givenForms.add(part);
              p.givenForms.add(part.charAt(0) + part.substring(1).toLowerCase(Locale.ROOT));
            }
          }
        }
      }
    }
  }

  /**
   * A one-character given name is too short to replace alone, but the nicknames built on it (伟哥,
   * 伟姐, 阿伟, 小伟) name the person as surely as the full name does.
   */
  private static void addNicknames(Person p, char given) {
    for (String nickname : List.of(given + "哥", given + "姐", "阿" + given, "小" + given)) {
      if (!Vocabulary.commonWord(nickname)) {
        p.nicknames.add(nickname);
      }
    }
  }

  static void find(
      String folded,
      String original,
      List<Person> persons,
      PseudonymMap map,
      Protected kept,
      Findings out) {
    for (Person p : persons) {
      String pseudonym = p.aliasOnly ? "**" : map.get(p.pseudonymKey());
      for (String form : p.forms) {
        each(
            folded,
            form,
            (s, e) -> {
              // Inside a kept span (江山 in 江山市人民法院) the name is a place; overlapping one only partly
              // means the kept span is wrong, and the name wins.
              if (!kept.covers(s, e) && (!wordLike(form) || standsAsName(folded, s, e))) {
                out.add(s, e, original, Category.NAME, p.role, "person-name", 0.9, pseudonym);
              }
            });
      }
      for (String given : p.givenForms) {
        each(
            folded,
            given,
            (s, e) -> {
              boolean ordinary = Vocabulary.ordinaryWord(given);
              if (!kept.covers(s, e)
                  && !partOfWordOrPlace(folded, s, e)
                  && (!ordinary
                      || !endsAPhrase(folded, s, e)
                          && (standsAlone(folded, s, e) || actsAsPerson(folded, s, e)))) {
                out.add(s, e, original, Category.NAME, p.role, "given-name-alone", 0.75, pseudonym);
              }
            });
      }
      for (String nickname : p.nicknames) {
        each(
            folded,
            nickname,
            (s, e) -> {
              // 伟哥快躲开, not 小红书, 小平台, 阿波罗, 邓小平
              if (!kept.covers(s, e)
                  && !partOfWordOrPlace(folded, s, e)
                  && alignedWithWords(folded, s, e)
                  && (standsAsName(folded, s, e) || actsAsPerson(folded, s, e))) {
                out.add(s, e, original, Category.NAME, p.role, "nickname", 0.7, "**");
              }
            });
      }
      for (String alias : p.aliases) {
        each(
            folded,
            alias,
            (s, e) -> {
              if (!kept.covers(s, e)) {
                out.add(s, e, original, Category.NAME, p.role, "alias", 0.85, "**");
              }
            });
      }
    }
  }

  /**
   * A two-character name that is also a word (高峰, 江山, 海燕): replaced only where it stands as a name.
   */
  /** False for a "person" whose every occurrence lies in kept text (穆沁旗 inside 西乌珠穆沁旗人民检察院). */
  static boolean appearsOutside(String text, Person p, Protected kept) {
    boolean[] outside = {false};
    for (String form : p.forms) {
      each(text, form, (s, e) -> outside[0] |= !kept.covers(s, e));
    }
    return outside[0] || p.forms.stream().noneMatch(text::contains);
  }

  /**
   * Where a two-character name that is also a word was left standing (晚高峰 for 高峰), the word around
   * it, so the residual check does not count it.
   */
  static List<String> wordContexts(String text, Person p, List<Finding> findings) {
    List<String> contexts = new ArrayList<>();
    for (String form : p.forms) {
      if (wordLike(form)) {
        each(
            text,
            form,
            (s, e) -> {
              if (findings.stream().noneMatch(f -> f.start() <= s && e <= f.end())) {
                contexts.add(text.substring(Math.max(0, s - 1), Math.min(text.length(), e + 1)));
              }
            });
      }
    }
    return contexts;
  }

  /**
   * For a given name that is also an ordinary word (国庆, 平安, 建设): HanLP segments the words around
   * it; it is the person when it stands as a word of its own and a verb follows (随后国庆夺过), not in
   * 平安夜 or 建设文明城市.
   */
  private static boolean actsAsPerson(String text, int start, int end) {
    int from = Math.max(0, start - 6);
    List<Term> terms = wordsAround(text, start, end);
    for (int i = 0; i < terms.size(); i++) {
      Term t = terms.get(i);
      if (from + t.offset == start && t.word.length() == end - start) {
        if (t.nature.toString().startsWith("nr")) {
          return true;
        }
        if (i + 1 >= terms.size()) {
          return true;
        }
        // Followed by a noun, an adjective, a number or a time word, it is part of a phrase (平安夜,
        // 建设文明城市);
        // followed by anything else (a verb, 夺过, a particle, punctuation) it is the person acting.
        String next = terms.get(i + 1).nature.toString();
        return !(next.startsWith("n") && !next.equals("nz")
            || next.startsWith("a")
            || next.startsWith("m")
            || next.startsWith("q")
            || next.startsWith("t"));
      }
    }
    return false;
  }

  private static boolean wordLike(String form) {
    return form.length() == 2 && Vocabulary.commonWord(form);
  }

  /**
   * A given name inside a longer word or place (国庆节, 向阳路, 长安区) is not the person; anywhere else it
   * is (随后国庆夺过锄头柄, “怀顺，你别动手”).
   */
  private static boolean partOfWordOrPlace(String text, int start, int end) {
    if (end < text.length() && Lexicon.PLACE_SUFFIXES.indexOf(text.charAt(end)) >= 0) {
      return true;
    }
    // 检察官王志强 for a person 刘志强: after a common surname it is somebody else's full name.
    if (start > 0
        && Lexicon.COMMON_SURNAMES.indexOf(text.charAt(start - 1)) >= 0
        && !Lexicon.WEAK_SURNAMES.contains(text.charAt(start - 1))) {
      return true;
    }
    for (String suffix : ORGANISATION_SUFFIXES) {
      if (text.startsWith(suffix, end)) {
        return true;
      }
    }
    for (String word : PLACE_WORDS) {
      if (text.startsWith(word, end)) {
        return true;
      }
    }
    String given = text.substring(start, end);
    if (aDirection(text, start, end)) {
      return true;
    }
    for (int more = 1; more <= 2; more++) {
      if (end + more <= text.length()
          && Vocabulary.commonWord(given + text.substring(end, end + more))) {
        return true;
      }
      if (start - more >= 0 && Vocabulary.commonWord(text.substring(start - more, start) + given)) {
        return true;
      }
    }
    return false;
  }

  /**
   * What follows a place, not a person: a given name that is also a place (张平遥's 平遥) before them is
   * the place (平遥古城, 长春机场).
   */
  private static final List<String> PLACE_WORDS =
      List.of(
          "古城", "古镇", "古村", "县城", "城区", "市区", "城内", "境内", "一带", "景区", "老城", "新城", "机场", "火车站",
          "汽车站", "高铁站", "高速", "方向", "方言", "当地");

  /** How a vehicle or a person moves in a direction (向东行驶, 往南逃窜). */
  private static final List<String> MOTION =
      List.of(
          "行驶", "驶", "行进", "前进", "走", "逃", "跑", "奔", "撤", "转", "拐", "移动", "延伸", "流", "飞", "方向",
          "一侧");

  /**
   * 向东 for a person 叶向东: a given name that reads as a preposition and a compass point is the
   * direction right after a word (公路向东行驶) and before a verb of motion; after a delimiter or 与/和
   * (，向东逃跑) it can still be the person.
   */
  private static boolean aDirection(String text, int start, int spanEnd) {
    String given = text.substring(start, spanEnd).replaceAll("[\\s　]", "");
    if (given.length() != 2
        || "向往朝".indexOf(given.charAt(0)) < 0
        || "东南西北".indexOf(given.charAt(1)) < 0
        || openBefore(text, start)) {
      return false;
    }
    int end = spanEnd;
    while (end < text.length() && Character.isWhitespace(text.charAt(end))) {
      end++;
    }
    for (String verb : MOTION) {
      if (text.startsWith(verb, end)) {
        return true;
      }
    }
    return false;
  }

  private static boolean rolePrecedes(String text, int start) {
    for (String role : Lexicon.STRONG_ROLES) {
      if (text.startsWith(role, Math.max(0, start - role.length())) && start >= role.length()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where a name that is also a word (甘露, 高峰) stands as the name: after a role word or a delimiter,
   * or before what follows a person (名下, 的, （, 于…) without a word-forming character before it
   * (晚高峰).
   */
  private static boolean standsAsName(String text, int start, int end) {
    if (openBefore(text, start) || rolePrecedes(text, start)) {
      return true;
    }
    char before = text.charAt(start - 1);
    boolean personFollows = PERSON_FOLLOWS.stream().anyMatch(w -> text.startsWith(w, end));
    return personFollows && "早晚高低最顶巅午夜".indexOf(before) < 0 && !partOfWordOrPlace(text, start, end);
  }

  private static final List<String> PERSON_FOLLOWS =
      List.of(
          "名下", "的", "（", "(", "于", "在", "与", "和", "将", "把", "被", "向", "因", "等", "系", "称", "说", "遂",
          "即", "便", "又", "还", "也", "已", "曾", "所", "账户", "手机", "驾驶", "供述", "证实", "让", "叫", "带", "告诉",
          "打电话", "只要", "就");

  /** Nothing that could be part of the same word stands right before (。高峰驾驶, 与高峰, but not 晚高峰). */
  private static boolean openBefore(String text, int start) {
    return start == 0
        || !Lexicon.isHan(text.charAt(start - 1))
        || BEFORE_GIVEN.indexOf(text.charAt(start - 1)) >= 0;
  }

  /** HanLP's words in six characters either side of the span; offsets from {@code start - 6}. */
  private static List<Term> wordsAround(String text, int start, int end) {
    String window = text.substring(Math.max(0, start - 6), Math.min(text.length(), end + 6));
    return HanLP.newSegment().enableOffset(true).seg(window);
  }

  /** No word HanLP finds around the span runs across its start or its end (小平 in 小平台 does). */
  private static boolean alignedWithWords(String text, int start, int end) {
    int from = Math.max(0, start - 6);
    for (Term t : wordsAround(text, start, end)) {
      int s = from + t.offset;
      int e = s + t.word.length();
      if (s < start && e > start || s < end && e > end) {
        return false;
      }
    }
    return true;
  }

  private static boolean standsAlone(String text, int start, int end) {
    if (end < text.length() && Lexicon.PLACE_SUFFIXES.indexOf(text.charAt(end)) >= 0) {
      return false;
    }
    boolean before =
        start == 0
            || !Lexicon.isHan(text.charAt(start - 1))
            || BEFORE_GIVEN.indexOf(text.charAt(start - 1)) >= 0;
    boolean after = end >= text.length() || AFTER_GIVEN.indexOf(text.charAt(end)) >= 0;
    return before || after;
  }

  /**
   * 乡村繁荣” for a person 孔繁荣: right after a word and before punctuation, a given name that is a word
   * ends a phrase (早上泉城在… goes on as a person does).
   */
  private static boolean endsAPhrase(String text, int start, int end) {
    return start >= 2
        && (end >= text.length() || !Lexicon.isHan(text.charAt(end)))
        && Lexicon.isHan(text.charAt(start - 1))
        && BEFORE_GIVEN.indexOf(text.charAt(start - 1)) < 0
        && Vocabulary.commonWord(text.substring(start - 2, start));
  }

  /**
   * Every occurrence, also where a line break or spaces split the name (張 三 at the end of a line).
   */
  private static void each(String text, String form, BiConsumer<Integer, Integer> action) {
    StringBuilder rx = new StringBuilder();
    form.codePoints()
        .forEach(
            cp -> {
              if (rx.length() > 0) {
                rx.append("[ \\t\\r\\n　]{0,2}");
              }
              rx.append(Pattern.quote(new String(Character.toChars(cp))));
            });
    Matcher m = Pattern.compile(rx.toString()).matcher(text);
    // the first character is found by indexOf, the rest matched there: a scan per form is the cost
    // of a document with thousands of people
    String first = new String(Character.toChars(form.codePointAt(0)));
    int at = text.indexOf(first);
    while (at >= 0) {
      m.region(at, text.length());
      if (m.lookingAt()) {
        action.accept(m.start(), m.end());
        at = text.indexOf(first, m.end());
      } else {
        at = text.indexOf(first, at + 1);
      }
    }
  }

  private static boolean allHan(String s) {
    return s.chars().allMatch(c -> Lexicon.isHan((char) c));
  }

  private static boolean compound(String s) {
    return Lexicon.COMPOUND_SURNAMES.stream().anyMatch(s::startsWith);
  }
}
