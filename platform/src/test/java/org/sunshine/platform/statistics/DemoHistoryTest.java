package org.sunshine.platform.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.ProcuratorateView;
import org.sunshine.platform.support.PlatformTest;
import org.sunshine.platform.support.StaffLogin;

/** The demo's year of history: twelve months of figures, published reports, one in approval. */
@PlatformTest
@TestPropertySource(properties = "sunshine.demo.statistics-history=true")
class DemoHistoryTest {

  @Autowired ReportRows reports;
  @Autowired Completion completion;
  @Autowired LedgerRebuild rebuild;
  @Autowired Directory directory;
  @Autowired MockMvc mvc;

  @Test
  void theDemoHasAYearOfFiguresAndReports() throws Exception {
    long province = directory.findByCode("140000").orElseThrow().id();
    LocalDate thisMonth = LocalDate.now().withDayOfMonth(1);
    var trend = completion.trend(province, thisMonth.minusMonths(12), 12);
    assertThat(trend.values()).allSatisfy(f -> assertThat(f.due()).isGreaterThan(50));
    assertThat(trend.values())
        .allSatisfy(f -> assertThat(f.rate()).isBetween(0.6, 1.0))
        .anySatisfy(f -> assertThat(f.overdue()).isPositive());

    List<ReportRows.Report> all =
        reports.ofUnits(directory.all().stream().map(ProcuratorateView::id).toList());
    assertThat(all.stream().filter(r -> r.status().equals("PUBLISHED")).count())
        .isGreaterThanOrEqualTo(11 * 3);
    assertThat(reports.find(province, thisMonth.minusMonths(1)).orElseThrow().status())
        .isEqualTo("IN_APPROVAL");
    // History stays outside the drift check: the ledger agrees with the documents.
    assertThat(rebuild.drift().none()).isTrue();

    var session = StaffLogin.login(mvc, "casemgmt.province");
    String page =
        mvc.perform(get("/console/statistics").session(session))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(page).contains("trend-table", "data-chart-table");
  }
}
