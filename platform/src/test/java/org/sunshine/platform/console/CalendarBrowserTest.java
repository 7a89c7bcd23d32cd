package org.sunshine.platform.console;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.sunshine.platform.support.StaffLogin.loginOnPage;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.sunshine.platform.cases.DayMark;
import org.sunshine.platform.cases.WorkingCalendars;
import org.sunshine.platform.organisation.StaffAccounts;
import org.sunshine.platform.support.Axe;
import org.sunshine.platform.support.Browser;
import org.sunshine.platform.support.PlatformTest;

/** On a phone, a provincial administrator goes from the dashboard's warning to the calendar. */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CalendarBrowserTest {

  private static final LocalDate DAY = LocalDate.of(2031, 6, 10);

  @LocalServerPort int port;
  @Autowired WorkingCalendars calendars;
  @Autowired StaffAccounts accounts;
  private Browser browser;

  @BeforeAll
  void startBrowser() {
    browser = new Browser();
  }

  @AfterAll
  void stopBrowser() {
    browser.close();
    calendars.mark(accounts.identity("admin").orElseThrow(), DAY, DayMark.CLEARED, "测试结束");
  }

  @Test
  void anAdministratorFollowsTheWarningAndMarksAHolidayOnAPhone() {
    Page page = browser.newPage(390, 844);
    page.navigate("http://localhost:" + port + "/console");
    loginOnPage(page, "admin");
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("打开工作日历")).click();
    assertThat(page.locator("#calendar-year table")).hasCount(12);
    Assertions.assertThat(Axe.seriousViolations(page)).isEmpty();

    page.navigate("http://localhost:" + port + "/console/calendar?year=2031");
    page.locator("#month-6 td[data-day='2031-06-10'] a").click();
    assertThat(page.getByLabel("日期")).hasValue("2031-06-10");
    page.getByLabel("节假日").check();
    page.getByLabel("原因").fill("端午节放假");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存")).click();

    assertThat(page.locator("#calendar-saved")).containsText("2031-06-10");
    assertThat(page.locator("td[data-day='2031-06-10']")).hasClass("cal-HOLIDAY");
    assertThat(page.locator("#calendar-changes")).containsText("端午节放假");
    Assertions.assertThat(Axe.seriousViolations(page)).isEmpty();
    page.context().close();
  }
}
