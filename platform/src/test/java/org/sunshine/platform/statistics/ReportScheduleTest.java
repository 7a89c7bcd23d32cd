package org.sunshine.platform.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.sunshine.platform.cases.WorkingCalendar;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.ProcuratorateLevel;
import org.sunshine.platform.support.PlatformTest;

/** Last month's reports are drafted on the first working day of the month, and only then. */
@PlatformTest
class ReportScheduleTest {

  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  @Autowired MonthlyReports reports;
  @Autowired ReportRows rows;
  @Autowired Directory directory;

  private ReportSchedule on(LocalDate day, WorkingCalendar calendar) {
    Clock clock = Clock.fixed(day.atTime(8, 0).atZone(CHINA).toInstant(), CHINA);
    return new ReportSchedule(reports, directory, calendar, clock);
  }

  @Test
  void theReportsAreDraftedOnTheFirstWorkingDayOfTheMonth() {
    long province =
        directory.all().stream()
            .filter(u -> u.level() == ProcuratorateLevel.PROVINCIAL)
            .findFirst()
            .orElseThrow()
            .id();
    // 2029-10-01 is a Monday but a holiday (国庆), as are the 2nd and 3rd: the 4th is the day.
    WorkingCalendar calendar =
        WorkingCalendar.of(
            List.of(
                LocalDate.of(2029, 10, 1), LocalDate.of(2029, 10, 2), LocalDate.of(2029, 10, 3)),
            List.of());
    LocalDate september = LocalDate.of(2029, 9, 1);
    on(LocalDate.of(2029, 10, 1), calendar).daily();
    on(LocalDate.of(2029, 10, 3), calendar).daily();
    assertThat(rows.find(province, september)).isEmpty();
    on(LocalDate.of(2029, 10, 4), calendar).daily();
    assertThat(rows.find(province, september))
        .get()
        .extracting(r -> r.status())
        .isEqualTo("IN_APPROVAL");
    on(LocalDate.of(2029, 10, 5), calendar).daily();
    assertThat(rows.ofUnits(List.of(province)))
        .filteredOn(r -> r.month().equals(september))
        .hasSize(1);
  }
}
