package org.sunshine.platform.console;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.sunshine.platform.support.StaffLogin.loginOnPage;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.sunshine.platform.support.Browser;
import org.sunshine.platform.support.PlatformTest;

@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaffConsoleBrowserTest {

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

  private Page loginAs(String username) {
    Page page = browser.newPage(1280, 900);
    page.navigate("http://localhost:" + port + "/console");
    assertThat(page).hasURL(Pattern.compile(".*/login$"));
    loginOnPage(page, username);
    return page;
  }

  @Test
  void staffLogsInAndSeesTheirUnitRoleAndTheDemoWarning() {
    Page page = loginAs("handler");
    assertThat(page.getByTestId("my-unit")).hasText("太原市小店区人民检察院");
    assertThat(page.getByTestId("my-roles")).containsText("承办检察官");
    assertThat(page.locator("#mfa-disabled-warning")).isVisible();
    page.context().close();
  }

  @Test
  void administratorOpensAccountManagementAndFiltersIt() {
    Page page = loginAs("admin.taiyuan");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("系统")).click();
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("账户管理")).click();
    assertThat(page.locator("#accounts-table tr[data-username='admin.taiyuan']")).hasCount(1);
    page.waitForLoadState(); // htmx is a deferred script: let it attach before typing
    page.getByPlaceholder("按姓名、用户名或单位筛选").fill("小店");
    assertThat(page.locator("#accounts-table tr[data-username='admin.taiyuan']")).hasCount(0);
    assertThat(page.locator("#accounts-table tr[data-username='handler']")).hasCount(1);
    page.context().close();
  }

  @Test
  void theConsoleMenuIsGroupedAndAGroupOpensAndIsWalkedWithTheKeyboard() {
    Page page = loginAs("admin.taiyuan");
    assertThat(page.locator("#consoleNav > ul > li")).hasCount(7);
    Locator system = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("系统"));
    assertThat(system).hasAttribute("aria-expanded", "false");
    page.waitForLoadState(); // Bootstrap is a deferred script
    system.focus();
    page.keyboard().press("Enter");
    assertThat(system).hasAttribute("aria-expanded", "true");
    page.keyboard().press("ArrowDown");
    Locator accounts = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("账户管理"));
    assertThat(accounts).isFocused();
    page.keyboard().press("Escape");
    assertThat(system).hasAttribute("aria-expanded", "false");
    page.context().close();
  }

  @Test
  void onAPhoneTheMenuOpensAndItsGroupsLeadToThePages() {
    Page page = browser.newPage(390, 844);
    page.navigate("http://localhost:" + port + "/console");
    loginOnPage(page, "handler");
    page.waitForLoadState();
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("菜单")).click();
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("案件与文书")).click();
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("法律文书").setExact(true))
        .click();
    assertThat(page).hasURL(Pattern.compile(".*/console/documents$"));
    page.context().close();
  }

  @Test
  void aWrongPasswordShowsOneMessageThatRevealsNothing() {
    Page page = browser.newPage(390, 844);
    page.navigate("http://localhost:" + port + "/login");
    page.getByLabel("用户名").fill("handler");
    page.getByLabel("密码").fill("not-the-password");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录")).click();
    assertThat(page.locator("#login-error")).containsText("用户名或密码错误");
    page.context().close();
  }
}
