package org.sunshine.redaction;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a document may be published at all: state secrets, an accused person under 18 at
 * the time of the offence (computed from the birth date or ID number and the earliest offence
 * date), sexual crimes against minors and, if the policy says so, violent crimes against minors.
 * When in doubt it refuses: a person can still publish.
 */
final class RefusalCheck {

  private static final Pattern AGE =
      Pattern.compile("(?:现年|时年|年龄[：:]?|案发时|作案时|[，,])\\s*(\\d{1,2})\\s*周?岁");
  private static final Pattern ANY_DATE =
      Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
  // The text is read after ChineseNumerals.arabic, which writes 十八周岁 as 18周岁: both are matched.
  private static final Pattern MINOR_OFFENDER =
      Pattern.compile(
          "(?:犯罪|作案|行为)时(?:未满|不满|尚未满|尚不满)(?:十八|18)周岁|系未成年人|(?<!侵害)未成年人犯罪|未成年犯罪嫌疑人|附条件不起诉|合适成年人"
              + "|刑法》?第十七条第[一二三四]款");
  private static final Pattern SEXUAL = Pattern.compile("强奸|猥亵|性侵|奸淫|卖淫|淫秽|性交|猥褻|发生性关系|发生关系");
  private static final Pattern VIOLENT =
      Pattern.compile("故意伤害|故意杀人|拐卖儿童|拐骗儿童|拐卖妇女、儿童|虐待|遗弃|绑架|组织儿童乞讨|收买被拐卖的儿童");
  private static final Pattern MINOR_VICTIM =
      Pattern.compile(
          "儿童|幼女|婴儿|幼儿|[不未]满(?:十四|14|十八|18)周岁|未成年|小学(?!文化|毕业|学历)|初中(?!文化|毕业|学历)"
              + "|[一二三四五六七八九]年级学生|在校学生");
  // 被害人杰森·吴（Jason WU）（女，2009年…出生）: a Latin spelling may stand between the name and the details
  private static final Pattern VICTIM_BORN =
      Pattern.compile(
          "被害人\\s*[^，,。]{1,12}?(?:[（(][A-Za-z][A-Za-z .'\\-]{1,40}[）)])?[（(，,]\\s*[男女][，,]\\s*(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(?:(\\d{1,2})\\s*日)?\\s*出\\s*生");

  /** A victim's participant paragraph: 被害人X，女，2010年9月12日出生 (no bracket). */
  private static final Pattern VICTIM_PARAGRAPH =
      Pattern.compile(
          "被害人\\s*[^，,。（(\\n]{1,12}?[，,]\\s*[男女][，,]\\s*(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(?:(\\d{1,2})\\s*日)?\\s*出\\s*生");

  private static final Pattern EVENT_DATE =
      Pattern.compile(
          "(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(?:(\\d{1,2})\\s*日)?(?!\\s*(?:出\\s*生|生))");

  private static final Pattern VICTIM_AGE =
      Pattern.compile("(?:被害人|女孩|男孩|女童|男童|学生)[^，,。；\\n（(]{0,12}[（(][^）)]{0,10}?(\\d{1,2})\\s*周?岁");

  /** A victim's age said in the text, bracketed or not (被害人X时年12岁, 年仅9岁). */
  private static final Pattern VICTIM_STATED_AGE =
      Pattern.compile("被害人[^，,。；;\\n]{0,12}?[，,]?(?:时年|年仅|年龄[：:]?|现年|案发时)\\s*(\\d{1,2})\\s*周?岁");

  /** A victim's ID number, whose birth date says their age. */
  private static final Pattern VICTIM_ID =
      Pattern.compile(
          "被害人[^。；;\\n]{0,40}?(?<![\\dA-Za-z])\\d{6}((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])\\d{3}[\\dXx](?![\\dA-Za-z])");

  private RefusalCheck() {}

  static List<Refusal> check(
      String original,
      LocalDate offenceDate,
      List<KnownParticipant> known,
      RedactionPolicy policy) {
    String text = ChineseNumerals.arabic(original);
    List<Refusal> refusals = new ArrayList<>();
    String secret = SecrecyMarks.find(text);
    if (secret != null) {
      refusals.add(new Refusal(RefusalReason.STATE_SECRET, secret));
    }
    List<OffenceDates.Dated> facts = offenceDate != null ? List.of() : OffenceDates.dated(text);
    LocalDate offence = offenceDate != null ? offenceDate : OffenceDates.earliest(facts);
    boolean coOffenders = policy.refuseMinorCoOffenders();
    List<String> offenders = new ArrayList<>(Accused.names(text));
    List<Accused> accusedWithBirth = new ArrayList<>(Accused.of(text, known, coOffenders));
    for (Accused a : NarrativeAccused.of(text, coOffenders)) {
      accusedWithBirth.add(a);
      if (!offenders.contains(a.name())) {
        offenders.add(a.name()); // whose dates are whose, among the offenders the narrative dates
      }
    }
    for (Accused accused : accusedWithBirth) {
      LocalDate when = offenceOf(accused, facts, offenceDate, offence, offenders);
      if (when != null && offenceDate == null && when.isBefore(accused.birth())) {
        // nobody offends before being born: a date of the facts that early is another person's (the
        // birth dates of a table of elderly victims), not this accused's offence
        // …unless no date of the facts is theirs: then the early date stands, and refuses (when in
        // doubt)
        LocalDate theirs = OffenceDates.earliestFrom(facts, accused.birth());
        when = theirs != null ? theirs : when;
      }
      if (when != null && when.isBefore(accused.birth().plusYears(18))) {
        refusals.add(
            new Refusal(RefusalReason.MINOR_OFFENDER, "出生 " + accused.birth() + "，作案 " + when));
        break;
      }
    }
    if (refusals.stream().noneMatch(r -> r.reason() == RefusalReason.MINOR_OFFENDER)
        && minorByStatedAge(text, offence, coOffenders)) {
      refusals.add(new Refusal(RefusalReason.MINOR_OFFENDER, "陈述的年龄表明作案时未满十八周岁"));
    }
    Scan explicits = new Scan(MINOR_OFFENDER, text);
    Matcher explicit = explicits.matcher();
    while (refusals.stream().noneMatch(r -> r.reason() == RefusalReason.MINOR_OFFENDER)
        && explicits.find()) {
      if (MinorWording.aboutThisDocumentsOffender(text, explicit.start(), coOffenders)
          && !(!accusedWithBirth.isEmpty()
              && MinorWording.courtBelowRejected(text, explicit.start()))) {
        refusals.add(new Refusal(RefusalReason.MINOR_OFFENDER, explicit.group()));
      }
    }
    String minorVictim = minorVictimEvidence(text, offence);
    Scan sexuals = new Scan(SEXUAL, text);
    Matcher sexual = sexuals.matcher();
    if (minorVictim != null && sexuals.find()) {
      refusals.add(
          new Refusal(
              RefusalReason.SEXUAL_CRIME_AGAINST_MINOR, sexual.group() + "；" + minorVictim));
    }
    Scan violents = new Scan(VIOLENT, text);
    Matcher violent = violents.matcher();
    if (policy.refuseViolentCrimesAgainstMinors() && minorVictim != null && violents.find()) {
      refusals.add(
          new Refusal(
              RefusalReason.VIOLENT_CRIME_AGAINST_MINOR, violent.group() + "；" + minorVictim));
    }
    return refusals;
  }

  /**
   * The offence date of this offender: the one the case record gives, else the earliest date of the
   * facts that is theirs; when no dated sentence is theirs, the earliest of all (when in doubt,
   * refuse).
   */
  private static LocalDate offenceOf(
      Accused accused,
      List<OffenceDates.Dated> facts,
      LocalDate given,
      LocalDate earliest,
      List<String> offenders) {
    if (given != null || accused.name() == null || offenders.size() < 2) {
      return earliest;
    }
    LocalDate own = OffenceDates.earliestFor(facts, accused.name(), offenders);
    return own != null ? own : earliest;
  }

  private static String minorVictimEvidence(String text, LocalDate offence) {
    Scan borns = new Scan(VICTIM_BORN, text);
    Matcher born = borns.matcher();
    while (borns.find()) {
      LocalDate birth = OffenceDates.latest(born.group(1), born.group(2), born.group(3));
      if (birth != null && (offence == null || offence.isBefore(birth.plusYears(18)))) {
        return "被害人出生于 " + birth;
      }
    }
    for (Pattern idOrAge : List.of(VICTIM_ID, VICTIM_STATED_AGE)) {
      Scan said = new Scan(idOrAge, text);
      Matcher m = said.matcher();
      while (said.find()) {
        boolean minor =
            m.groupCount() == 3
                ? minorAt(OffenceDates.date(m.group(1), m.group(2), m.group(3)), offence)
                : Integer.parseInt(m.group(1)) < 18;
        if (minor) {
          return "被害人 " + m.group();
        }
      }
    }
    String bracketed = BracketedVictims.minor(text, offence);
    if (bracketed != null) {
      return bracketed;
    }
    String paragraphMinor = victimParagraphMinor(text, offence);
    if (paragraphMinor != null) {
      return paragraphMinor;
    }
    String listed = minorInATable(text, offence);
    if (listed != null) {
      return listed;
    }
    Scan ages = new Scan(VICTIM_AGE, text);
    Matcher age = ages.matcher();
    while (ages.find()) {
      if (Integer.parseInt(age.group(1)) < 18) {
        return "被害人 " + age.group(1) + " 岁";
      }
    }
    Scan words = new Scan(MINOR_VICTIM, text);
    return words.find() ? words.matcher().group() : null;
  }

  /**
   * A person a table lists with a birth date (出生日期 column, or a list of people's rows) who was
   * under 18 at the offence: in a sexual crime, the people a table lists are those it was committed
   * against. Only with an offence date: a table of adults is no doubt.
   */
  private static String minorInATable(String text, LocalDate offence) {
    if (offence == null) {
      return null;
    }
    for (LocalDate birth : BirthDateRows.inTables(text)) {
      if (offence.isBefore(birth.plusYears(18))) {
        return "名单中出生于 " + birth;
      }
    }
    return null;
  }

  private static boolean minorAt(LocalDate birth, LocalDate offence) {
    return birth != null && (offence == null || offence.isBefore(birth.plusYears(18)));
  }

  /**
   * A victim introduced by a participant paragraph with a birth date is a minor when the offence
   * date — given, or else the first date the text tells after the paragraph (the facts) — falls
   * before the eighteenth birthday.
   */
  private static String victimParagraphMinor(String text, LocalDate offence) {
    Matcher born = VICTIM_PARAGRAPH.matcher(text);
    while (born.find()) {
      LocalDate birth = OffenceDates.latest(born.group(1), born.group(2), born.group(3));
      if (birth == null) {
        continue;
      }
      LocalDate at = offence;
      if (at == null) {
        Matcher event = EVENT_DATE.matcher(text).region(born.end(), text.length());
        if (event.find()) {
          at = OffenceDates.latest(event.group(1), event.group(2), event.group(3));
        }
      }
      if (at != null && at.isBefore(birth.plusYears(18))) {
        return "被害人出生于 " + birth;
      }
    }
    return null;
  }

  /**
   * An accused whose age is stated (现年十七岁, 现年19岁): the age at the offence is the stated age less
   * the whole years between the offence and the document's latest date, less one more for safety.
   */
  static boolean minorByStatedAge(String text, LocalDate offence) {
    return minorByStatedAge(text, offence, false);
  }

  static boolean minorByStatedAge(String text, LocalDate offence, boolean coOffenders) {
    LocalDate documentDate = null;
    Scan dScan = new Scan(ANY_DATE, text);
    Matcher d = dScan.matcher();
    while (dScan.find()) {
      LocalDate x = OffenceDates.date(d.group(1), d.group(2), d.group(3));
      if (x != null && (documentDate == null || x.isAfter(documentDate))) {
        documentDate = x;
      }
    }
    Scan lineScan = new Scan(Accused.LINE, text);
    Matcher line = lineScan.matcher();
    while (lineScan.find()) {
      if (!coOffenders && Accused.handledElsewhere(line.group())) {
        continue;
      }
      Matcher age = AGE.matcher(line.group());
      if (age.find()) {
        int stated = Integer.parseInt(age.group(1));
        long elapsed =
            offence == null || documentDate == null
                ? 0
                : ChronoUnit.YEARS.between(offence, documentDate) + 1;
        if (stated - elapsed < 18) {
          return true;
        }
      }
    }
    return false;
  }
}
