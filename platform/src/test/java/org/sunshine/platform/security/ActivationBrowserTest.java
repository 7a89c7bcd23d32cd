package org.sunshine.platform.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.sunshine.platform.support.StaffLogin.loginOnPage;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunshine.platform.support.Axe;
import org.sunshine.platform.support.Browser;
import org.sunshine.platform.support.PlatformTest;

/**
 * Issue 15, as people do it: an administrator opens an account with a mobile, the new colleague
 * opens the link from the SMS on a phone, chooses a password and signs in with it.
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ActivationBrowserTest {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
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
  void aNewColleagueActivatesTheirAccountFromTheLinkAndSignsInWithTheirOwnPassword() {
    String user = "newcomer" + System.nanoTime() % 100_000;
    String mobile = "1370000" + String.format("%04d", System.nanoTime() % 10_000);
    Page admin = browser.newPage(1280, 900);
    admin.navigate("http://localhost:" + port + "/console/accounts");
    loginOnPage(admin, "admin.xiaodian");
    admin.navigate("http://localhost:" + port + "/console/accounts");
    admin.locator("#new-username").fill(user);
    admin.locator("#new-name").fill("新同事");
    admin.locator("#role-CASE_HANDLER").check();
    admin.locator("#new-mobile").fill(mobile);
    admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("创建")).click();
    assertThat(admin.locator("#created")).containsText("激活链接已发送");
    admin.context().close();

    String sms =
        jdbc.sql("select body from notification where address = ? and channel = 'SMS'")
            .param(mobile)
            .query(String.class)
            .single();
    String link = sms.replaceAll("(?s).*(http\\S+/activate/[A-Za-z0-9_-]+).*", "$1");
    assertThat(link).startsWith("http://localhost:" + port + "/activate/");

    Page phone = browser.newPage(390, 844);
    phone.navigate(link);
    assertThat(phone.locator("#activation-username")).hasText(user);
    assertThat(Axe.seriousViolations(phone)).isEmpty();
    phone.getByLabel("新密码", new Page.GetByLabelOptions().setExact(true)).fill("Chosen-By-Me-42");
    phone.getByLabel("确认新密码").fill("Chosen-By-Me-42");
    phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("设置密码并激活")).click();
    assertThat(phone.locator("#login-activated")).isVisible();
    phone.getByLabel("用户名").fill(user);
    phone.getByLabel("密码", new Page.GetByLabelOptions().setExact(true)).fill("Chosen-By-Me-42");
    phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录")).click();
    assertThat(phone).hasURL(Pattern.compile(".*/console$"));

    phone.navigate(link);
    assertThat(phone.locator("#activation-invalid")).isVisible();
    phone.context().close();
  }
}
