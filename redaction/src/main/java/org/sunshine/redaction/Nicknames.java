package org.sunshine.redaction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * People the document names only by a nickname — the only name it has for them, so it is masked on
 * its own (**) at every occurrence, like a quoted nickname:
 *
 * <ul>
 *   <li>after a kinship or occupation word, anywhere: 代驾小武一直…, 保姆阿珍说 ({@link #afterRelations});
 *   <li>a familiar prefix and one character or letter in quotation marks: 上级“老K”, 业务员“小乔”;
 *   <li>the one someone says is called so, unquoted: 那个叫X的在后面, 有个叫X的人;
 *   <li>a nickname's own shape acting in a quoted statement: a familiar prefix and one character
 *       (二毛, 阿强, 幺妹) or a name and a diminutive (满伢子, 狗娃), right before what they did (X把她扶起来,
 *       X先动的手) or after whom the witness was with (跟X一起).
 * </ul>
 *
 * A word of the dictionary (老板, 小伙, 大哥), a kinship term (二哥, 三叔) and the given name of someone the
 * document already names are no nickname.
 */
final class Nicknames {

  /**
   * 那个叫X的在后面: a person somebody says is called X, no quotation marks; or a handle in quotes
   * (一个叫‘…’的女的), which may be longer.
   */
  private static final Pattern CALLED =
      Pattern.compile(
          "(?:那个|这个|一个|有个|那人|个)(?:叫|叫做|名叫|外号叫|绰号叫|小名叫|人称)"
              + "(?:(\\p{IsHan}{2,3}?)|[‘“]([^’”\\n]{2,8})[’”])的"
              + "(?=人|男|女|小伙|朋友|老板|师傅|司机|在|也|就|把|跟|和|说|先|又|还|一直|从|带|拿|拉|喊|打|动手|[，,。”])");

  /** 二毛, 阿强, 满伢子, 狗娃: the shapes a nickname takes. */
  private static final Pattern SHAPE =
      Pattern.compile("[小老阿大二三四五六七八九幺满][\\p{IsHan}]|\\p{IsHan}{1,2}(?:伢子|娃子|伢仔|伢|娃|崽|仔)");

  /** What a person does right after being named (X把她扶起来的, X先动的手). */
  private static final Pattern ACTS =
      Pattern.compile(
          "(?:把|将|先|也|就|又|还|一直|说|喊|拿|拉|推|扶|打|踢|跑|冲|拽|抢|动手|过来|带着|他|她"
              + "|介绍|叫我|让我|找我|约我|给我|告诉|骗|借|联系"
              // what a person usually does (阿毛平时自己下地): habit words follow only a subject
              + "|平时|平常|自己|每天|天天|经常|常常|总是|从来|一向|那天|当时|当天)");

  /** “我是老满，…: the speaker names themself by the nickname, closed by a delimiter. */
  private static final Pattern SELF_NAMED =
      Pattern.compile("(?:我是|我叫|俺是|叫我)\\p{IsHan}{2,4}[，,。！!；;”]");

  /** Who precedes a person the witness was with or saw (跟X一起, 看见X). */
  private static final Pattern WITH = Pattern.compile("(?:是|跟|和|同|与|叫|喊|让|被|看见|看到|只有|还有)$");

  private static final String KINSHIP = "哥姐弟妹叔婶伯舅姨姑爷奶嫂爹妈娘公婆儿女孙";

  private Nicknames() {}

  static void find(PersonFinder f) {
    Scan scan = new Scan(CALLED, f.text);
    Matcher m = scan.matcher();
    while (scan.find()) {
      if (m.group(2) != null) {
        if (!Vocabulary.dictionaryWord(m.group(2)) && !m.group(2).contains("某")) {
          add(f, m.group(2), m.start(2));
        }
        continue;
      }
      String name = m.group(1);
      if (name.length() == 3 && Lexicon.isSurname(name.charAt(0))) {
        f.add(name, null, m.start(1), false); // 一个叫桂志明的人: a full name takes a pseudonym
      } else if (!Vocabulary.dictionaryWord(name)) {
        add(f, name, m.start(1));
      }
    }
    quoted(f);
    quotedShapes(f);
  }

  /**
   * “老K”, ‘小乔’: a familiar prefix and one character or capital letter, quoted on its own, is what
   * the document calls somebody — unless it is a word (“小康”, “老乡”) or names a platform, group or
   * shop.
   */
  private static final Pattern QUOTED_SHAPE =
      Pattern.compile(
          "[“\"「『‘]([小老阿][\\p{IsHan}A-Z])[”\"」』’]"
              + "(?!平台|群|APP|App|app|网站|公司|软件|账号|店|牌|系列|品牌|产品|项目|工程|计划|行动)");

  private static void quotedShapes(PersonFinder f) {
    Scan scan = new Scan(QUOTED_SHAPE, f.text);
    Matcher m = scan.matcher();
    while (scan.find()) {
      String name = m.group(1);
      if (!Vocabulary.commonWord(name) && !Vocabulary.dictionaryWord(name)) {
        add(f, name, m.start(1));
      }
    }
  }

  /**
   * 代驾小武一直…, 保姆阿珍说: after a kinship or occupation word, 小 or 阿 and one character is what the
   * document calls that person; 小时, 阿姨 and other words are not. Read from each 小 and 阿 (rare) back
   * to a relation word, not by an alternation of every relation word at every offset.
   */
  private static final String NOT_A_NICKNAME_CHAR = "某的了是在和与及等";

  private static final String GOES_ON = "一也又还就都已曾便说讲称在把给跟和与让的来去打到";

  static void afterRelations(PersonFinder f) {
    String text = f.text;
    for (int at = 0; at + 2 <= text.length(); at++) {
      char c = text.charAt(at);
      if (c != '小' && c != '阿') {
        continue;
      }
      char given = text.charAt(at + 1);
      if (!Lexicon.isHan(given) || NOT_A_NICKNAME_CHAR.indexOf(given) >= 0) {
        continue;
      }
      if (at + 2 < text.length()
          && Lexicon.isHan(text.charAt(at + 2))
          && GOES_ON.indexOf(text.charAt(at + 2)) < 0) {
        continue; // 小武术, 阿里巴巴: a longer word
      }
      String nickname = text.substring(at, at + 2);
      if (relationEndsAt(text, at)
          && !Vocabulary.commonWord(nickname)
          && !VerbNicknames.verbPhrase(text, nickname, at, at + 2)) {
        add(f, nickname, at);
      }
    }
  }

  private static boolean relationEndsAt(String text, int at) {
    for (String word : Lexicon.WEAK_ROLES) {
      if (at >= word.length() && text.startsWith(word, at - word.length())) {
        return true;
      }
    }
    return false;
  }

  /** Nickname shapes inside “…” that stand where a person stands. */
  private static void quoted(PersonFinder f) {
    int open = -1;
    Matcher shape = SHAPE.matcher(f.text);
    Matcher acts = ACTS.matcher(f.text);
    for (int i = 0; i < f.text.length(); i++) {
      char c = f.text.charAt(i);
      if (c == '“') {
        open = i;
        continue;
      }
      if (c == '”' || c == '\n') {
        open = -1;
      }
      if (open < 0 || !Lexicon.isHan(c) || !mayStartShape(f.text, i)) {
        continue;
      }
      for (int length = 4; length >= 2; length--) {
        int end = i + length;
        if (end >= f.text.length()
            || !shape.region(i, end).matches()
            || !acts.region(end, Math.min(f.text.length(), end + 4)).lookingAt()
                && !SELF_NAMED.matcher(f.text).region(Math.max(0, i - 2), end + 1).matches()) {
          continue;
        }
        String name = f.text.substring(i, end);
        if (counted(name)) {
          break; // 三楼, 五点, 二人: a number of floors, hours or people, no nickname
        }
        if ((!Lexicon.isHan(f.text.charAt(i - 1)) || with(f, i))
            && !Vocabulary.dictionaryWord(name)
            && KINSHIP.indexOf(name.charAt(name.length() - 1)) < 0
            && !Vocabulary.dictionaryWord(name.substring(0, 2))) {
          add(f, name, i);
        }
        break;
      }
    }
  }

  /**
   * A familiar prefix here, or a diminutive within the next three characters: a shape may start.
   */
  private static boolean mayStartShape(String text, int i) {
    if (PREFIXES.indexOf(text.charAt(i)) >= 0) {
      return true;
    }
    for (int k = i + 1; k < Math.min(text.length(), i + 4); k++) {
      if (DIMINUTIVES.indexOf(text.charAt(k)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Measure, time and place words a numeral counts (三楼, 五点, 二人). */
  private static final String COUNTED = "楼层点时天月年号人个次位名";

  private static final String NUMERALS = "二三四五六七八九";

  private static boolean counted(String name) {
    return NUMERALS.indexOf(name.charAt(0)) >= 0 && COUNTED.indexOf(name.charAt(1)) >= 0;
  }

  private static final String PREFIXES = "小老阿大二三四五六七八九幺满";
  private static final String DIMINUTIVES = "伢娃崽仔";

  /**
   * A word before the candidate that joins it to the clause (跟二毛, 是满伢子), or a word for what the
   * person is (代驾小武, 司机阿强): a word of the dictionary that does not run into the candidate.
   */
  private static boolean with(PersonFinder f, int i) {
    if (WITH.matcher(f.text).region(Math.max(0, i - 2), i).find()) {
      return true;
    }
    for (String role : Lexicon.WEAK_ROLES) {
      if (i >= role.length() && f.text.startsWith(role, i - role.length())) {
        return true; // 代驾小武, 司机阿强: an occupation or kinship word names what the person is
      }
    }
    return i >= 2
        && Lexicon.isHan(f.text.charAt(i - 2))
        && Vocabulary.dictionaryWord(f.text.substring(i - 2, i))
        && !Vocabulary.dictionaryWord(f.text.substring(i - 1, i + 1));
  }

  private static void add(PersonFinder f, String name, int at) {
    if (name.contains("某") || f.persons.containsKey(name)) {
      return;
    }
    for (Person p : f.persons.values()) {
      if (p.name.contains(name) || p.forms.stream().anyMatch(form -> form.contains(name))) {
        return; // 小军 of a declared 贠小军 is that person's given name, masked with them
      }
    }
    Person p = new Person(name, null, at);
    p.aliasOnly = true;
    f.persons.put(name, p);
  }
}
