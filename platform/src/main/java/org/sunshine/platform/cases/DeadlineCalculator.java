package org.sunshine.platform.cases;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.sunshine.platform.texts.Texts;

/**
 * Computes the legal deadline of one procedural record from its events (RULES.md §3). The day of
 * the start event is not counted (刑事诉讼法 第一百零五条): a one-month period starting on 3 March ends on 3
 * April. A last day on a 节假日 moves to the next working day, except while the suspect is in custody
 * (the same article). A return for supplementary investigation stops the review period; the
 * re-submission starts it again in full.
 */
final class DeadlineCalculator {

  private final DeadlinePolicy policy;
  private final WorkingCalendar calendar;

  DeadlineCalculator(DeadlinePolicy policy, WorkingCalendar calendar) {
    this.policy = policy;
    this.calendar = calendar;
  }

  /** One event of the record, in the order the events happened. */
  record Step(CaseEventType type, LocalDate on) {}

  Deadline compute(
      CaseType type, List<Step> steps, boolean detained, boolean complex, LocalDate today) {
    return compute(type, steps, detained, complex, today, day -> detained);
  }

  /**
   * @param inCustodyOn whether the suspect is held (拘留, 逮捕) on a day: then the last day is not
   *     moved past a holiday
   */
  Deadline compute(
      CaseType type,
      List<Step> steps,
      boolean detained,
      boolean complex,
      LocalDate today,
      Predicate<LocalDate> inCustodyOn) {
    List<Step> ordered = steps.stream().sorted(Comparator.comparing(Step::on)).toList();
    LocalDate start = null;
    String stage = null;
    Period period = null;
    int returns = 0;
    for (Step step : ordered) {
      switch (step.type()) {
        case ACCEPTED, RESUBMITTED -> {
          start = step.on();
          stage = stageName(type);
          period = basePeriod(type, detained, complex);
        }
        case FAST_TRACK -> period = Period.days(policy.fastTrackDays());
        case FAST_TRACK_OVER_ONE_YEAR -> period = Period.days(policy.fastTrackOverOneYearDays());
        case DEADLINE_EXTENDED ->
            period =
                period == null || type == CaseType.ARREST_REVIEW && detained
                    ? period
                    : extended(type, period);
        case RETURNED_FOR_SUPPLEMENTARY_INVESTIGATION -> {
          returns++;
          start = step.on();
          stage =
              returns > policy.maxReturns()
                  ? Texts.text("cases.deadline-calculator.return.over-limit", returns)
                  : Texts.text("cases.deadline-calculator.return.nth", returns);
          period = Period.months(policy.supplementaryInvestigationMonths());
        }
        default -> {
          if (step.type().concludes()) {
            return new Deadline(
                stage,
                start,
                start == null ? null : due(start, period, inCustodyOn),
                0,
                0,
                false,
                true);
          }
        }
      }
    }
    if (start == null) {
      return new Deadline(null, null, null, 0, 0, false, false);
    }
    LocalDate due = due(start, period, inCustodyOn);
    long total = ChronoUnit.DAYS.between(start, due);
    long day = Math.max(1, ChronoUnit.DAYS.between(start, today));
    return new Deadline(stage, start, due, day, total, today.isAfter(due), false);
  }

  private LocalDate due(LocalDate start, Period period, Predicate<LocalDate> inCustodyOn) {
    LocalDate last = period.end(start);
    return inCustodyOn.test(last) ? last : calendar.onOrAfter(last);
  }

  private Period basePeriod(CaseType type, boolean detained, boolean complex) {
    return switch (type) {
      case ARREST_REVIEW ->
          Period.days(
              detained
                  ? policy.arrestReviewDetainedDays()
                  : complex
                      ? policy.arrestReviewExtendedDays()
                      : policy.arrestReviewNotDetainedDays());
      case PROSECUTION_REVIEW -> Period.months(policy.prosecutionReviewMonths());
      case APPEAL_REVIEW -> Period.months(policy.appealReviewMonths());
      case STATE_COMPENSATION -> Period.months(policy.stateCompensationMonths());
      default -> Period.months(policy.otherMonths());
    };
  }

  private Period extended(CaseType type, Period period) {
    return switch (type) {
      case PROSECUTION_REVIEW -> period.plusDays(policy.prosecutionExtensionDays());
      case ARREST_REVIEW -> Period.days(policy.arrestReviewExtendedDays());
      default -> period;
    };
  }

  static String stageName(CaseType type) {
    return switch (type) {
      case ARREST_REVIEW -> Texts.text("cases.deadline-calculator.stage.arrest-review");
      case PROSECUTION_REVIEW -> Texts.text("cases.deadline-calculator.stage.prosecution-review");
      case APPEAL_REVIEW -> Texts.text("cases.deadline-calculator.stage.appeal-review");
      case CRIMINAL_PETITION -> Texts.text("cases.deadline-calculator.stage.criminal-petition");
      case STATE_COMPENSATION -> Texts.text("cases.deadline-calculator.stage.state-compensation");
      case CIVIL_SUPERVISION -> Texts.text("cases.deadline-calculator.stage.civil-supervision");
      case ADMINISTRATIVE_SUPERVISION ->
          Texts.text("cases.deadline-calculator.stage.administrative-supervision");
      case PUBLIC_INTEREST -> Texts.text("cases.deadline-calculator.stage.public-interest");
    };
  }

  /** A period of months and extra days, counted from the day after the start. */
  record Period(int months, int days) {
    static Period days(int days) {
      return new Period(0, days);
    }

    static Period months(int months) {
      return new Period(months, 0);
    }

    Period plusDays(int more) {
      return new Period(months, days + more);
    }

    /**
     * 刑事诉讼法 第一百零五条: a month runs to the same day of the next month; from the last day of a month,
     * to the last day of the next (30 April + 1 month = 31 May, not 30 May).
     */
    LocalDate end(LocalDate start) {
      LocalDate end = start.plusMonths(months);
      if (months > 0 && start.getDayOfMonth() == start.lengthOfMonth()) {
        end = end.withDayOfMonth(end.lengthOfMonth());
      }
      return end.plusDays(days);
    }
  }
}
