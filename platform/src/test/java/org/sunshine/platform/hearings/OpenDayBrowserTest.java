package org.sunshine.platform.hearings;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunshine.platform.organisation.StaffAccounts;
import org.sunshine.platform.support.Axe;
import org.sunshine.platform.support.Browser;
import org.sunshine.platform.support.OneTimeCodes;
import org.sunshine.platform.support.PlatformTest;

/** On a phone: find an open day, sign in with a code and book seats; axe checks every page. */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenDayBrowserTest {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired OpenDays openDays;
  @Autowired StaffAccounts accounts;
  @Autowired Clock clock;
  private Browser browser;

  @BeforeAll
  void start() {
    browser = new Browser();
  }

  @AfterAll
  void stop() {
    browser.close();
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  private static Page.GetByRoleOptions named(String name) {
    return new Page.GetByRoleOptions().setName(name).setExact(true);
  }

  @Test
  void onAPhoneAVisitorBooksAnOpenDayOnAccessiblePages() {
    var cm = accounts.identity("casemgmt").orElseThrow();
    LocalDateTime at = LocalDate.now(clock).plusDays(18).atTime(9, 0);
    long day =
        openDays.schedule(
            cm,
            new NewOpenDay(
                "检察开放日·浏览器测试专场", at, at.plusHours(3), "小店区人民检察院一楼大厅", 20, at.minusDays(1)));
    openDays.publish(cm, day);
    String mobile = "13822223333";
    List<String> violations = new ArrayList<>();
    Page phone = browser.newPage(390, 844);

    phone.navigate(url("/open-days"));
    violations.addAll(Axe.seriousViolations(phone));
    phone
        .locator("li.card", new Page.LocatorOptions().setHasText("检察开放日·浏览器测试专场"))
        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("预约参加"))
        .click();
    violations.addAll(Axe.seriousViolations(phone));
    phone.getByLabel("手机号码").fill(mobile);
    phone.getByRole(AriaRole.BUTTON, named("获取验证码")).click();
    violations.addAll(Axe.seriousViolations(phone));
    phone.getByLabel("验证码").fill(OneTimeCodes.lastSentTo(jdbc, mobile));
    phone.getByRole(AriaRole.BUTTON, named("登录")).click();

    phone.getByLabel("姓名").fill("高文博");
    phone.getByLabel("参加人数").fill("9");
    phone.getByRole(AriaRole.BUTTON, named("确认预约")).click();
    assertThat(phone.locator("#partySize").evaluate("e => e.validity.rangeOverflow"))
        .as("the phone itself refuses more than five, before anything is sent")
        .isEqualTo(true);
    assertThat(openDays.get(day).seatsTaken()).isZero();
    phone.getByLabel("参加人数").fill("3");
    phone.getByRole(AriaRole.BUTTON, named("确认预约")).click();
    assertThat(phone.locator("h1").textContent()).isEqualTo("预约成功");
    violations.addAll(Axe.seriousViolations(phone));
    assertThat(noSidewaysScroll(phone)).isTrue();

    phone.getByRole(AriaRole.LINK, named("我的开放日预约")).last().click();
    assertThat(phone.locator("main").textContent()).contains("检察开放日·浏览器测试专场").contains("已预约");
    violations.addAll(Axe.seriousViolations(phone));
    assertThat(noSidewaysScroll(phone)).isTrue();
    assertThat(openDays.get(day).seatsTaken()).isEqualTo(3);
    assertThat(violations).isEmpty();
  }

  private static boolean noSidewaysScroll(Page page) {
    return (Boolean)
        page.evaluate(
            "() => document.documentElement.scrollWidth <= document.documentElement.clientWidth");
  }
}
