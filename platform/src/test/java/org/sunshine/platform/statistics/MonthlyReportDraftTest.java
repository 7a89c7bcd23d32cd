package org.sunshine.platform.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.sunshine.platform.organisation.DataScope;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.Role;
import org.sunshine.platform.organisation.StaffAccounts;
import org.sunshine.platform.organisation.StaffIdentity;
import org.sunshine.platform.support.PlatformTest;
import org.sunshine.platform.support.StaffLogin;
import org.sunshine.platform.support.TestAccounts;

/** The monthly report (实名通报) must be of a finished month and must get published. */
@PlatformTest
class MonthlyReportDraftTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Directory directory;
  @Autowired MonthlyReports reports;
  @Autowired StaffAccounts accounts;
  @Autowired TestAccounts testAccounts;
  @Autowired Clock clock;

  private StaffIdentity open(String unit, Role role) {
    return accounts
        .identity(testAccounts.open(unit, role, DataScope.UNIT_AND_SUBORDINATES))
        .orElseThrow();
  }

  /**
   * 月末通报完成率 (RULES.md §8): a month is reported once it is over. Drafting the running month freezes
   * figures as of today, and the job of the 1st then only finds that draft again.
   */
  @Test
  void aMonthIsReportedOnlyOnceItHasEnded() throws Exception {
    MockHttpSession province = StaffLogin.login(mvc, "casemgmt.province");
    long unit = accounts.identity("casemgmt.province").orElseThrow().unitId();
    YearMonth running = YearMonth.now(clock);
    mvc.perform(
        post("/console/statistics/reports")
            .param("month", running.toString())
            .with(csrf())
            .session(province));
    long drafted =
        jdbc.sql("select count(*) from monthly_report where unit_id = ? and month = ?")
            .params(unit, running.atDay(1))
            .query(Long.class)
            .single();
    assertThat(drafted)
        .as("a report of %s drafted on %s, before the month ended", running, LocalDate.now(clock))
        .isZero();
  }

  /**
   * A report the deputy chief returns must be able to go back into approval: drafting again (the
   * only action the pages and the job offer) must not leave it a DRAFT for ever.
   */
  @Test
  void aReturnedMonthlyReportGoesBackIntoApprovalWhenDraftedAgain() {
    long taiyuan = directory.findByCode("140100").orElseThrow().id();
    StaffIdentity casemgmt = open("140100", Role.CASE_MANAGEMENT);
    StaffIdentity deputy = open("140100", Role.DEPUTY_CHIEF);
    LocalDate month = LocalDate.of(2019, 4, 1);
    ReportRows.Report r = reports.draft(taiyuan, month);
    reports.decide(casemgmt, r.id(), true, "已核对");
    assertThat(reports.decide(deputy, r.id(), false, "排名有误，请重新核对").status()).isEqualTo("DRAFT");

    assertThat(reports.draft(taiyuan, month).status())
        .as("the returned report can never be submitted again, so never published")
        .isEqualTo("IN_APPROVAL");
  }
}
