package org.sunshine.platform.lawyers;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.sunshine.platform.cases.WorkingCalendar;
import org.sunshine.platform.texts.Texts;

/**
 * A request's due date and the words that show the lawyer how it was reached. The day of submission
 * is not counted (刑事诉讼法 第一百零五条); a period in calendar days whose last day is a 节假日 ends on the next
 * working day (the same article); a period in working days skips holidays and counts 调休.
 */
final class DueDates {

  private DueDates() {}

  record Due(LocalDate dueOn, String basis) {}

  static Due due(LawyerProperties.Rule rule, LocalDate submittedOn, WorkingCalendar calendar) {
    if (rule.workingDays()) {
      LocalDate due = calendar.plusWorkingDays(submittedOn, rule.days());
      return new Due(
          due,
          Texts.text(
              "lawyers.due-dates.working-days", submittedOn, rule.basis(), rule.days(), due));
    }
    LocalDate last = submittedOn.plusDays(rule.days());
    LocalDate due = calendar.onOrAfter(last);
    String moved = due.equals(last) ? "" : Texts.text("lawyers.due-dates.holiday-moved", last);
    return new Due(
        due,
        Texts.text("lawyers.due-dates.days", submittedOn, rule.basis(), rule.days(), moved, due));
  }

  /**
   * The days the clock stood still, in the period's own unit (working days for a period of working
   * days): what a recount adds again, so it must never be a count of calendar days.
   */
  static int paused(
      LawyerProperties.Rule rule,
      LocalDate pausedOn,
      LocalDate resumedOn,
      WorkingCalendar calendar) {
    if (!rule.workingDays()) {
      return (int) ChronoUnit.DAYS.between(pausedOn, resumedOn);
    }
    int paused = 0;
    for (LocalDate d = pausedOn.plusDays(1); !d.isAfter(resumedOn); d = d.plusDays(1)) {
      paused += calendar.isWorkingDay(d) ? 1 : 0;
    }
    return paused;
  }

  /**
   * The clock stood still from the day 案管 asked for a supplement to the day it came: the period is
   * counted again from submission, longer by every pause so far. A period of calendar days is moved
   * off a 节假日 only at its new last day (第一百零五条): adding the pause to a last day already moved past
   * a weekend would count that weekend twice.
   */
  static Due resumed(
      LawyerProperties.Rule rule,
      LocalDate submittedOn,
      String basis,
      int pausedBefore,
      LocalDate pausedOn,
      LocalDate resumedOn,
      WorkingCalendar calendar) {
    int paused = paused(rule, pausedOn, resumedOn, calendar);
    if (paused == 0) {
      return new Due(shifted(rule, submittedOn, pausedBefore, calendar), basis);
    }
    LocalDate due = shifted(rule, submittedOn, pausedBefore + paused, calendar);
    String unit =
        rule.workingDays()
            ? Texts.text("lawyers.due-dates.unit.working-days")
            : Texts.text("lawyers.due-dates.unit.days");
    return new Due(
        due, Texts.text("lawyers.due-dates.paused", basis, pausedOn, resumedOn, paused, unit, due));
  }

  /** The due date of a period counted from submission and longer by the days it was paused. */
  static LocalDate shifted(
      LawyerProperties.Rule rule, LocalDate submittedOn, int pausedDays, WorkingCalendar calendar) {
    return rule.workingDays()
        ? calendar.plusWorkingDays(submittedOn, rule.days() + pausedDays)
        : calendar.onOrAfter(submittedOn.plusDays(rule.days() + (long) pausedDays));
  }

  /** How urgent an open request is on a day: 超期, 临期 (due within one working day) or 正常. */
  static String urgency(LocalDate dueOn, LocalDate today, WorkingCalendar calendar) {
    if (today.isAfter(dueOn)) {
      return "OVERDUE";
    }
    return calendar.plusWorkingDays(today, 1).isBefore(dueOn) ? "NORMAL" : "NEAR";
  }
}
