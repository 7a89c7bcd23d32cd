package org.sunshine.redaction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the natural persons a document names: first in its participant paragraphs (被告人X，男，…), then
 * after role, kinship and occupation words, before annotations such as （另案处理）, as ·-joined and
 * Latin names, and from the participants the case record passes in. Each person is found once;
 * every occurrence is replaced later.
 */
final class PersonFinder {

  private static final String NAME =
      "(?:[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){1,3}|\\p{IsHan}{1,12}(?:·\\p{IsHan}{1,10})+|\\p{IsHan}[　 ]\\p{IsHan}"
          + "|\\p{IsHan}{2,5})";
  private static final Pattern PARTICIPANT =
      Pattern.compile(
          "(?m)^[ \\t　]*("
              + String.join("|", Lexicon.STRONG_ROLES)
              + ")[一二三四五六七八九十\\d]{0,2}(?:[（(][^）)\\n]{1,24}[）)])?[：:]?\\s*("
              + NAME
              + ")(?=[（(]|[，,]\\s*(?:男|女|曾用名|绰号|化名|别名|系|住|现住|户籍|身份证|公民身份|出生|生于|\\d{4}年|汉族|\\p{IsHan}{1,4}族"
              + "|国籍|[\\p{IsHan}]{2,12}律师事务所))");
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

  private static final String KINSHIP = "子女父母妻夫兄弟姐妹儿孙侄";
  final String text;
  final NameBoundary boundary;
  private final Set<String> keptNames;
  final Map<String, Person> persons = new LinkedHashMap<>();

  private PersonFinder(String text, Set<String> keptNames) {
    this.text = text;
    this.boundary = new NameBoundary(text);
    this.keptNames = keptNames;
  }

  static List<Person> find(
      String text, Protected protections, Set<String> keptNames, List<KnownParticipant> known) {
    return find(text, protections, keptNames, known, RedactionPolicy.defaults());
  }

  static List<Person> find(
      String text,
      Protected protections,
      Set<String> keptNames,
      List<KnownParticipant> known,
      RedactionPolicy policy) {
    PersonFinder finder = new PersonFinder(text, keptNames);
    finder.fromKnown(known);
    finder.fromParticipantParagraphs();
    finder.boundary.know(finder.persons.keySet());
    finder.fromDotNames();
    finder.fromRoleWords(Lexicon.STRONG_ROLES, false);
    finder.fromRoleWords(Lexicon.WEAK_ROLES, true);
    finder.fromTransliterations();
    finder.fromAnnotations();
    finder.fromAliases();
    finder.fromLatinSpellings();
    NarrativePeople.engaged(finder);
    NarrativePeople.subjects(finder);
    NarrativePeople.numberedAndBracketed(finder);
    NarrativePeople.continueLists(finder);
    NarrativePeople.called(finder);
    ListedPeople.find(finder);
    Set<String> declared = Set.copyOf(finder.persons.keySet());
    if (policy.learnedRecall()) {
      LearnedNames.find(finder, protections, NameModel.shipped());
    }
    if (policy.hanlpRecall()) {
      finder.fromRecognizer(protections);
    }
    finder.dropProposalsInsideGivenNames(declared);
    finder
        .fromLatinSpellings(); // the Latin spellings of people found in lists, tables and by HanLP
    ChineseRenderings.find(finder);
    List<Person> all = new ArrayList<>(finder.persons.values());
    all.sort(Comparator.comparingInt(p -> p.firstAt));
    return all;
  }

  /**
   * 油是晨阳收来的 for a declared 顾晨阳, 在岩温家中 for a declared 岩温: a name a recall layer proposed that starts
   * inside a declared person's name or given name wherever it occurs (阳收来, 温家中) is a misreading,
   * and would hide that name.
   */
  private void dropProposalsInsideGivenNames(Set<String> declared) {
    List<String> insides = new ArrayList<>();
    for (String d : declared) {
      if (d.length() >= 2 && d.chars().allMatch(c -> Lexicon.isHan((char) c))) {
        insides.add(d);
      }
      if (d.length() == 3 && d.chars().allMatch(c -> Lexicon.isHan((char) c))) {
        insides.add(d.substring(1));
      }
    }
    if (insides.isEmpty()) {
      return;
    }
    for (String name : List.copyOf(persons.keySet())) {
      if (declared.contains(name) || name.length() < 2) {
        continue;
      }
      boolean inside = true;
      boolean any = false;
      for (int at = text.indexOf(name); at >= 0 && inside; at = text.indexOf(name, at + 1)) {
        any = true;
        int from = at;
        inside = insides.stream().anyMatch(g -> startsInside(g, from));
      }
      if (any && inside) {
        persons.remove(name);
      }
    }
  }

  /** {@code at} is a character of an occurrence of {@code name} other than its first. */
  private boolean startsInside(String name, int at) {
    for (int k = 1; k < name.length() && k <= at; k++) {
      if (text.startsWith(name, at - k)) {
        return true;
      }
    }
    return false;
  }

  private void fromRecognizer(Protected protections) {
    for (String name :
        NameRecognizer.candidates(text, boundary, protections, keptNames, persons.keySet())) {
      add(name, null, text.indexOf(name), false);
    }
  }

  private void fromKnown(List<KnownParticipant> known) {
    for (KnownParticipant k : known) {
      int at = text.indexOf(k.name());
      Person p = add(k.name(), k.role(), at < 0 ? Integer.MAX_VALUE : at, true);
      if (p != null) {
        p.aliases.addAll(k.aliases());
      }
    }
  }

  private void fromParticipantParagraphs() {
    Scan mScan = new Scan(PARTICIPANT, text);
    Matcher m = mScan.matcher();
    while (mScan.find()) {
      String name = m.group(2).replaceAll("[　 ](?=\\p{IsHan})", "");
      if (plausible(name) || !Lexicon.isHan(name.charAt(0)) || name.contains("·")) {
        add(name, m.group(1), m.start(2), true);
      }
    }
  }

  private void fromDotNames() {
    for (String d : boundary.dotNames()) {
      add(d, null, text.indexOf(d), true);
    }
  }

  private void fromRoleWords(List<String> roles, boolean weak) {
    for (String role : roles) {
      int from = 0;
      int at;
      while ((at = text.indexOf(role, from)) >= 0) {
        from = at + role.length();
        int pos = from;
        if (RoleWords.shadowed(text, at, role)) {
          continue;
        }
        // 申请人（一审原告）：王某某，… — civil documents put the earlier roles and a colon between the
        // role and the name
        pos = afterRoleAnnotation(pos);
        if (organisationAt(pos)) {
          continue;
        }
        String name = boundary.at(pos);
        if (name == null && !weak) {
          name = boundary.particleNameAfterRole(pos);
        }
        if (name == null && !weak) {
          name = boundary.surnameless(pos);
        }
        boolean inList = false;
        while (name != null) {
          boolean accepted = inList || !weak || persons.containsKey(name) || strongEnough(name);
          if (accepted) {
            add(name, role, pos, inList);
          }
          pos += name.length();
          name = null;
          if (accepted && pos < text.length() && text.charAt(pos) == '、') {
            pos++;
            // 之妻谭秀英、子向天宇、之媳田慧敏: a kinship or role word may head the next item
            if (boundary.at(pos) == null) {
              pos += roleAt(pos);
            }
            name = boundary.atInList(pos);
            if (name == null) {
              name = listItem(pos);
            }
            inList = true;
          }
        }
      }
    }
  }

  private static final Pattern ROLE_ANNOTATION =
      Pattern.compile("(?:[（(][^）)\\n]{1,24}[）)])?[：: ]*");

  private int afterRoleAnnotation(int pos) {
    Matcher m = ROLE_ANNOTATION.matcher(text).region(pos, Math.min(text.length(), pos + 30));
    return m.lookingAt() ? m.end() : pos;
  }

  /** 阮文雄（NGUYEN VAN HUNG）: the Latin spelling of a name given in brackets after it. */
  private static final Pattern LATIN_SPELLING =
      Pattern.compile(
          "(\\p{IsHan}[\\p{IsHan}·]{1,15})[（(](?:英文名|英文姓名|护照姓名|外文名)?[：:]?\\s*"
              + "([A-Za-z][A-Za-z'\\-]+(?:[ .,]{1,2}[A-Za-z][A-Za-z'\\-]*){0,4})\\s*[）)]");

  /**
   * 父亲梭温（SOE WIN）: a role or kinship word, two to five characters and a Latin name of two or more
   * words in brackets are a foreigner named in both scripts, whatever the characters.
   */
  private void fromTransliterations() {
    Matcher m = LATIN_SPELLING.matcher(text);
    while (m.find()) {
      String latin = m.group(2).strip();
      if (latin.indexOf(' ') < 0 || !latin.equals(latin.toUpperCase(Locale.ROOT))) {
        continue;
      }
      String run = m.group(1);
      int cut = -1;
      for (List<String> roles : List.of(Lexicon.STRONG_ROLES, Lexicon.WEAK_ROLES)) {
        for (String role : roles) {
          int i = run.lastIndexOf(role);
          if (i >= 0) {
            cut = Math.max(cut, i + role.length());
          }
        }
      }
      String name = cut < 0 ? null : run.substring(cut);
      if (name != null && name.length() >= 2 && name.length() <= 5 && !name.contains("某")) {
        Person p = add(name, null, m.start(1) + cut, true);
        if (p != null) {
          p.forms.add(latin);
          boundary.know(List.of(latin));
        }
      }
    }
  }

  private void fromLatinSpellings() {
    Scan scan = new Scan(LATIN_SPELLING, text);
    Matcher m = scan.matcher();
    while (scan.find()) {
      String run = m.group(1);
      for (Person p : List.copyOf(persons.values())) {
        if (run.endsWith(p.name) || p.chineseName != null && run.endsWith(p.chineseName)) {
          String latin = m.group(2).strip();
          p.forms.add(latin);
          boundary.know(List.of(latin));
          break;
        }
      }
    }
  }

  private static final Pattern ORGANISATION =
      Pattern.compile(
          "[\\p{IsHan}（）()A-Za-z0-9&&[^在于到从向被将把的了与和及是为以对经由等称说并至送发现将其后因]]{2,30}?(?:公司|集团|厂|商行|经营部|合作社|协会|学校|医院|银行|支行|分行|中心|委员会|事务所|研究所|管理局|局|政府|办事处|村民小组)"
              + "(?=[，,。；;、：:（(\\s]|$)"
              // a limited company is one whatever follows (原审第三人某某物流有限公司工伤认定一案)
              + "|[\\p{IsHan}（）()A-Za-z0-9&&[^在于到从向被将把的了与和及是为以对经由等称说并至送发现将其后因]]{2,30}?"
              + "(?:有限责任公司|股份有限公司|有限公司)");

  /**
   * A company or body where a role word's holder is an organisation (原告：某某科技有限公司); a clause with a
   * verb in it (刘强发现并扭送至…公安局) is a person acting, not an organisation's name.
   */
  private boolean organisationAt(int pos) {
    int end = pos;
    while (end < text.length() && end - pos < 32 && "，,。；;、\n".indexOf(text.charAt(end)) < 0) {
      end++;
    }
    return ORGANISATION.matcher(text).region(pos, end).lookingAt();
  }

  /**
   * An item of a list of names whose first character is no known surname (杭国强 in 证人陈晨、杭国强、陶金贵): the
   * 2–4 characters up to the next delimiter, if they are no ordinary word.
   */
  String listItem(int pos) {
    int end = pos;
    while (end < text.length()
        && end - pos <= 4
        && Lexicon.isHan(text.charAt(end))
        && "、，,。；的及和与（(等".indexOf(text.charAt(end)) < 0) {
      end++;
    }
    if (end - pos < 2
        || end - pos > 4
        || end >= text.length()
        || "、，,。；的及和与（(等".indexOf(text.charAt(end)) < 0) {
      return null;
    }
    String item = text.substring(pos, end);
    return Vocabulary.commonWord(item)
            || Vocabulary.commonWord(item.substring(0, 2))
            || Lexicon.NOT_NAMES.contains(item)
        ? null
        : item;
  }

  /** Length of a role or kinship word at pos (之媳, 子, 证人…), or 0: the head of the next list item. */
  private int roleAt(int pos) {
    for (List<String> roles : List.of(Lexicon.STRONG_ROLES, Lexicon.WEAK_ROLES)) {
      for (String role : roles) {
        if (text.startsWith(role, pos)) {
          return role.length();
        }
      }
    }
    return pos < text.length() && KINSHIP.indexOf(text.charAt(pos)) >= 0 ? 1 : 0;
  }

  /**
   * Names after weak words must not be ordinary words, and weak surnames need a second occurrence.
   */
  private boolean strongEnough(String name) {
    if (!Lexicon.isHan(name.charAt(0)) || name.contains("·")) {
      return true;
    }
    if (Lexicon.WEAK_SURNAMES.contains(name.charAt(0))
        && boundary.count(name) < 2
        && (name.length() < 3
            || Vocabulary.commonWord(name.substring(0, 2))
            || Vocabulary.commonWord(name.substring(1)))) {
      return false;
    }
    return !Vocabulary.dictionaryWord(name.substring(0, 2)) || boundary.count(name) >= 2;
  }

  private void fromAnnotations() {
    Scan scan = new Scan(ANNOTATED, text);
    Matcher m = scan.matcher();
    while (scan.find()) {
      String run = m.group(1);
      String name = null;
      for (String k : persons.keySet()) {
        if (run.endsWith(k)) {
          name = k;
        }
      }
      if (name == null) {
        for (int length : new int[] {3, 2}) {
          if (run.length() >= length) {
            String c = run.substring(run.length() - length);
            if (Lexicon.isSurname(c.charAt(0))
                && plausible(c)
                && !Lexicon.WEAK_SURNAMES.contains(c.charAt(0))) {
              name = c;
              break;
            }
          }
        }
      }
      if (name != null) {
        add(name, null, m.end(1) - name.length(), false);
      }
    }
  }

  private void fromAliases() {
    Scan scan = new Scan(ALIAS, text);
    Matcher m = scan.matcher();
    while (scan.find()) {
      String alias = (m.group(2) != null ? m.group(2) : m.group(3)).strip();
      Person owner = nearestBefore(m.start());
      if (alias.isEmpty() || alias.contains("某") || keptNames.contains(alias)) {
        continue;
      }
      if (owner == null) {
        // 网名为“老K”的男子（身份不明）: a nickname of someone the document cannot name is masked on its own.
        if (!m.group(1).contains("简称")) {
          Person orphan = new Person(alias, null, m.start());
          orphan.aliasOnly = true;
          persons.putIfAbsent(alias, orphan);
        }
        continue;
      }
      if (m.group(1).equals("中文译名") || m.group(1).equals("中文名")) {
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

  private Person nearestBefore(int at) {
    Person best = null;
    int bestAt = -1;
    for (Person p : persons.values()) {
      int i = Math.max(text.lastIndexOf(p.name, at), p.firstAt <= at ? p.firstAt : -1);
      if (i >= 0 && i > bestAt && at - i <= 40) {
        best = p;
        bestAt = i;
      }
    }
    return best;
  }

  Person add(String name, String role, int at, boolean trusted) {
    if (name == null
        || name.contains("某")
        || !trusted && !plausible(name)
        || !trusted && placeAt(name, at)) {
      return null;
    }
    for (String kept : keptNames) {
      if (kept.contains(name) || name.contains(kept)) {
        return null;
      }
    }
    Person existing = persons.get(name);
    if (existing != null) {
      return existing;
    }
    Person p = new Person(name, role, at);
    persons.put(name, p);
    boundary.know(List.of(name));
    return p;
  }

  /**
   * 被申请人：石家庄市…, 并向宁波市…: a name read right before the level of a place (省, 市, 县, 自治) is that place's
   * name, not a person's (a 市场 or 市民 after it is no level).
   */
  private boolean placeAt(String name, int at) {
    int end = at + name.length();
    if (at < 0 || !text.startsWith(name, at) || end >= text.length()) {
      return false;
    }
    char next = text.charAt(end);
    return ("省市县".indexOf(next) >= 0 || text.startsWith("自治", end))
        && !text.startsWith("市场", end)
        && !text.startsWith("市民", end)
        && !text.startsWith("县城", end);
  }

  /**
   * Not a listed non-name, not a place (穆沁旗) or body (向本院 in 七日内向本院申诉), and when it starts with a
   * common word (宁可欣 after 宁可) it must occur at least twice.
   */
  private boolean plausible(String name) {
    if (name.length() < 2 || Lexicon.NOT_NAMES.contains(name)) {
      return false;
    }
    // 穆沁旗 is a banner, 曹红旗 a person: a given name that is a word (红旗, 家庭) makes the name
    if (name.length() >= 3
        && "省市县区旗州镇乡村院局庭".indexOf(name.charAt(name.length() - 1)) >= 0
        && !(Lexicon.isSurname(name.charAt(0)) && Vocabulary.commonWord(name.substring(1)))) {
      return false;
    }
    return !Lexicon.NOT_NAMES.contains(name.substring(0, 2))
        || name.length() > 2 && boundary.count(name) >= 2;
  }
}
