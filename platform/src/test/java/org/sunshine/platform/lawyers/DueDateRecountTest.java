package org.sunshine.platform.lawyers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.sunshine.platform.access.LawyerGrants;
import org.sunshine.platform.cases.Cases;
import org.sunshine.platform.cases.WorkingCalendar;
import org.sunshine.platform.organisation.StaffAccounts;
import org.sunshine.platform.support.PlatformTest;

/**
 * A holiday marked after a request was submitted moves its running clock (and only a running one):
 * the calendar here is the shared one plus that holiday, so no other test's dates move.
 */
@PlatformTest
class DueDateRecountTest {

  @Autowired Cases cases;
  @Autowired LawyerGrants grants;
  @Autowired LawyerServices services;
  @Autowired StaffAccounts accounts;
  @Autowired LawyerRequests requests;
  @Autowired RequestRows rows;
  @Autowired LawyerProperties properties;
  @Autowired WorkingCalendar calendar;
  @Autowired Clock clock;
  private LawyerFixtures fx;

  @BeforeEach
  void fixtures() {
    fx = new LawyerFixtures(cases, grants, services, accounts);
  }

  @Test
  void aHolidayMarkedAfterSubmissionMovesTheRunningClockByADay() {
    long lawyer = fx.verifiedLawyer("申律师");
    long grant = fx.bind(lawyer, fx.newCase(), "张三");
    long id =
        requests.submit(
            lawyer,
            new LawyerRequests.NewRequest(
                grant, RequestType.ONLINE_FILE_REVIEW, "网上阅卷", null, null, null, List.of()));
    LawyerRequest before = rows.request(id).orElseThrow();
    LocalDate wasDue = before.dueOn;
    LocalDate firstCounted = calendar.plusWorkingDays(LocalDate.now(clock), 1);
    WorkingCalendar withHoliday =
        new WorkingCalendar(union(calendar.holidays(), firstCounted), calendar.workdays());

    boolean moved = new DueDateRecount(rows, properties, withHoliday, clock).recount(before);

    LawyerRequest after = rows.request(id).orElseThrow();
    assertThat(moved).isTrue();
    assertThat(after.dueOn).isEqualTo(withHoliday.plusWorkingDays(wasDue, 1));
    assertThat(after.dueBasis).contains(after.dueOn.toString());
    assertThat(new DueDateRecount(rows, properties, withHoliday, clock).recount(after))
        .as("counted again on the same calendar, nothing moves")
        .isFalse();
  }

  private static Set<LocalDate> union(Set<LocalDate> days, LocalDate day) {
    Set<LocalDate> all = new HashSet<>(days);
    all.add(day);
    return all;
  }
}
