package org.sunshine.redaction;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
              + ")[一二三四五六七八九十\\d]{0,2}("
              + NAME
              + ")(?=[（(]|[，,]\\s*(?:男|女|曾用名|绰号|化名|别名|系|住|现住|户籍|身份证|公民身份|出生|生于|\\d{4}年|汉族|\\p{IsHan}{1,4}族"
              + "|国籍|[\\p{IsHan}]{2,12}律师事务所))");
  private static final Pattern ANNOTATED =
      Pattern.compile(
          "(\\p{IsHan}{2,4})[（(](?:小名|绰号|外号|网名|化名|别名|曾用名|又名|昵称|另案处理|另案|在逃|已判决|已判刑|已死亡|死者|男[，,]|女[，,]|\\d{4}年|联系电话|电话|手机|身份证"
              + "|系[^）)]{0,14}?(?:之|的)?(?:父|母|子|女|妻|夫|兄|弟|姐|妹|人员|负责人|员工|职工|经理|会计|司机|民警|村民|邻居|同事|朋友|老板|店主)"
              + "|[^）)]{0,12}?(?:人员|负责人|店员|员工|摊主|商户|管理员|邻居|同事|朋友|财务|会计|司机|老板|店主|村民|之[父母子女妻夫兄弟姐妹]))");

  /** 本院聘请萨仁高娃担任蒙古语翻译: whoever is engaged for a task is named between the two words. */
  private static final Pattern ENGAGED =
      Pattern.compile("(?:聘请|指派|邀请|委托)(\\p{IsHan}{2,6}?)(?:担任|作为|为本案|为其)");

  private static final Pattern ALIAS =
      Pattern.compile(
          "("
              + String.join("|", Lexicon.ALIAS_WORDS)
              + ")[为是：:]?(?:[“\"「『]([^”\"」』\\n]{1,14})[”\"」』]"
              + "|([^“\"「『”\"」』）)，,。；;\\s]{1,14}?)(?=[）)，,。；;、]|$))");

  /** 1.王秀兰，投入…: a numbered line that starts with a name. */
  private static final Pattern NUMBERED =
      Pattern.compile(
          "(?m)^[ \\t　]*\\d{1,3}[.．、)）]\\s*(\\p{IsHan}{2,4}|[A-Z][a-z]+(?: [A-Z][a-z]+){1,2})(?=[，,（(：:])");

  /** Li Na（李娜）: a Latin name with its Chinese form. */
  private static final Pattern LATIN_WITH_HAN =
      Pattern.compile("([A-Z][a-z]+(?: [A-Z][a-z]+){1,2})[（(](\\p{IsHan}{2,4})[）)]");

  /** 小芳（真名牛芳芳）: the real name in brackets after a nickname. */
  private static final Pattern REAL_NAME =
      Pattern.compile("(\\p{IsHan}{1,4})[（(](?:真名|本名|原名|真实姓名)[为是：:]?(\\p{IsHan}{2,4})[）)]");

  /** 老秦（秦福贵）: a familiar form with the full name in brackets. */
  private static final Pattern FAMILIAR =
      Pattern.compile("([老小阿])(\\p{IsHan})[（(](\\2\\p{IsHan}{1,2})[）)]");

  /** ，宁国富于2024年3月…: a clause that starts with a name and goes on with a date. */
  private static final Pattern SUBJECT_WITH_DATE =
      Pattern.compile("(?<=[，,。；;：:\\n])(\\p{IsHan}{3})(?=于(?:19|20)\\d{2}年|于同日|于当日|于次日|于当晚)");

  private static final String KINSHIP = "子女父母妻夫兄弟姐妹儿孙侄";
  private final String text;
  private final NameBoundary boundary;
  private final Set<String> keptNames;
  private final Map<String, Person> persons = new LinkedHashMap<>();

  private PersonFinder(String text, Set<String> keptNames) {
    this.text = text;
    this.boundary = new NameBoundary(text);
    this.keptNames = keptNames;
  }

  static List<Person> find(
      String text, Protected protections, Set<String> keptNames, List<KnownParticipant> known) {
    PersonFinder finder = new PersonFinder(text, keptNames);
    finder.fromKnown(known);
    finder.fromParticipantParagraphs();
    finder.boundary.know(finder.persons.keySet());
    finder.fromDotNames();
    finder.fromRoleWords(Lexicon.STRONG_ROLES, false);
    finder.fromRoleWords(Lexicon.WEAK_ROLES, true);
    finder.fromAnnotations();
    finder.fromAliases();
    finder.fromEngaged();
    finder.fromSubjects();
    finder.fromNumberedAndBracketed();
    finder.continueLists();
    finder.fromRecognizer(protections);
    List<Person> all = new ArrayList<>(finder.persons.values());
    all.sort(java.util.Comparator.comparingInt(p -> p.firstAt));
    return all;
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
    Matcher m = PARTICIPANT.matcher(text);
    while (m.find()) {
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
        String name = boundary.at(pos);
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

  /**
   * An item of a list of names whose first character is no known surname (杭国强 in 证人陈晨、杭国强、陶金贵): the
   * 2–4 characters up to the next delimiter, if they are no ordinary word.
   */
  private String listItem(int pos) {
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
    return commonWord(item) || commonWord(item.substring(0, 2)) || Lexicon.NOT_NAMES.contains(item)
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
            || commonWord(name.substring(0, 2))
            || commonWord(name.substring(1)))) {
      return false;
    }
    return !dictionaryWord(name.substring(0, 2)) || boundary.count(name) >= 2;
  }

  private void fromAnnotations() {
    Matcher m = ANNOTATED.matcher(text);
    while (m.find()) {
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

  private void fromNumberedAndBracketed() {
    Matcher n = NUMBERED.matcher(text);
    while (n.find()) {
      String name = n.group(1);
      boolean latin = !Lexicon.isHan(name.charAt(0));
      if (latin
          || Lexicon.isSurname(name.charAt(0))
              && !commonWord(name)
              && !commonWord(name.substring(0, 2))) {
        add(name, null, n.start(1), false);
      }
    }
    Matcher l = LATIN_WITH_HAN.matcher(text);
    while (l.find()) {
      Person p = add(l.group(1), null, l.start(1), true);
      if (p != null) {
        p.chineseName = l.group(2);
        p.forms.add(l.group(2));
      }
    }
    Matcher real = REAL_NAME.matcher(text);
    while (real.find()) {
      Person p = add(real.group(2), null, real.start(2), true);
      if (p != null) {
        p.aliases.add(real.group(1));
      }
    }
    Matcher f = FAMILIAR.matcher(text);
    while (f.find()) {
      Person p = add(f.group(3), null, f.start(3), false);
      if (p != null) {
        p.aliases.add(f.group(1) + f.group(2));
      }
    }
  }

  /** 向王秀兰（被害人，下同）、白玉珍、郝春生和闫小燕等: whoever follows a known person in a list is a person too. */
  private void continueLists() {
    for (int round = 0; round < 3; round++) {
      int before = persons.size();
      for (Person p : List.copyOf(persons.values())) {
        int from = 0;
        int at;
        while ((at = text.indexOf(p.name, from)) >= 0) {
          from = at + p.name.length();
          int pos = from;
          if (pos < text.length() && (text.charAt(pos) == '（' || text.charAt(pos) == '(')) {
            int close = text.indexOf(text.charAt(pos) == '（' ? '）' : ')', pos);
            pos = close < 0 || close - pos > 20 ? pos : close + 1;
          }
          if (pos >= text.length() || "、和及".indexOf(text.charAt(pos)) < 0) {
            continue;
          }
          String next = boundary.atInList(pos + 1);
          if (next == null && text.charAt(pos) == '、') {
            next = listItem(pos + 1);
          }
          if (next != null && !persons.containsKey(next) && !commonWord(next)) {
            add(next, p.role, pos + 1, text.charAt(pos) == '、');
          }
        }
      }
      if (persons.size() == before) {
        return;
      }
    }
  }

  private void fromSubjects() {
    Matcher m = SUBJECT_WITH_DATE.matcher(text);
    while (m.find()) {
      String name = m.group(1);
      if (Lexicon.isSurname(name.charAt(0))
          && !commonWord(name)
          && !commonWord(name.substring(1))) {
        add(name, null, m.start(1), false);
      }
    }
  }

  private void fromEngaged() {
    Matcher m = ENGAGED.matcher(text);
    while (m.find()) {
      String name = m.group(1);
      if (!name.contains("律师") && !commonWord(name) && !commonWord(name.substring(0, 2))) {
        add(name, null, m.start(1), false);
      }
    }
  }

  private void fromAliases() {
    Matcher m = ALIAS.matcher(text);
    while (m.find()) {
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
      } else if (m.group(1).contains("简称") && m.start() - owner.firstAt > 20) {
        continue;
      } else {
        owner.aliases.add(alias);
      }
    }
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

  private Person add(String name, String role, int at, boolean trusted) {
    if (name == null || name.contains("某") || !trusted && !plausible(name)) {
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
    boundary.know(java.util.List.of(name));
    return p;
  }

  /**
   * Not a listed non-name, not a place (穆沁旗), and when it starts with a common word (宁可欣 after 宁可)
   * it must occur at least twice.
   */
  private boolean plausible(String name) {
    if (name.length() < 2 || Lexicon.NOT_NAMES.contains(name)) {
      return false;
    }
    if (name.length() >= 3 && "省市县区旗州镇乡村".indexOf(name.charAt(name.length() - 1)) >= 0) {
      return false;
    }
    return !Lexicon.NOT_NAMES.contains(name.substring(0, 2))
        || name.length() > 2 && boundary.count(name) >= 2;
  }

  /**
   * A word in HanLP's core dictionary with at least one meaning other than a person's name (高峰,
   * 国庆节).
   */
  static boolean commonWord(String word) {
    CoreDictionary.Attribute attribute = CoreDictionary.get(word);
    if (attribute == null) {
      return false;
    }
    for (Nature n : attribute.nature) {
      if (n != Nature.nr
          && n != Nature.nr1
          && n != Nature.nr2
          && n != Nature.nrf
          && n != Nature.nrj) {
        return true;
      }
    }
    return false;
  }

  /**
   * A dictionary word with a meaning that is neither a name nor another proper noun (决议, 部门; not
   * 文杰).
   */
  static boolean ordinaryWord(String word) {
    CoreDictionary.Attribute attribute = CoreDictionary.get(word);
    if (attribute == null) {
      return false;
    }
    for (Nature n : attribute.nature) {
      String tag = n.toString();
      if (!tag.startsWith("nr") && !tag.equals("nz")) {
        return true;
      }
    }
    return false;
  }

  /** A word HanLP's core dictionary knows as a person's name, among other meanings (高峰, 江山). */
  static boolean personWord(String word) {
    CoreDictionary.Attribute attribute = CoreDictionary.get(word);
    if (attribute == null) {
      return false;
    }
    for (Nature n : attribute.nature) {
      if (n == Nature.nr
          || n == Nature.nr1
          || n == Nature.nr2
          || n == Nature.nrf
          || n == Nature.nrj) {
        return true;
      }
    }
    return false;
  }

  /** A common word in HanLP's core dictionary that is never a person's name. */
  static boolean dictionaryWord(String word) {
    CoreDictionary.Attribute attribute = CoreDictionary.get(word);
    if (attribute == null) {
      return false;
    }
    for (Nature n : attribute.nature) {
      if (n == Nature.nr
          || n == Nature.nr1
          || n == Nature.nr2
          || n == Nature.nrf
          || n == Nature.nrj) {
        return false;
      }
    }
    return true;
  }
}
