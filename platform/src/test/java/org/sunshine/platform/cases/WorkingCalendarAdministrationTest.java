package org.sunshine.platform.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.sunshine.platform.audit.AuditLog;
import org.sunshine.platform.audit.AuditRecord;
import org.sunshine.platform.organisation.StaffAccounts;
import org.sunshine.platform.organisation.StaffIdentity;
import org.sunshine.platform.support.PlatformTest;

/** The days administrators mark reach every deadline through the one shared calendar bean. */
@PlatformTest
class WorkingCalendarAdministrationTest {

  // Far from the test clock's year, so no other test's deadline moves while these days are marked.
  private static final LocalDate ACCEPTED = LocalDate.of(2031, 9, 3);
  private static final LocalDate FRIDAY = LocalDate.of(2031, 10, 3);
  private static final LocalDate SATURDAY = LocalDate.of(2031, 10, 4);
  private static final LocalDate MONDAY = LocalDate.of(2031, 10, 6);

  @Autowired WorkingCalendar calendar;
  @Autowired WorkingCalendars calendars;
  @Autowired StaffAccounts accounts;
  @Autowired AuditLog audit;

  @AfterEach
  void clear() {
    for (LocalDate day : List.of(FRIDAY, SATURDAY, MONDAY)) {
      calendars.mark(admin(), day, DayMark.CLEARED, "测试结束，恢复默认");
    }
  }

  @Test
  void anAdministratorMarksAHolidayAndDeadlinesMoveAtOnce() {
    // 审查起诉 one month from 3 September 2031 ends Friday 3 October (刑事诉讼法 第一百七十二条).
    assertThat(prosecutionReviewDue()).isEqualTo(FRIDAY);

    calendars.mark(admin(), FRIDAY, DayMark.HOLIDAY, "国庆节放假");
    // The last day is a holiday: it moves past the weekend to Monday (刑事诉讼法 第一百零五条).
    assertThat(calendar.isWorkingDay(FRIDAY)).isFalse();
    assertThat(prosecutionReviewDue()).isEqualTo(MONDAY);

    calendars.mark(admin(), SATURDAY, DayMark.WORKDAY, "国庆节调休上班");
    assertThat(prosecutionReviewDue()).isEqualTo(SATURDAY);

    calendars.mark(admin(), FRIDAY, DayMark.CLEARED, "撤销");
    assertThat(prosecutionReviewDue()).isEqualTo(FRIDAY);
  }

  @Test
  void aCountyAdministratorCannotChangeTheCalendar() {
    for (String username : List.of("admin.xiaodian", "admin.taiyuan", "handler")) {
      StaffIdentity staff = accounts.identity(username).orElseThrow();
      assertThat(calendars.mayChange(staff)).isFalse();
      assertThatThrownBy(() -> calendars.mark(staff, MONDAY, DayMark.HOLIDAY, "本院自定"))
          .isInstanceOf(AccessDeniedException.class);
    }
    assertThat(calendar.isWorkingDay(MONDAY)).isTrue();
    assertThat(calendars.marksIn(2031)).noneMatch(m -> m.day().equals(MONDAY));
  }

  @Test
  void everyCalendarChangeIsAudited() {
    calendars.mark(admin(), MONDAY, DayMark.HOLIDAY, "临时放假");
    calendars.mark(admin(), MONDAY, DayMark.CLEARED, "误设，恢复");

    List<AuditRecord> entries = audit.about("CalendarDay", MONDAY.toString());
    assertThat(entries)
        .filteredOn(e -> e.action().equals("CHANGE_CALENDAR"))
        .extracting(AuditRecord::actor, AuditRecord::actorUnit, AuditRecord::detail)
        .contains(
            tuple("admin", admin().unitId(), "HOLIDAY 临时放假"),
            tuple("admin", admin().unitId(), "CLEARED 误设，恢复"));
    assertThat(calendars.recentChanges(2))
        .extracting(CalendarChange::day, CalendarChange::mark, CalendarChange::changedBy)
        .containsExactly(
            tuple(MONDAY, DayMark.CLEARED, "admin"), tuple(MONDAY, DayMark.HOLIDAY, "admin"));
  }

  @Test
  void aChangeWithoutAReasonIsNotSaved() {
    int audited = audit.about("CalendarDay", MONDAY.toString()).size();
    int changes = calendars.recentChanges(1000).size();
    assertThatThrownBy(() -> calendars.mark(admin(), MONDAY, DayMark.HOLIDAY, "  "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(calendar.isWorkingDay(MONDAY)).isTrue();
    assertThat(audit.about("CalendarDay", MONDAY.toString())).hasSize(audited);
    assertThat(calendars.recentChanges(1000)).hasSize(changes);
  }

  private LocalDate prosecutionReviewDue() {
    return new DeadlineCalculator(DeadlinePolicy.defaults(), calendar)
        .compute(
            CaseType.PROSECUTION_REVIEW,
            List.of(new DeadlineCalculator.Step(CaseEventType.ACCEPTED, ACCEPTED)),
            false,
            false,
            ACCEPTED.plusDays(1),
            day -> false)
        .dueOn();
  }

  private StaffIdentity admin() {
    return accounts.identity("admin").orElseThrow();
  }
}
