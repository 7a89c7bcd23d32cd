package org.sunshine.redaction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
              + ")(?=[（(]|[，,]\\s*(?:男|女|"
              // 被告人X，网名“…”: every word of the roster that introduces another name of the person
              + String.join("|", Lexicon.ALIAS_WORDS)
              // 法定代表人：X，该公司执行董事: the office the person holds in the party company
              + "|该(?:公司|单位|厂|中心|合作社)|执行董事|董事长|总经理|经理|负责人"
              + "|系|住|现住|户籍|身份证|公民身份|出生|生于|\\d{4}年|汉族|\\p{IsHan}{1,4}族"
              + "|国籍|[\\p{IsHan}]{2,12}律师事务所))");
  final String text;
  final NameBoundary boundary;
  final Set<String> keptNames;
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
    ActedOnPeople.find(finder); // before the role words, which would read 人员|向褚小 as a name
    RolePeople.fromRoleWords(finder, Lexicon.STRONG_ROLES, false);
    RolePeople.fromRoleWords(finder, Lexicon.WEAK_ROLES, true);
    LatinSpellings.fromTransliterations(finder);
    AliasPeople.fromAnnotations(finder);
    AliasPeople.fromAliases(finder);
    AliasPeople.fromQuotedAliases(finder);
    AliasPeople.fromExplainedNicknames(finder);
    QuotedStrangers.find(finder);
    BracketedNames.find(finder);
    Transliterations.afterNationality(finder);
    KoreanNames.find(finder);
    LatinSpellings.fromLatinSpellings(finder);
    RelativeDefenders.find(finder);
    WitnessOfficials.find(finder);
    CaseSubjects.find(finder);
    AddresseeLines.find(finder);
    NarrativePeople.engaged(finder);
    NarrativePeople.subjects(finder);
    NarrativePeople.numberedAndBracketed(finder);
    NarrativePeople.continueLists(finder);
    NarrativePeople.called(finder);
    Nicknames.afterRelations(finder);
    ListedPeople.find(finder);
    BoundaryHolders.find(finder);
    Nicknames.find(finder);
    GenerationNames.find(finder);
    CalledNames.find(finder); // after every source that may name the person the call belongs to
    Set<String> declared = Set.copyOf(finder.persons.keySet());
    if (policy.learnedRecall()) {
      LearnedNames.find(finder, protections, NameModel.shipped());
    }
    if (policy.hanlpRecall()) {
      finder.fromRecognizer(protections);
    }
    NameColumns.find(finder); // after every source that may read a cell as a person
    NamesBeforeNumbers.find(finder);
    DescribedPeople.find(
        finder); // after every source that may name the person a bracket relates to
    finder.dropProposalsInsideGivenNames(declared);
    FusedNames.merge(text, finder.persons);
    FusedNames.extendDotted(text, finder.persons);
    // the Latin spellings of people found in lists, tables and by HanLP
    LatinSpellings.fromLatinSpellings(finder);
    ChineseRenderings.find(finder);
    ForeignScripts.find(finder);
    NicknameTails.add(text, finder.persons.values());
    List<Person> all = new ArrayList<>(finder.persons.values());
    dropLatinSpellingsOfNamedPeople(all);
    all.sort(Comparator.comparingInt(p -> p.firstAt));
    LatinShortForms.add(text, all);
    return all;
  }

  /**
   * 黎氏香（LE THI HUONG）: a Latin spelling one source read as a person of its own and another as a
   * form of a person with a Chinese name is that person, with that person's pseudonym (黎某某, not L某某
   * beside it) — written in capitals or not (Nguyen Thi Hoa in a quote).
   */
  private static void dropLatinSpellingsOfNamedPeople(List<Person> all) {
    Map<String, Person> owners = new HashMap<>();
    for (Person p : all) {
      if (Lexicon.isHan(p.pseudonymKey().charAt(0))) {
        p.forms.forEach(form -> owners.putIfAbsent(form.toUpperCase(Locale.ROOT), p));
      }
    }
    all.removeIf(
        p -> {
          Person owner = owners.get(p.name.toUpperCase(Locale.ROOT));
          if (Lexicon.isHan(p.name.charAt(0)) || owner == null || owner == p) {
            return false;
          }
          owner.forms.addAll(p.forms);
          owner.aliases.addAll(p.aliases);
          return true;
        });
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
      Person p = add(k.name(), k.role(), at < 0 ? Integer.MAX_VALUE : at, true, true);
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
      if (plausible(name)
          || !Lexicon.isHan(name.charAt(0))
          || name.contains("·")
          || sexOrFormerNameAfter(name, m.end(2))) {
        add(name, m.group(1), m.start(2), true);
      }
    }
  }

  private void fromDotNames() {
    for (String d : boundary.dotNames()) {
      int at = text.indexOf(d);
      add(FusedNames.trimDotted(text, d, at), null, at, true);
    }
  }

  /**
   * 申诉人危信州（曾用名危小军），男: a surname and a given name that ends like a place (州, 庭) are a person when
   * the paragraph goes on with the person's sex or former name — no place has either.
   */
  private boolean sexOrFormerNameAfter(String name, int end) {
    return name.length() >= 2
        && name.length() <= 3
        && SEX_OR_FORMER_NAME.matcher(text).region(end, text.length()).lookingAt();
  }

  private static final Pattern SEX_OR_FORMER_NAME =
      Pattern.compile("[，,][男女][，,]|[（(](?:男|女|曾用名|又名|化名|别名)");

  Person add(String name, String role, int at, boolean trusted) {
    return add(name, role, at, trusted, false);
  }

  /**
   * An official's kept name (检察官王芳) stops a reading that equals it, lies inside it or holds it — a
   * misreading of the official, mentioned without a title elsewhere. It does not stop a participant
   * the case record names ({@code fromRecord}) nor a name a party's role word introduces (被害人王芳,
   * not 委托诉讼代理人王芳, who may be the lawyer): those are somebody else who shares the name, and the
   * official's own kept spans stay anyway.
   */
  private Person add(String name, String role, int at, boolean trusted, boolean fromRecord) {
    if (name == null
        || name.contains("某")
        || !trusted && !plausible(name)
        || !trusted && placeAt(name, at)
        || !trusted && RoleReadings.actOrParticle(text, name, at)
        || !trusted && runsIntoAKnownPerson(name, at)
        || runsIntoAPlace(name, at)
        || aDivision(name, at)) {
      return null;
    }
    boolean declared = fromRecord || partyRole(role);
    for (String kept : keptNames) {
      // 证人拉姆 beside 检察官泽仁拉姆: a party's shorter name inside an official's is still the party
      // (the official's own span stays kept); a longer one holding the official's is no name.
      boolean inside =
          kept.contains(name) && !kept.equals(name) && !(declared && name.length() >= 2);
      if (kept.equals(name) ? !declared : inside || name.contains(kept)) {
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
   * 支持原告向青铜峡市人民法院起诉: a reading that ends inside a county or prefecture of the lexicons which starts
   * within it (向|青铜峡市) is a preposition before the place, no name.
   */
  private boolean runsIntoAPlace(String name, int at) {
    int end = at + name.length();
    if (at < 0 || !text.startsWith(name, at)) {
      return false;
    }
    for (int from = at + 1; from < end; from++) {
      if (AdminPrefix.knownPlace(text, from) > end) {
        return true;
      }
    }
    return false;
  }

  /**
   * 被申诉人尚欠马永福工程款, 被申诉人向赵金花支付: a reading that ends inside the name of a person already known (马 of
   * 马永福, 赵 of 赵金花) ran on into that person; the words before it are no name.
   */
  private boolean runsIntoAKnownPerson(String name, int at) {
    int end = at + name.length();
    if (at < 0 || !text.startsWith(name, at)) {
      return false;
    }
    for (int from = at + 1; from < end; from++) {
      for (int to = end + 1; to <= Math.min(text.length(), from + LONGEST_KNOWN); to++) {
        if (persons.containsKey(text.substring(from, to))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * 被告：景洪市勐泐橡胶制品厂: a reading that ends in a level (市, 县, 区, 旗, 州) and is a division the lexicons
   * know is that place, the opening of a body's name, whatever role word stands before it.
   */
  private boolean aDivision(String name, int at) {
    return "市县区旗州".indexOf(name.charAt(name.length() - 1)) >= 0
        && at >= 0
        && text.startsWith(name, at)
        && AdminPrefix.knownPlace(text, at) >= at + name.length();
  }

  /** The longest name {@link #runsIntoAKnownPerson} looks for. */
  private static final int LONGEST_KNOWN = 6;

  /**
   * A role only a party holds (被害人, 申请人), not one a lawyer or the head of a body may hold in their
   * kept capacity (委托诉讼代理人, 辩护人, 法定代表人).
   */
  private static boolean partyRole(String role) {
    return role != null
        && Lexicon.STRONG_ROLES.contains(role)
        && !role.contains("代理人")
        && !role.contains("辩护人")
        && !role.contains("代表人")
        && !role.contains("律师");
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
  boolean plausible(String name) {
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
