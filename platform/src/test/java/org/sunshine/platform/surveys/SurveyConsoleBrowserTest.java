package org.sunshine.platform.surveys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.sunshine.platform.support.Axe;
import org.sunshine.platform.support.Browser;
import org.sunshine.platform.support.PlatformTest;
import org.sunshine.platform.support.StaffLogin;

/**
 * 小店区's 案管 reads the demo's round (a chart beside each table) and closes a follow-up, which needs a
 * note.
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SurveyConsoleBrowserTest {

  @LocalServerPort int port;
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
  void caseManagementReadsTheRoundAndClosesAFollowUpWithANote() {
    Page page = browser.newPage(1280, 900);
    page.navigate("http://localhost:" + port + "/login");
    StaffLogin.loginOnPage(page, "casemgmt");
    page.navigate("http://localhost:" + port + "/console/surveys");
    page.waitForLoadState();
    assertThat(page.locator("#asked")).hasText("9");
    assertThat(page.locator("#dimension-table tbody tr")).hasCount(4);
    assertThat(page.locator("[data-chart-table=dimension-table] canvas")).hasCount(1);
    assertThat(page.locator("#follow-up-table .overdue").first()).isVisible();
    assertThat(Axe.seriousViolations(page)).isEmpty();
    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(Path.of("target/survey-console.png"))
            .setFullPage(true));

    var open = page.locator("#follow-up-table form").first();
    String id = open.locator("xpath=ancestor::tr").getAttribute("data-follow-up");
    open.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("办结")).click();
    assertThat(page.locator("#follow-ups .alert-danger")).hasText("请填写回访及整改情况");
    page.locator("#note-" + id).fill("已电话回访，向当事人说明了执法程序并致歉。");
    page.locator("#note-" + id)
        .locator("xpath=ancestor::form")
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("办结"))
        .click();
    assertThat(page.locator("#follow-ups .alert-success")).isVisible();
    assertThat(page.locator("tr[data-follow-up='" + id + "'] form")).hasCount(0);
    page.context().close();
  }
}
