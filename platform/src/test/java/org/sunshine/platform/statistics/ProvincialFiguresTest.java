package org.sunshine.platform.statistics;

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

/** The province's own published figures reach the public statistics. */
@PlatformTest
class ProvincialFiguresTest {

  @Autowired Accountability accountability;
  @Autowired Directory directory;
  @Autowired StaffAccounts accounts;
  @Autowired TestAccounts testAccounts;
  @Autowired MockMvc mvc;
  @Autowired ReportRows rows;

  private StaffIdentity open(String unit, Role role, DataScope scope) {
    return accounts.identity(testAccounts.open(unit, role, scope)).orElseThrow();
  }

  /**
   * RULES.md §8 and the public statistics page: once the province's own monthly report is
   * published, the province's figure of that quarter is on the public site — it must not wait for a
   * report of the supreme procuratorate, which no one in a provincial deployment approves.
   */
  @Test
  void thePublishedProvincialReportReachesThePublicFigures() throws Exception {
    long province = directory.findByCode("140000").orElseThrow().id();
    long report = accountability.draftReport(province, LocalDate.of(2019, 5, 1));
    accountability.decideReport(
        open("140000", Role.CASE_MANAGEMENT, DataScope.UNIT_AND_SUBORDINATES), report, true, "已核对");
    accountability.decideReport(
        open("140000", Role.DEPUTY_CHIEF, DataScope.UNIT_AND_SUBORDINATES), report, true, "同意");

    mvc.perform(get("/api/v1/statistics?unit=" + province + "&year=2019&quarter=2"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.unit.monthsReported").value(1))
        // the province's figure is its whole tree: every line of its report (cities rolled up, 本院)
        .andExpect(
            jsonPath("$.unit.due")
                .value(rows.lines(report).stream().mapToInt(ReportRows.Line::due).sum()));
  }
}
