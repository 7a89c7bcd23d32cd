package org.sunshine.platform.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.sunshine.platform.organisation.DataScope;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.Role;
import org.sunshine.platform.organisation.StaffAccounts;
import org.sunshine.platform.organisation.StaffIdentity;
import org.sunshine.platform.support.PlatformTest;
import org.sunshine.platform.support.TestAccounts;

/** The public sees published report figures only, per unit and quarter, as a page and as JSON. */
@PlatformTest
class PublicStatisticsTest {

  @Autowired MockMvc mvc;
  @Autowired MonthlyReports reports;
  @Autowired ReportRows rows;
  @Autowired PublicStatistics statistics;
  @Autowired LedgerRebuild rebuild;
  @Autowired Directory directory;
  @Autowired StaffAccounts accounts;
  @Autowired TestAccounts testAccounts;

  private StaffIdentity open(String unit, Role role) {
    return accounts
        .identity(testAccounts.open(unit, role, DataScope.UNIT_AND_SUBORDINATES))
        .orElseThrow();
  }

  @Test
  void onlyAPublishedReportReachesThePublic() throws Exception {
    rebuild.rebuild();
    long datong = directory.findByCode("140200").orElseThrow().id();
    LocalDate month = LocalDate.now().minusMonths(1).withDayOfMonth(1);
    int year = month.getYear();
    int quarter = (month.getMonthValue() - 1) / 3 + 1;
    var report = reports.draft(datong, month);
    var county =
        rows.lines(report.id()).stream()
            .filter(l -> l.unitId() != datong)
            .findFirst()
            .orElseThrow();
    assertThat(statistics.of(county.unitId(), year, quarter).monthsReported()).isZero();

    reports.decide(open("140200", Role.CASE_MANAGEMENT), report.id(), true, "已核对");
    reports.decide(open("140200", Role.DEPUTY_CHIEF), report.id(), true, "同意");
    PublicStatistics.UnitQuarter shown = statistics.of(county.unitId(), year, quarter);
    assertThat(shown.monthsReported()).isEqualTo(1);
    assertThat(shown.due()).isEqualTo(county.due());
    assertThat(shown.published()).isEqualTo(county.published());

    mvc.perform(get("/statistics?unit=" + datong + "&year=" + year + "&quarter=" + quarter))
        .andExpect(status().isOk());
    mvc.perform(get("/api/v1/statistics?unit=" + datong + "&year=" + year + "&quarter=" + quarter))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.unit.unitId").value(datong))
        .andExpect(jsonPath("$.units.length()").value(directory.children(datong).size()));
    mvc.perform(get("/api/v1/statistics?quarter=5")).andExpect(status().isBadRequest());
  }
}
