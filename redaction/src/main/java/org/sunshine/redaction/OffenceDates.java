package org.sunshine.redaction;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When the offence was committed, read from the facts: the earliest date there (after 查明 or 原判认定;
 * without that heading, after the participant paragraphs), birth dates excepted. Month precision
 * counts as the 1st (中旬 the 11th, 下旬 the 21st), so a range "2024年3月至6月" starts on 1 March: a month
 * says the conduct may have begun on its first day, and a later day in the same month (a count, an
 * arrest) does not say otherwise.
 */
final class OffenceDates {

  private static final Pattern FACTS =
      Pattern.compile(
          "(?:审查查明|侦查查明|复查查明|依法审查查明|经审查查明|经依法审查|调查查明|查明|审查认定|本院认定)[：:，,]?|案件事实[：:]|事实如下[：:]"
              + "|(?:原判|原审判决|一审判决|原审|判决)(?:仅|只|均|已)?认定[：:，,]?");
  private static final Pattern MONTH_DATE =
      Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月(?:\\s*(\\d{1,2})\\s*日|(上旬|中旬|下旬|初|底|末))?");

  /** A date introduced as a birth (出生于, 生于, 出生日期为). */
  private static final Pattern BORN_BEFORE =
      Pattern.compile("(?:出生于|(?<![发产诞])生于|出生日期|出生时间|出生年月|生日)[：:为是\\s]*$");

  private OffenceDates() {}

  /** A date of the facts and the sentence it stands in. */
  record Dated(LocalDate date, String sentence) {}

  /** The earliest offence date of anyone in the facts. */
  static LocalDate earliest(String text) {
    return earliest(dated(text));
  }

  static LocalDate earliest(List<Dated> facts) {
    return earliestFor(facts, null, List.of());
  }

  /**
   * The earliest offence date of one offender (RULES.md §1: this offender's age at the offence
   * decides). A sentence of the facts counts for them unless it names another offender of the
   * document and nobody else (a sentence that brings in someone unnamed, 带领其弟, 伙同他人, counts for
   * everyone): in a scheme that began before they joined (2022年10月起，被告人甲组织…。被告人乙于 2023年4月加入), the
   * scheme's start is not their offence. A sentence that names nobody (二被告人…, 其…) counts for
   * everyone, and with a single offender every sentence counts: when in doubt the earlier date,
   * which refuses.
   */
  static LocalDate earliestFor(List<Dated> facts, String name, List<String> offenders) {
    LocalDate earliest = null;
    for (Dated d : facts) {
      if ((earliest == null || d.date().isBefore(earliest))
          && (name == null || countsFor(d.sentence(), name, offenders))) {
        earliest = d.date();
      }
    }
    return earliest;
  }

  /** The earliest date of the facts on or after {@code from}. */
  static LocalDate earliestFrom(List<Dated> facts, LocalDate from) {
    return earliest(facts.stream().filter(d -> !d.date().isBefore(from)).toList());
  }

  /** The dates of the facts that can be offence dates (not birth dates), read once. */
  static List<Dated> dated(String text) {
    Scan facts = new Scan(FACTS, text);
    // The facts may be summed up before the heading a document uses (一、原判遗漏…2019年7月至10月间…；
    // 经本院调取…查明): the offence is looked for from the end of the participants' paragraphs.
    int participants = afterParticipants(text);
    int factsEnd = facts.find() ? facts.matcher().end() : participants;
    int from = Math.min(factsEnd, participants);
    int to = Math.min(text.length(), factsEnd + 1200);
    String region = text.substring(from, to);
    Set<LocalDate> births = null;
    List<Dated> dated = new ArrayList<>();
    Matcher m = MONTH_DATE.matcher(region);
    while (m.find()) {
      // 2005年9月14日出|生: a wrap may cut the word
      String after =
          region.substring(m.end(), Math.min(region.length(), m.end() + 4)).replaceAll("\\s", "");
      String before = region.substring(Math.max(0, m.start() - 8), m.start());
      if (after.startsWith("出生") || after.startsWith("生") || BORN_BEFORE.matcher(before).find()) {
        continue;
      }
      LocalDate d =
          date(m.group(1), m.group(2), m.group(3) == null ? firstDay(m.group(4)) : m.group(3));
      if (d == null) {
        continue;
      }
      if (m.group(3) != null) {
        births = births == null ? birthDatesAnywhere(text) : births;
        if (births.contains(d)) {
          continue; // a birth date said again in the facts (出生医学证明载明其出生于…) is no offence
        }
      }
      dated.add(new Dated(d, sentenceAround(region, m.start())));
    }
    return dated;
  }

  /**
   * The first day a part of a month can mean: 中旬 begins on the 11th, 下旬 and 月底 on the 21st, so
   * 2022年9月中旬 is no offence on 1 September (an offender who turned 18 on the 8th was an adult).
   */
  private static String firstDay(String part) {
    if (part == null) {
      return "1";
    }
    return switch (part) {
      case "中旬" -> "11";
      case "下旬", "底", "末" -> "21";
      default -> "1";
    };
  }

  /**
   * Words by which a sentence brings in someone it does not name (带领其弟, 伙同他人, 王某等人): that someone
   * may be any offender of the document.
   */
  private static final Pattern SOMEONE_UNNAMED =
      Pattern.compile("其[子女妻夫父母兄弟姐妹侄甥孙]|他人|伙同|等人|带领|纠集|指使|雇佣|同伙|[一二两三四五六七八九\\d]人|之[子女弟兄妹姐]");

  private static boolean countsFor(String sentence, String name, List<String> offenders) {
    if (names(sentence, name) || SOMEONE_UNNAMED.matcher(sentence).find()) {
      return true;
    }
    return offenders.stream().noneMatch(o -> !o.equals(name) && names(sentence, o));
  }

  /** The full name, or the personal part of a ·-joined name (热依拉 of 热依拉·阿不力孜). */
  private static boolean names(String sentence, String name) {
    int dot = name.indexOf('·');
    return sentence.contains(name) || dot >= 2 && sentence.contains(name.substring(0, dot));
  }

  private static String sentenceAround(String region, int at) {
    int start = at;
    while (start > 0 && "。；;\n".indexOf(region.charAt(start - 1)) < 0) {
      start--;
    }
    int end = at;
    while (end < region.length() && "。；;\n".indexOf(region.charAt(end)) < 0) {
      end++;
    }
    return region.substring(start, end);
  }

  /** Every birth date the document states to the day, of anyone, a list's rows too. */
  private static Set<LocalDate> birthDatesAnywhere(String text) {
    Set<LocalDate> births = new HashSet<>();
    births.addAll(BirthDateRows.inTables(text));
    Matcher born = Accused.BORN.matcher(text);
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
    Scan lineScan = new Scan(Accused.LINE, text);
    Matcher line = lineScan.matcher();
    int end = 0;
    while (lineScan.find()) {
      end = line.end();
    }
    return end;
  }

  private static void add(Set<LocalDate> dates, LocalDate d) {
    if (d != null) {
      dates.add(d);
    }
  }

  /**
   * The last day a year, or a year and month, can mean: the person is taken as young as the text
   * allows.
   */
  static LocalDate latest(String y, String m, String d) {
    if (m == null) {
      return date(y, "12", "31");
    }
    if (d == null) {
      LocalDate first = date(y, m, "1");
      return first == null ? null : first.withDayOfMonth(first.lengthOfMonth());
    }
    return date(y, m, d);
  }

  static LocalDate date(String y, String m, String d) {
    try {
      return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }
}
