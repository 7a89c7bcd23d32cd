package org.sunshine.redaction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names a document gives beside another: annotations after a name (X（另案处理）, X（系被害人之子）) and aliases
 * (绰号, 网名, 曾用名, 化名, 中文译名…) — a full name after 曾用名/化名/真实姓名 takes the person's pseudonym, a nickname
 * is masked outright, one of nobody the document names is masked on its own. Part of {@link
 * PersonFinder}.
 */
final class AliasPeople {

  private AliasPeople() {}

  private static final Pattern ANNOTATED =
      Pattern.compile(
          "(\\p{IsHan}{2,4})[（(](?:小名|绰号|外号|网名|化名|别名|曾用名|又名|昵称|另案处理|另案|在逃|已判决|已判刑|已死亡|死者|男[，,]|女[，,]|\\d{4}年|联系电话|电话|手机|身份证"
              + "|系[^）)]{0,14}?(?:之|的)?(?:父|母|子|女|妻|夫|兄|弟|姐|妹|人员|负责人|员工|职工|经理|会计|司机|民警|村民|邻居|同事|朋友|老板|店主)"
              + "|[^）)]{0,12}?(?:人员|负责人|店员|员工|摊主|商户|管理员|邻居|同事|朋友|财务|会计|司机|老板|店主|村民|之[父母子女妻夫兄弟姐妹]))");

  private static final Pattern ALIAS =
      Pattern.compile(
          "("
              + String.join("|", Lexicon.ALIAS_WORDS)
              + ")(?:即为|就是|叫做|叫|为|是|：|:)?(?:[“\"「『‘]([^”\"」』’\\n]{1,14})[”\"」』’]"
              + "|([^“\"「『”\"」』）)，,。；;\\s]{1,14}?)(?=[）)，,。；;、]|$))");

  /** 满妹（潘小满的小名）: a nickname a bracket after it explains as a named person's. */
  private static final Pattern EXPLAINED =
      Pattern.compile("(\\p{IsHan}{2,3})[（(](\\p{IsHan}{2,4})的(?:小名|乳名|外号|绰号|昵称|网名|化名)[）)]");

  /**
   * The nickname before a bracket that names whose it is (看见满妹（潘小满的小名）放牛) is another form of that
   * person, masked wherever it stands: two characters, three when it opens with 阿, 小 or 老.
   */
  static void fromExplainedNicknames(PersonFinder f) {
    Scan scan = new Scan(EXPLAINED, f.text);
    Matcher m = scan.matcher();
    while (scan.find()) {
      Person p = f.persons.get(m.group(2));
      if (p == null) {
        continue;
      }
      String run = m.group(1);
      boolean prefixed = run.length() == 3 && "阿小老".indexOf(run.charAt(0)) >= 0;
      String nickname = prefixed ? run : run.substring(run.length() - 2);
      if (!Vocabulary.commonWord(nickname) || prefixed) {
        p.forms.add(nickname);
      }
    }
  }

  static void fromAnnotations(PersonFinder f) {
    Scan scan = new Scan(ANNOTATED, f.text);
    Matcher m = scan.matcher();
    while (scan.find()) {
      String run = m.group(1);
      String name = knownAtTheEnd(f, run);
      if (name == null) {
        for (int length : new int[] {3, 2}) {
          if (run.length() >= length) {
            String c = run.substring(run.length() - length);
            if (Lexicon.isSurname(c.charAt(0))
                && f.plausible(c)
                && (!Lexicon.WEAK_SURNAMES.contains(c.charAt(0)) || described(f.text, m, c))) {
              name = c;
              break;
            }
          }
        }
      }
      if (name == null && listedAfterAnnotation(f.text, m.start(1), run)) {
        name = run; // 岩保（另案处理）、玉香（另案处理）: a Dai name has no Han surname
      }
      if (name != null) {
        f.add(name, null, m.end(1) - name.length(), false);
      }
    }
  }

  /**
   * The known person whose name ends the run; where two do (王明, 明), the one the document named
   * last, as a reading of every known name in turn would leave it. Asked of the run's own endings,
   * not of every person: a document may name thousands.
   */
  private static String knownAtTheEnd(PersonFinder f, String run) {
    List<String> known = new ArrayList<>();
    for (int from = 0; from < run.length(); from++) {
      if (f.persons.containsKey(run.substring(from))) {
        known.add(run.substring(from));
      }
    }
    if (known.size() <= 1) {
      return known.isEmpty() ? null : known.get(0);
    }
    String name = null;
    for (String k : f.persons.keySet()) {
      if (known.contains(k)) {
        name = k;
      }
    }
    return name;
  }

  /**
   * The next item of a list whose items are annotated people (X（另案处理）、Y（另案处理）): two characters that
   * are no word are a name even without a known surname.
   */
  private static boolean listedAfterAnnotation(String text, int start, String run) {
    return run.length() == 2
        && start >= 2
        && text.charAt(start - 1) == '、'
        && (text.charAt(start - 2) == '）' || text.charAt(start - 2) == ')')
        && !Vocabulary.commonWord(run)
        && !Lexicon.NOT_NAMES.contains(run);
  }

  /**
   * ，安顺（男，1992年3月4日出生…: a weak surname (安, 高, 文) makes a name too when the whole run between a
   * delimiter and the bracket is the name and the bracket describes a person (sex, birth year).
   */
  private static boolean described(String text, Matcher m, String name) {
    int at = m.end(1) - name.length();
    boolean whole = at == 0 || "，,。；;：:、\n　 ".indexOf(text.charAt(at - 1)) >= 0;
    return whole && DESCRIBED.matcher(text).region(m.end(1), text.length()).lookingAt();
  }

  private static final Pattern DESCRIBED = Pattern.compile("[（(](?:男|女)[，,、]|[（(]\\d{4}年");

  /** “小雨”（化名，…）: the quoted word before a bracket that calls it an alias is one. */
  private static final Pattern QUOTED_ALIAS =
      Pattern.compile(
          "[“\"「『]([^”\"」』“「『\\n（(，,。]{1,8})[”\"」』]\\s*[（(](?:化名|绰号|外号|网名|昵称|小名|别名|乳名)");

  /**
   * A name the document gives in quotes and then calls an alias (证人“小雨”（化名，真实姓名：X）) is masked as an
   * alias wherever it stands, whether or not the real name follows.
   */
  static void fromQuotedAliases(PersonFinder f) {
    if (f.text.indexOf('“') < 0 && f.text.indexOf('"') < 0) {
      return;
    }
    Matcher m = QUOTED_ALIAS.matcher(f.text);
    while (m.find()) {
      String alias = m.group(1).strip();
      if (alias.isEmpty() || alias.contains("某") || f.keptNames.contains(alias)) {
        continue;
      }
      Person orphan = new Person(alias, null, m.start(1));
      orphan.aliasOnly = true;
      f.persons.putIfAbsent(alias, orphan);
    }
  }

  /**
   * “快乐小猪”的网名在网上联系…: the quote before the alias word is the alias (read by the quoted rules); what
   * follows the word is the rest of the sentence, no name.
   */
  private static boolean afterAQuote(String text, int wordStart) {
    int at = wordStart - 1;
    if (at >= 0 && text.charAt(at) == '的') {
      at--;
    }
    return at >= 0 && "”\"」』’".indexOf(text.charAt(at)) >= 0;
  }

  static void fromAliases(PersonFinder f) {
    Scan scan = new Scan(ALIAS, f.text);
    Matcher m = scan.matcher();
    while (scan.find()) {
      String alias = (m.group(2) != null ? m.group(2) : m.group(3)).strip();
      Person owner = nearestBefore(f, m.start());
      if (alias.isEmpty()
          || alias.contains("某")
          || f.keptNames.contains(alias)
          || m.group(3) != null && (usedAsNoun(alias) || afterAQuote(f.text, m.start()))) {
        continue;
      }
      String quoted = quotedBefore(f.text, m.start());
      if (quoted == null && REAL_NAME.contains(m.group(1))) {
        quoted = nicknameBefore(f.text, m.start());
      }
      if ((owner == null || quoted != null)
          && FULL_NAME_ALIASES.contains(m.group(1))
          && fullNameShaped(alias)) {
        // 业务员“小乔”（真实姓名：乔建波）: the real name of the quoted nickname right before it, or a full
        // name nobody before owns, is a person of its own, with a pseudonym; the nickname is masked
        Person real = f.add(alias, null, m.start(), true);
        if (real != null && quoted != null && !quoted.contains("某")) {
          real.aliases.add(quoted);
        }
        continue;
      }
      if (owner == null && chineseNameOfLatin(f, m, alias)) {
        continue;
      }
      if (owner == null) {
        // 网名为“老K”的男子（身份不明）: a nickname of someone the document cannot name is masked on its own.
        if (!m.group(1).contains("简称")) {
          Person orphan = new Person(alias, null, m.start());
          orphan.aliasOnly = true;
          f.persons.putIfAbsent(alias, orphan);
        }
        continue;
      }
      if (owner.aliasOnly
          && FULL_NAME_ALIASES.contains(m.group(1))
          && fullNameShaped(alias)
          && owner.name.length() <= 3) {
        // 业务员“小乔”（真实姓名：乔建波）: the nickname found first belongs to the full name, which takes a
        // pseudonym; the nickname stays masked outright
        Person real = f.add(alias, null, m.start(), true);
        if (real != null) {
          f.persons.remove(owner.name);
          real.aliases.add(owner.name);
        }
        continue;
      }
      if (CHINESE_NAME_WORDS.contains(m.group(1))) {
        owner.chineseName = alias;
        owner.forms.add(alias);
      } else if (FULL_NAME_ALIASES.contains(m.group(1))
          && (fullNameShaped(alias) || sameSurname(owner.name, alias))) {
        // 曾用名王建军, （真实姓名：李春生）: another full name of the same person takes the same pseudonym
        // and its given name is masked too
        owner.forms.add(alias);
      } else if (m.group(1).contains("简称") && m.start() - owner.firstAt > 20) {
        continue;
      } else {
        owner.aliases.add(alias);
      }
    }
  }

  /**
   * 以化名及近亲属名义经营, 使用化名经营、转移财产: the alias word is a noun of the sentence, and what follows it (a
   * conjunction, a verb) introduces no name.
   */
  private static boolean usedAsNoun(String alias) {
    return "及和与或的等并".indexOf(alias.charAt(0)) >= 0 || Vocabulary.verb(alias);
  }

  private static final Pattern LATIN_BEFORE =
      Pattern.compile("[A-Z][A-Za-z'\\-]*(?: [A-Z][A-Za-z'\\-]*){1,4}[（(]$");

  /**
   * KIM SO RA（中文名金素拉）: the Latin name before the bracket is the person, whom no rule named yet; the
   * Chinese name is theirs and gives the pseudonym (金某某).
   */
  private static boolean chineseNameOfLatin(PersonFinder f, Matcher m, String alias) {
    if (!CHINESE_NAME_WORDS.contains(m.group(1)) || !chineseNameShaped(alias)) {
      return false;
    }
    Matcher latin = LATIN_BEFORE.matcher(f.text).region(Math.max(0, m.start() - 40), m.start());
    if (!latin.find()) {
      return false;
    }
    String name = latin.group().substring(0, latin.group().length() - 1);
    Person p = f.add(name, null, latin.start(), true);
    if (p == null) {
      return false;
    }
    p.chineseName = alias;
    p.forms.add(alias);
    return true;
  }

  /**
   * Alias words that give a foreigner's or a minority person's Chinese name (中文译名, 中文音译名, 汉名): it
   * gives the pseudonym.
   */
  static final Set<String> CHINESE_NAME_WORDS = Set.of("中文译名", "中文名", "中文音译名", "音译名", "汉名", "汉语名");

  /**
   * 金素拉, or 奥卡福 and 易卜拉欣: a Chinese name after a word that declares one is a full name or a
   * transliteration, which has no Han surname.
   */
  private static boolean chineseNameShaped(String s) {
    return fullNameShaped(s)
        || s.length() >= 2
            && s.length() <= 8
            && s.chars().allMatch(c -> Lexicon.isHan((char) c) || c == '·')
            && !Vocabulary.commonWord(s);
  }

  /** Alias words that give the real name of what stands before their bracket. */
  private static final Set<String> REAL_NAME = Set.of("真实姓名", "真名", "本名");

  /**
   * 看场的付老三（真实姓名：…, 小军（真名…）, 强哥（本名…）: the shapes a nickname takes unquoted before its real name — a
   * surname and 老 with a rank, 老/小/阿 and a character or two, a character and 哥/姐/仔/娃/妹 — or null.
   */
  private static String nicknameBefore(String text, int at) {
    if (at < 4 || "（(".indexOf(text.charAt(at - 1)) < 0) {
      return null;
    }
    int end = at - 1;
    String nickname = null;
    if (text.charAt(end - 2) == '老'
        && "一二三四五六七八九十大幺".indexOf(text.charAt(end - 1)) >= 0
        && Lexicon.isSurname(text.charAt(end - 3))) {
      nickname = text.substring(end - 3, end);
    } else if ("老小阿".indexOf(text.charAt(end - 3)) >= 0) {
      nickname = text.substring(end - 3, end);
    } else if ("老小阿".indexOf(text.charAt(end - 2)) >= 0
        || "哥姐仔娃妹".indexOf(text.charAt(end - 1)) >= 0) {
      nickname = text.substring(end - 2, end);
    }
    return nickname == null
            || !nickname.chars().allMatch(c -> Lexicon.isHan((char) c))
            || Vocabulary.dictionaryWord(nickname)
        ? null
        : nickname;
  }

  /** “小乔”（真实姓名：…: the quoted text whose bracket the alias word opens, or null. */
  private static String quotedBefore(String text, int at) {
    if (at < 3
        || "（(".indexOf(text.charAt(at - 1)) < 0
        || "”\"」』’".indexOf(text.charAt(at - 2)) < 0) {
      return null;
    }
    int open = at - 3;
    while (open >= 0 && at - open <= 12 && "“\"「『‘".indexOf(text.charAt(open)) < 0) {
      open--;
    }
    return open < 0 || at - open > 12 ? null : text.substring(open + 1, at - 2);
  }

  /** Alias words after which a full personal name, not a nickname, follows. */
  private static final Set<String> FULL_NAME_ALIASES =
      Set.of("曾用名", "真实姓名", "真名", "本名", "原名", "化名", "又名", "别名");

  /** 普建华（曾用名普小龙）: a former name with the person's own surname is a full name, rare or not. */
  private static boolean sameSurname(String name, String alias) {
    return alias.length() == 3
        && name.length() == 3
        && alias.charAt(0) == name.charAt(0)
        && alias.chars().allMatch(c -> Lexicon.isHan((char) c));
  }

  private static boolean fullNameShaped(String s) {
    return s.length() >= 2
        && s.length() <= 4
        && s.chars().allMatch(c -> Lexicon.isHan((char) c))
        && (Lexicon.isSurname(s.charAt(0))
            || Lexicon.COMPOUND_SURNAMES.stream().anyMatch(s::startsWith));
  }

  /**
   * The person named last at or before the alias, at most 40 characters back. Only that window is
   * searched (names starting there, looked up by their text), so a table of thousands of rows with
   * an alias in each stays linear in the rows times the persons' count of cheap checks, not cubic.
   */
  static Person nearestBefore(PersonFinder f, int at) {
    Person best = null;
    int bestAt = -1;
    int longest = 0;
    for (Person p : f.persons.values()) {
      longest = Math.max(longest, p.name.length());
      if (p.firstAt <= at && p.firstAt > bestAt && at - p.firstAt <= 40) {
        best = p;
        bestAt = p.firstAt;
      }
    }
    for (int i = Math.min(at, f.text.length() - 1); i > bestAt && at - i <= 40; i--) {
      for (int len = Math.min(longest, f.text.length() - i); len >= 1; len--) {
        Person p = f.persons.get(f.text.substring(i, i + len));
        if (p != null) {
          return p;
        }
      }
    }
    return best;
  }
}
