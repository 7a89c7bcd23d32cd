package org.sunshine.redaction;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a document may be published at all: state secrets, an accused person under 18 at
 * the time of the offence (computed from the birth date or ID number and the earliest offence
 * date), sexual crimes against minors and, if the policy says so, violent crimes against minors.
 * When in doubt it refuses: a person can still publish.
 */
final class RefusalCheck {

  private static final Pattern SECRET =
      Pattern.compile(
          "涉及国家秘密|(?:含有|包含|载有)国家秘密|密级[：:]?\\s*(?:绝密|机密|秘密)|(?:绝密|机密|秘密)\\s*★|国家秘密罪|属于(?:绝密|机密|秘密)级|涉密(?:材料|文件|案件)|（涉密）");
  private static final String ACCUSED = "(?:原审被告人|原审上诉人|原案被不起诉人|被不起诉人|犯罪嫌疑人|被告人|上诉人|被申诉人)";
  private static final Pattern ACCUSED_LINE =
      Pattern.compile("(?m)^[ \\t　]*" + ACCUSED + "[^\\n]{0,200}");

  /**
   * A birth date to the day, the month or the year (2008年1月出生): the latest day it can mean is
   * taken.
   */
  private static final Pattern BORN =
      Pattern.compile(
          "(\\d{4})\\s*[年.\\-/]\\s*(?:(\\d{1,2})\\s*[月.\\-/]\\s*(?:(\\d{1,2})\\s*日?)?)?\\s*(?:出生|生)");

  private static final Pattern AGE =
      Pattern.compile("(?:现年|时年|年龄[：:]?|案发时|作案时|[，,])\\s*(\\d{1,2})\\s*周?岁");
  private static final Pattern ANY_DATE =
      Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
  private static final Pattern ID_BIRTH =
      Pattern.compile(
          "(?<!\\d)\\d{6}((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])\\d{3}[\\dXx](?!\\d)");
  private static final Pattern FACTS =
      Pattern.compile(
          "(?:审查查明|侦查查明|复查查明|依法审查查明|经审查查明|经依法审查|调查查明|查明|审查认定|本院认定)[：:，,]?|案件事实[：:]|事实如下[：:]"
              + "|(?:原判|原审判决|一审判决|原审|判决)(?:仅|只|均|已)?认定[：:，,]?");
  private static final Pattern MONTH_DATE =
      Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月(?:\\s*(\\d{1,2})\\s*日)?");
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
  private static final Pattern VICTIM_BORN =
      Pattern.compile(
          "被害人\\s*[^，,。]{1,12}?[（(][男女][，,]\\s*(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(?:(\\d{1,2})\\s*日)?\\s*出生");

  private static final Pattern VICTIM_AGE =
      Pattern.compile("(?:被害人|女孩|男孩|女童|男童|学生)[^，,。；\\n（(]{0,12}[（(][^）)]{0,10}?(\\d{1,2})\\s*周?岁");

  private RefusalCheck() {}

  static List<Refusal> check(
      String original,
      LocalDate offenceDate,
      List<KnownParticipant> known,
      RedactionPolicy policy) {
    String text = ChineseNumerals.arabic(original);
    List<Refusal> refusals = new ArrayList<>();
    Scan secrets = new Scan(SECRET, text);
    Matcher secret = secrets.matcher();
    if (secrets.find()) {
      refusals.add(new Refusal(RefusalReason.STATE_SECRET, secret.group()));
    }
    LocalDate offence = offenceDate != null ? offenceDate : earliestOffence(text);
    boolean coOffenders = policy.refuseMinorCoOffenders();
    for (LocalDate birth : accusedBirthDates(text, known, coOffenders)) {
      if (offence != null && offence.isBefore(birth.plusYears(18))) {
        refusals.add(new Refusal(RefusalReason.MINOR_OFFENDER, "出生 " + birth + "，作案 " + offence));
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
      if (aboutThisDocumentsOffender(text, explicit.start(), coOffenders)) {
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

  /** Someone else than this document's offenders: a victim, a witness, a co-offender elsewhere. */
  private static final Pattern SOMEONE_ELSE = Pattern.compile("被害人|受害人|证人|被害单位|同案人|同案犯");

  private static final Pattern HANDLED_ELSEWHERE = Pattern.compile("另案处理|另案|另行处理|已判决|已判刑|同案人|同案犯");

  private static final Pattern ACCUSED_WORD = Pattern.compile(ACCUSED);

  /**
   * Minor-offender wording counts when it is about an offender of this document: the nearest role
   * word before it in its sentence is not a victim's, a witness's or a co-offender's
   * (被害人王某（系未成年人）), and what it says is not closed by 另案处理 (窦某（作案时未满十八周岁，另案处理）), unless the policy
   * refuses minor co-offenders too. The juvenile procedure's own words (附条件不起诉, 合适成年人) always
   * count.
   */
  private static boolean aboutThisDocumentsOffender(String text, int at, boolean coOffenders) {
    String word = text.substring(at, Math.min(text.length(), at + 6));
    if (word.startsWith("附条件不起诉") || word.startsWith("合适成年人")) {
      return true;
    }
    int sentence = at;
    while (sentence > 0 && "。；;\n".indexOf(text.charAt(sentence - 1)) < 0) {
      sentence--;
    }
    String before = text.substring(sentence, at);
    int victim = lastMatch(SOMEONE_ELSE, before);
    int accused = lastMatch(ACCUSED_WORD, before);
    boolean coOffender = before.length() > 0 && lastMatch(HANDLED_ELSEWHERE, before) > accused;
    int end = at;
    while (end < text.length() && end - at < 40 && "。；;\n）)".indexOf(text.charAt(end)) < 0) {
      end++;
    }
    coOffender |= HANDLED_ELSEWHERE.matcher(text.substring(at, end)).find();
    if (refuted(text, at)) {
      return false; // 原判认定其犯罪时未满十八周岁，系认定事实错误：the claim the protest corrects
    }
    if (victim > accused && !coOffender) {
      return false; // a victim or witness
    }
    return coOffenders || !coOffender;
  }

  /** A finding the document says is wrong, in the rest of its sentence. */
  private static final Pattern REFUTED =
      Pattern.compile("(?:认定|属|系)?事实(?:认定)?错误|认定(?:有误|错误|不当)|不能成立|不予(?:认定|采纳)|不属实|与事实不符");

  /** Said not to apply (不应适用《刑法》第十七条第四款, 并非未成年人), just before it in its sentence. */
  private static final Pattern DENIED =
      Pattern.compile("(?:不应|不得|不能|不宜|不再|无需)适用[^。；;]{0,32}$|(?:并非|不是|不属于?)$");

  private static boolean refuted(String text, int at) {
    if (DENIED.matcher(text.substring(Math.max(0, at - 40), at)).find()) {
      return true;
    }
    int end = at;
    while (end < text.length() && end - at < 60 && "。；;".indexOf(text.charAt(end)) < 0) {
      end++;
    }
    return REFUTED.matcher(text.substring(at, end)).find();
  }

  private static int lastMatch(Pattern p, String s) {
    Matcher m = p.matcher(s);
    int last = -1;
    while (m.find()) {
      last = m.start();
    }
    return last;
  }

  private static String minorVictimEvidence(String text, LocalDate offence) {
    Scan borns = new Scan(VICTIM_BORN, text);
    Matcher born = borns.matcher();
    while (borns.find()) {
      LocalDate birth = latest(born.group(1), born.group(2), born.group(3));
      if (birth != null && (offence == null || offence.isBefore(birth.plusYears(18)))) {
        return "被害人出生于 " + birth;
      }
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
   * Birth dates of the accused: from their participant paragraphs (date or ID number) and the case
   * record.
   */
  static List<LocalDate> accusedBirthDates(String text, List<KnownParticipant> known) {
    return accusedBirthDates(text, known, false);
  }

  /**
   * As above; an accused paragraph of someone handled in another case (犯罪嫌疑人王某（另案处理）) counts only
   * when the policy refuses minor co-offenders.
   */
  static List<LocalDate> accusedBirthDates(
      String text, List<KnownParticipant> known, boolean coOffenders) {
    List<LocalDate> dates = new ArrayList<>();
    Scan lineScan = new Scan(ACCUSED_LINE, text);
    Matcher line = lineScan.matcher();
    while (lineScan.find()) {
      if (!coOffenders && handledElsewhere(line.group())) {
        continue;
      }
      Matcher born = BORN.matcher(line.group());
      if (born.find()) {
        add(dates, latest(born.group(1), born.group(2), born.group(3)));
        continue;
      }
      Matcher id =
          ID_BIRTH.matcher(Folded.fold(line.group()).replaceAll("(?<=\\d)[ \\-](?=\\d)", ""));
      if (id.find()) {
        add(dates, date(id.group(1), id.group(2), id.group(3)));
      }
    }
    for (KnownParticipant k : known) {
      if (k.birthDate() != null
          && k.role() != null
          && k.role().matches(".*(被告人|被不起诉人|犯罪嫌疑人|DEFENDANT|SUSPECT|NON_PROSECUTED).*")) {
        add(dates, k.birthDate());
      }
    }
    return dates;
  }

  /**
   * The earliest date in the facts (after 查明; without that heading, after the participant
   * paragraphs), ignoring birth dates. Month precision counts as the 1st, so a range "2024年3月至6月"
   * starts on 3 March: a month says the conduct may have begun on its first day, and a later day in
   * the same month (a count, an arrest) does not say otherwise. An offender who turned eighteen
   * inside that month is refused; a person reviews it.
   */
  static LocalDate earliestOffence(String text) {
    Scan facts = new Scan(FACTS, text);
    // The facts may be summed up before the heading a document uses (一、原判遗漏…2019年7月至10月间…；
    // 经本院调取…查明): the offence is looked for from the end of the participants' paragraphs.
    int participants = afterParticipants(text);
    int factsEnd = facts.find() ? facts.matcher().end() : participants;
    int from = Math.min(factsEnd, participants);
    int to = Math.min(text.length(), factsEnd + 1200);
    String region = text.substring(from, to);
    Set<LocalDate> births = birthDatesAnywhere(text);
    LocalDate earliest = null;
    Matcher m = MONTH_DATE.matcher(region);
    while (m.find()) {
      String after = region.substring(m.end(), Math.min(region.length(), m.end() + 3));
      String before = region.substring(Math.max(0, m.start() - 8), m.start());
      if (after.startsWith("出生") || after.startsWith("生") || BORN_BEFORE.matcher(before).find()) {
        continue;
      }
      LocalDate d = date(m.group(1), m.group(2), m.group(3) == null ? "1" : m.group(3));
      if (m.group(3) != null && births.contains(d)) {
        continue; // a birth date said again in the facts (出生医学证明载明其出生于…) is no offence
      }
      if (d != null && (earliest == null || d.isBefore(earliest))) {
        earliest = d;
      }
    }
    return earliest;
  }

  /** A date introduced as a birth (出生于, 生于, 出生日期为). */
  private static final Pattern BORN_BEFORE =
      Pattern.compile("(?:出生于|生于|出生日期|出生时间|出生年月|生日)[：:为是\\s]*$");

  /** Every birth date the document states to the day, of anyone. */
  private static Set<LocalDate> birthDatesAnywhere(String text) {
    Set<LocalDate> births = new HashSet<>();
    Matcher born = BORN.matcher(text);
    while (born.find()) {
      if (born.group(3) != null) {
        add(births, date(born.group(1), born.group(2), born.group(3)));
      }
    }
    Matcher m = MONTH_DATE.matcher(text);
    while (m.find()) {
      String before = text.substring(Math.max(0, m.start() - 6), m.start());
      if (m.group(3) != null && BORN_BEFORE.matcher(before).find()) {
        add(births, date(m.group(1), m.group(2), m.group(3)));
      }
    }
    return births;
  }

  private static int afterParticipants(String text) {
    Scan lineScan = new Scan(ACCUSED_LINE, text);
    Matcher line = lineScan.matcher();
    int end = 0;
    while (lineScan.find()) {
      end = line.end();
    }
    return end;
  }

  /**
   * The last day a year, or a year and month, can mean: the person is taken as young as the text
   * allows.
   */
  private static LocalDate latest(String y, String m, String d) {
    if (m == null) {
      return date(y, "12", "31");
    }
    if (d == null) {
      LocalDate first = date(y, m, "1");
      return first == null ? null : first.withDayOfMonth(first.lengthOfMonth());
    }
    return date(y, m, d);
  }

  /**
   * An accused whose age is stated (现年十七岁, 现年19岁): the age at the offence is the stated age less
   * the whole years between the offence and the document's latest date, less one more for safety.
   */
  private static boolean handledElsewhere(String accusedLine) {
    return HANDLED_ELSEWHERE
        .matcher(accusedLine.substring(0, Math.min(40, accusedLine.length())))
        .find();
  }

  static boolean minorByStatedAge(String text, LocalDate offence) {
    return minorByStatedAge(text, offence, false);
  }

  static boolean minorByStatedAge(String text, LocalDate offence, boolean coOffenders) {
    LocalDate documentDate = null;
    Scan dScan = new Scan(ANY_DATE, text);
    Matcher d = dScan.matcher();
    while (dScan.find()) {
      LocalDate x = date(d.group(1), d.group(2), d.group(3));
      if (x != null && (documentDate == null || x.isAfter(documentDate))) {
        documentDate = x;
      }
    }
    Scan lineScan = new Scan(ACCUSED_LINE, text);
    Matcher line = lineScan.matcher();
    while (lineScan.find()) {
      if (!coOffenders && handledElsewhere(line.group())) {
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

  private static void add(Collection<LocalDate> dates, LocalDate d) {
    if (d != null) {
      dates.add(d);
    }
  }

  private static LocalDate date(String y, String m, String d) {
    try {
      return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }
}
