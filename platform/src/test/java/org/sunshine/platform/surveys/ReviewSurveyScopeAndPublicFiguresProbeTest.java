package org.sunshine.platform.surveys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.ui.ExtendedModelMap;
import org.sunshine.platform.organisation.DataScope;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.Role;
import org.sunshine.platform.organisation.StaffAccounts;
import org.sunshine.platform.organisation.StaffIdentity;
import org.sunshine.platform.statistics.Accountability;
import org.sunshine.platform.support.PlatformTest;
import org.sunshine.platform.support.TestAccounts;

/**
 * Review probes: survey results follow the data scope; the province's figure reaches the public.
 */
@PlatformTest
class ReviewSurveyScopeAndPublicFiguresProbeTest {

  @Autowired SurveyConsoleController console;
  @Autowired Surveys surveys;
  @Autowired SurveyRows rows;
  @Autowired Accountability accountability;
  @Autowired Directory directory;
  @Autowired StaffAccounts accounts;
  @Autowired TestAccounts testAccounts;
  @Autowired MockMvc mvc;

  private StaffIdentity open(String unit, Role role, DataScope scope) {
    return accounts.identity(testAccounts.open(unit, role, scope)).orElseThrow();
  }

  /**
   * DataScope OWN_UNIT (a county sees its own; an upper unit its subordinates only when its scope
   * says so): a city's department head with the own-unit scope gets no per-county breakdown, as the
   * statistics dashboard already does (StatisticsAccess.seesBelow).
   */
  @Test
  void aCityReaderWithTheOwnUnitScopeSeesNoCountyResults() {
    if (rows.months().isEmpty()) {
      surveys.hold(LocalDate.of(2019, 6, 23));
    }
    StaffIdentity head = open("140100", Role.DEPARTMENT_HEAD, DataScope.OWN_UNIT);
    assertThat(directory.unitsVisibleTo(head)).containsExactly(head.unitId());
    ExtendedModelMap model = new ExtendedModelMap();

    console.page(head, null, null, model);

    SurveyResults.Results results = (SurveyResults.Results) model.get("results");
    assertThat(results).isNotNull();
    assertThat(results.byUnit().keySet()).as("counties outside the viewer's data scope").isEmpty();
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
        .andExpect(jsonPath("$.unit.monthsReported").value(1));
  }
}
