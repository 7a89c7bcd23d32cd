package org.sunshine.redaction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list of people without a header row whose rows give each person's birth date (1 黄某 “可可”
 * 2005年8月2日 广西壮族自治区某县): the row opens with its number and the person's short cells (name, nickname,
 * sex, people), then one full date, and holds no other number. A table of events says what happened
 * and how much (an amount, an account, a second date); a list of people says who they are. Numbered
 * one after another, two rows or more whose dates lie more than a year apart are such a list: their
 * dates are birth dates, masked as such and never read as offence dates.
 */
final class BirthDateRows {

  /**
   * A gap between cells: the layout closes a single space between a digit and a Chinese character
   * (1 黄某 becomes 1黄某), so a gap may be empty next to a number.
   */
  private static final String GAP = "[ \\t　|｜]*";

  /** A person's short cells: name, nickname in quotation marks, sex, people; no sentence. */
  private static final String PERSON = "[\\p{IsHan}·•“”\"（）()A-Za-z \\t　|｜]";

  private static final Pattern ROW =
      Pattern.compile(
          "(?m)^[ \\t　]*(\\d{1,3})"
              + GAP
              + "(?=\\p{IsHan})"
              + PERSON
              + "{2,24}?"
              + GAP
              + "((\\d{4})\\s*[年\\-./]\\s*(\\d{1,2})\\s*[月\\-./]\\s*(\\d{1,2})\\s*日?)"
              + "[^\\n\\d，,。；;：:]*$");

  private BirthDateRows() {}

  /** A birth date of such a list: where it stands and the day it names. */
  record Born(int start, int end, LocalDate date) {}

  /** Every birth date such lists give, in the order of the text. */
  static List<Born> find(String text) {
    List<Born> found = new ArrayList<>();
    List<Born> run = new ArrayList<>();
    int lastNumber = -1;
    Matcher m = ROW.matcher(text);
    while (m.find()) {
      int number = Integer.parseInt(m.group(1));
      LocalDate date = OffenceDates.date(m.group(3), m.group(4), m.group(5));
      if (number != lastNumber + 1) {
        addIfAList(run, found);
        run = new ArrayList<>();
      }
      lastNumber = number;
      if (date == null) {
        lastNumber = -1; // no date, no row of such a list: the run ends here
        continue;
      }
      run.add(new Born(m.start(2), m.end(2), date));
    }
    addIfAList(run, found);
    return found;
  }

  private static final Pattern DAY =
      Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");

  /**
   * The birth dates a table gives: of such a list, and of a column its header calls 出生日期
   * (序号　被害人　出生日期 金额); a date the text wrote with dots is read as written out (1938年07月09日).
   */
  static List<LocalDate> inTables(String text) {
    List<LocalDate> dates = new ArrayList<>();
    for (Born b : find(text)) {
      dates.add(b.date());
    }
    for (int[] cell : TableColumns.cells(text, PersonalDetails.BIRTH_HEADER)) {
      Matcher m = DAY.matcher(text).region(cell[0], cell[1]);
      LocalDate d = m.lookingAt() ? OffenceDates.date(m.group(1), m.group(2), m.group(3)) : null;
      if (d != null) {
        dates.add(d);
      }
    }
    return dates;
  }

  private static void addIfAList(List<Born> run, List<Born> found) {
    if (run.size() < 2) {
      return;
    }
    LocalDate first = run.get(0).date();
    LocalDate last = first;
    for (Born b : run) {
      first = b.date().isBefore(first) ? b.date() : first;
      last = b.date().isAfter(last) ? b.date() : last;
    }
    if (first.plusYears(1).isBefore(last)) {
      found.addAll(run);
    }
  }
}
