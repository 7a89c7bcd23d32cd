package org.sunshine.platform.statistics;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.sunshine.platform.support.StaffLogin.loginOnPage;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.sunshine.platform.documents.DocumentFixtures;
import org.sunshine.platform.organisation.DataScope;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.Role;
import org.sunshine.platform.organisation.StaffAccounts;
import org.sunshine.platform.support.Browser;
import org.sunshine.platform.support.PlatformTest;
import org.sunshine.platform.support.TestAccounts;

/** The province's 案管 opens the monthly report, clicks a unit's rate, lands on its overdue list. */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonthlyReportBrowserTest {

  @LocalServerPort int port;
  @Autowired DocumentFixtures fixtures;
  @Autowired LedgerRebuild rebuild;
  @Autowired LedgerRows ledger;
  @Autowired MonthlyReports reports;
  @Autowired Directory directory;
  @Autowired StaffAccounts accounts;
  @Autowired TestAccounts testAccounts;
  private Browser browser;

  @BeforeAll
  void startBrowser() {
    browser = new Browser();
  }

  @AfterAll
  void stopBrowser() {
    browser.close();
  }

  @Test
  void theProvinceOpensTheReportClicksAUnitsRateAndSeesItsOverdueDocuments() throws Exception {
    long doc = fixtures.anIndictment(fixtures.aCaseWith("诈骗罪", "钱多多:DEFENDANT"));
    String number = fixtures.numberOf(doc);
    rebuild.rebuild();
    LocalDate month = ledger.find(doc).orElseThrow().dueMonth();
    long province = directory.findByCode("140000").orElseThrow().id();
    var report = reports.draft(province, month);
    reports.decide(fixtures.staff("casemgmt.province"), report.id(), true, "已核对");
    var deputy =
        accounts
            .identity(
                testAccounts.open("140000", Role.DEPUTY_CHIEF, DataScope.UNIT_AND_SUBORDINATES))
            .orElseThrow();
    reports.decide(deputy, report.id(), true, "同意发布");

    Page page = browser.newPage(1366, 900);
    page.navigate("http://localhost:" + port + "/console/statistics/reports/" + report.id());
    loginOnPage(page, "casemgmt.province");
    assertThat(page.locator("#report-status")).hasText("已发布");
    // The published report as PDF carries the same ranking and names.
    var pdf =
        page.request()
            .get(
                "http://localhost:" + port + "/console/statistics/reports/" + report.id() + ".pdf");
    assertThat(pdf.headers().get("content-type")).isEqualTo("application/pdf");
    try (var file = Loader.loadPDF(pdf.body())) {
      assertThat(new PDFTextStripper().getText(file)).contains("实名通报", number, "李明轩");
    }
    Locator taiyuan =
        page.locator("#ranking-table tbody tr")
            .filter(new Locator.FilterOptions().setHasText("太原市"));
    taiyuan.first().locator("a.unit-rate").click();

    assertThat(page).hasURL(Pattern.compile(".*/console/statistics/list\\?.*figure=OVERDUE.*"));
    assertThat(page.locator("h1")).containsText("超期未公开");
    assertThat(page.locator("#entries")).containsText(number);
    assertThat(page.locator("#entries")).containsText("李明轩");
  }
}
