package org.sunshine.platform.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sunshine.platform.cases.CaseEventType.ACCEPTED;
import static org.sunshine.platform.cases.CaseEventType.DEADLINE_EXTENDED;
import static org.sunshine.platform.cases.CaseEventType.FAST_TRACK;
import static org.sunshine.platform.cases.CaseEventType.FAST_TRACK_OVER_ONE_YEAR;
import static org.sunshine.platform.cases.CaseEventType.PROSECUTED;
import static org.sunshine.platform.cases.CaseEventType.RESUBMITTED;
import static org.sunshine.platform.cases.CaseEventType.RETURNED_FOR_SUPPLEMENTARY_INVESTIGATION;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** RULES.md §3, one row per case type and reset rule, with a fixed "today". */
class DeadlineCalculatorTest {

  private static final LocalDate MARCH_3 = LocalDate.of(2026, 3, 3);
  private final DeadlineCalculator calculator =
      new DeadlineCalculator(DeadlinePolicy.defaults(), WorkingCalendar.weekendsOnly());

  private static List<DeadlineCalculator.Step> steps(Object... typeAndDay) {
    List<DeadlineCalculator.Step> list = new ArrayList<>();
    for (int i = 0; i < typeAndDay.length; i += 2) {
      list.add(
          new DeadlineCalculator.Step(
              (CaseEventType) typeAndDay[i], MARCH_3.plusDays((Integer) typeAndDay[i + 1])));
    }
    return list;
  }

  static Stream<Arguments> periods() {
    return Stream.of(
        Arguments.of(
            "arrest review, detained: 7 days",
            CaseType.ARREST_REVIEW,
            true,
            false,
            steps(ACCEPTED, 0),
            "2026-03-10"),
        Arguments.of(
            "arrest review, not detained: 15 days",
            CaseType.ARREST_REVIEW,
            false,
            false,
            steps(ACCEPTED, 0),
            "2026-03-18"),
        Arguments.of(
            "arrest review, not detained, complex: 20 days",
            CaseType.ARREST_REVIEW,
            false,
            true,
            steps(ACCEPTED, 0),
            "2026-03-23"),
        Arguments.of(
            "prosecution review: one month",
            CaseType.PROSECUTION_REVIEW,
            true,
            false,
            steps(ACCEPTED, 0),
            "2026-04-03"),
        Arguments.of(
            "prosecution review extended: +15 days",
            CaseType.PROSECUTION_REVIEW,
            true,
            false,
            steps(ACCEPTED, 0, DEADLINE_EXTENDED, 25),
            "2026-04-18"),
        Arguments.of(
            "fast track (认罪认罚 速裁): 10 days",
            CaseType.PROSECUTION_REVIEW,
            true,
            false,
            steps(ACCEPTED, 0, FAST_TRACK, 1),
            "2026-03-13"),
        Arguments.of(
            "fast track, sentence over a year: 15 days",
            CaseType.PROSECUTION_REVIEW,
            true,
            false,
            steps(ACCEPTED, 0, FAST_TRACK_OVER_ONE_YEAR, 1),
            "2026-03-18"),
        Arguments.of(
            "returned: the police have one month",
            CaseType.PROSECUTION_REVIEW,
            true,
            false,
            steps(ACCEPTED, 0, RETURNED_FOR_SUPPLEMENTARY_INVESTIGATION, 10),
            "2026-04-13"),
        Arguments.of(
            "resubmitted: the review period restarts in full",
            CaseType.PROSECUTION_REVIEW,
            true,
            false,
            steps(ACCEPTED, 0, RETURNED_FOR_SUPPLEMENTARY_INVESTIGATION, 10, RESUBMITTED, 40),
            "2026-05-12"),
        Arguments.of(
            "state compensation: two months, the last day a Sunday, so the Monday",
            CaseType.STATE_COMPENSATION,
            false,
            false,
            steps(ACCEPTED, 0),
            "2026-05-04"),
        Arguments.of(
            "criminal petition: three months",
            CaseType.CRIMINAL_PETITION,
            false,
            false,
            steps(ACCEPTED, 0),
            "2026-06-03"),
        Arguments.of(
            "civil supervision: three months",
            CaseType.CIVIL_SUPERVISION,
            false,
            false,
            steps(ACCEPTED, 0),
            "2026-06-03"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("periods")
  void eachCaseTypeAndResetRuleGivesTheLegalDueDate(
      String rule,
      CaseType type,
      boolean detained,
      boolean complex,
      List<DeadlineCalculator.Step> steps,
      String due) {
    assertThat(calculator.compute(type, steps, detained, complex, MARCH_3.plusDays(5)).dueOn())
        .isEqualTo(LocalDate.parse(due));
  }

  @Test
  void theDayOfAcceptanceIsNotCountedAndThePlainTextSaysWhichDayItIs() {
    Deadline d =
        calculator.compute(
            CaseType.PROSECUTION_REVIEW, steps(ACCEPTED, 0), true, false, MARCH_3.plusDays(25));
    assertThat(d.plain()).isEqualTo("审查起诉 第25日 / 共31日");
    assertThat(d.overdue()).isFalse();
  }

  @Test
  void aMonthFromTheLastDayOfAMonthEndsOnTheLastDayOfTheNext() {
    // Accepted 30 April (the last day of April): one month ends 31 May, not 30 May.
    Deadline d =
        calculator.compute(
            CaseType.PROSECUTION_REVIEW, steps(ACCEPTED, 58), true, false, MARCH_3.plusDays(60));
    assertThat(MARCH_3.plusDays(58)).isEqualTo(LocalDate.of(2026, 4, 30));
    assertThat(d.dueOn()).isEqualTo(LocalDate.of(2026, 5, 31));
  }

  @Test
  void aPeriodPastItsDueDateWithoutConclusionIsOverdue() {
    Deadline d =
        calculator.compute(
            CaseType.ARREST_REVIEW, steps(ACCEPTED, 0), true, false, MARCH_3.plusDays(8));
    assertThat(d.overdue()).isTrue();
    assertThat(d.plain()).endsWith("（已超期）");
  }

  @Test
  void aConcludedRecordRunsNoDeadline() {
    Deadline d =
        calculator.compute(
            CaseType.PROSECUTION_REVIEW,
            steps(ACCEPTED, 0, PROSECUTED, 20),
            true,
            false,
            MARCH_3.plusDays(60));
    assertThat(d.concluded()).isTrue();
    assertThat(d.overdue()).isFalse();
    assertThat(d.plain()).isEqualTo("已审结");
  }

  @Test
  void aThirdReturnForSupplementaryInvestigationIsShownAsBeyondTheLawInsteadOfBreakingThePage() {
    Deadline d =
        calculator.compute(
            CaseType.PROSECUTION_REVIEW,
            steps(
                ACCEPTED,
                0,
                RETURNED_FOR_SUPPLEMENTARY_INVESTIGATION,
                5,
                RESUBMITTED,
                30,
                RETURNED_FOR_SUPPLEMENTARY_INVESTIGATION,
                35,
                RESUBMITTED,
                60,
                RETURNED_FOR_SUPPLEMENTARY_INVESTIGATION,
                65),
            true,
            false,
            MARCH_3.plusDays(70));
    assertThat(d.stage()).contains("超过法定次数");
  }

  @Test
  void aDetainedSuspectsArrestReviewCannotBeExtended() {
    assertThat(
            calculator
                .compute(
                    CaseType.ARREST_REVIEW,
                    steps(ACCEPTED, 0, DEADLINE_EXTENDED, 3),
                    true,
                    false,
                    MARCH_3.plusDays(4))
                .dueOn())
        .isEqualTo(LocalDate.of(2026, 3, 10));
  }

  @Test
  void aRecordNotYetAcceptedHasNoDeadline() {
    assertThat(
            calculator
                .compute(CaseType.PROSECUTION_REVIEW, List.of(), true, false, MARCH_3)
                .plain())
        .isEqualTo("未受理");
  }

  private static final WorkingCalendar NATIONAL_DAY_2026 =
      WorkingCalendar.of(
          Stream.iterate(LocalDate.of(2026, 10, 1), d -> d.plusDays(1)).limit(7).toList(),
          List.of(LocalDate.of(2026, 10, 10)));

  private static Deadline prosecutionReview(LocalDate accepted, boolean inCustody) {
    return new DeadlineCalculator(DeadlinePolicy.defaults(), NATIONAL_DAY_2026)
        .compute(
            CaseType.PROSECUTION_REVIEW,
            List.of(new DeadlineCalculator.Step(ACCEPTED, accepted)),
            false,
            false,
            accepted.plusDays(1),
            day -> inCustody);
  }

  @Test
  void aLastDayOnAPublicHolidayMovesToTheFirstWorkingDayAfterIt() {
    assertThat(prosecutionReview(LocalDate.of(2026, 9, 1), false).dueOn())
        .isEqualTo(LocalDate.of(2026, 10, 8));
  }

  @Test
  void aSuspectInCustodyIsNotHeldLongerBecauseOfAHoliday() {
    assertThat(prosecutionReview(LocalDate.of(2026, 9, 1), true).dueOn())
        .isEqualTo(LocalDate.of(2026, 10, 1));
  }

  @Test
  void aMakeUpWorkingDayOnASaturdayIsAWorkingDay() {
    assertThat(prosecutionReview(LocalDate.of(2026, 9, 10), false).dueOn())
        .isEqualTo(LocalDate.of(2026, 10, 10));
    assertThat(NATIONAL_DAY_2026.plusWorkingDays(LocalDate.of(2026, 9, 29), 3))
        .isEqualTo(LocalDate.of(2026, 10, 9));
  }
}
