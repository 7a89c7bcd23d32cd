package org.sunshine.platform.petitions;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.StaffAccounts;
import org.sunshine.platform.support.Browser;
import org.sunshine.platform.support.OneTimeCodes;
import org.sunshine.platform.support.PlatformTest;

/** On a phone: file a 控告 online, and see the 7-day procedural reply from outside. */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PetitionBrowserTest {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired Directory directory;
  @Autowired StaffAccounts accounts;
  @Autowired Petitions petitions;
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
    return new Page.GetByRoleOptions().setName(name);
  }

  @Test
  void onAPhoneAPetitionerFilesAnAccusationAndSeesTheSevenDayReply() {
    String mobile = "13811112222";
    String unit = String.valueOf(directory.findByCode("140105").orElseThrow().id());
    Page phone = browser.newPage(390, 844);
    phone.navigate(url("/petitions"));
    phone.getByRole(AriaRole.LINK, named("网上提交（短信验证登录）")).click();
    phone.getByLabel("手机号码").fill(mobile);
    phone.getByRole(AriaRole.BUTTON, named("获取验证码")).click();
    phone.getByLabel("验证码").fill(OneTimeCodes.lastSentTo(jdbc, mobile));
    phone.getByRole(AriaRole.BUTTON, named("登录")).click();
    phone.getByLabel("受理检察院").selectOption(unit);
    phone.getByLabel("事项类别").selectOption("ACCUSATION");
    phone.getByLabel("事项和理由").fill("控告某派出所民警在处理交通事故时违法扣押本人车辆，至今未出具扣押清单。");
    phone.getByLabel("姓名").fill("赵建军");
    phone.getByRole(AriaRole.BUTTON, named("提交")).click();
    String code = phone.locator("#query-code").textContent().strip();
    assertThat(code).matches("XF[0-9A-Z]{10}");
    assertThat(noSidewaysScroll(phone)).isTrue();

    long id =
        jdbc.sql("select id from petition where query_code = ?")
            .param(code)
            .query(Long.class)
            .single();
    petitions.accept(accounts.identity("kongshen").orElseThrow(), id);

    phone.navigate(url("/petitions/mine"));
    phone.locator("a.list-group-item").first().click();
    assertThat(phone.locator("#petition-state").textContent()).isEqualTo("已受理");
    assertThat(phone.locator(".reply-text").first().textContent()).contains("已由本院受理");
    assertThat(phone.locator("#deadlines").textContent())
        .contains("程序性答复")
        .contains("已答复")
        .contains("第一百六十一条");
    assertThat(noSidewaysScroll(phone)).isTrue();
  }

  private static boolean noSidewaysScroll(Page page) {
    return (Boolean)
        page.evaluate(
            "() => document.documentElement.scrollWidth <= document.documentElement.clientWidth");
  }
}
