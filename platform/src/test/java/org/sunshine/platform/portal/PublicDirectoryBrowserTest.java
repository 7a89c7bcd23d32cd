package org.sunshine.platform.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.sunshine.platform.support.Browser;
import org.sunshine.platform.support.PlatformTest;

@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicDirectoryBrowserTest {

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
  void aVisitorOnAPhoneBrowsesFromTheProvinceDownToACounty() {
    Page page = browser.newPage(390, 844);
    page.navigate("http://localhost:" + port + "/");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("菜单")).click();
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("检察机关名录")).first().click();
    assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("检察机关名录")))
        .isVisible();
    page.waitForLoadState(); // htmx is a deferred script: let it attach before clicking
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("展开下级院（3）"))
        .first()
        .click();
    assertThat(page.locator("#directory-tree")).containsText("大同市云冈区人民检察院");
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("大同市云冈区人民检察院")).click();
    assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("大同市云冈区人民检察院")))
        .isVisible();
    assertThat(page.locator("main")).containsText("检察服务电话");
    page.context().close();
  }

  @Test
  void theSkipLinkIsTheFirstThingAKeyboardReaches() {
    Page page = browser.newPage(1280, 900);
    page.navigate("http://localhost:" + port + "/directory");
    page.keyboard().press("Tab");
    assertThat(page.locator(":focus")).hasText("跳到正文");
    page.context().close();
  }

  @Test
  void showingSubordinatesSaysItIsExpandedAndASecondClickFoldsThemAgain() {
    Page page = browser.newPage(1280, 900);
    page.navigate("http://localhost:" + port + "/directory");
    page.waitForLoadState();
    var button =
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("展开下级院（3）")).first();
    var children = page.locator("#" + button.getAttribute("aria-controls"));
    assertThat(button).hasAttribute("aria-expanded", "false");
    button.click();
    assertThat(children).containsText("人民检察院");
    assertThat(button).hasAttribute("aria-expanded", "true");
    button.click();
    assertThat(children).isHidden();
    assertThat(button).hasAttribute("aria-expanded", "false");
    button.click();
    assertThat(children).isVisible();
    assertThat(button).hasAttribute("aria-expanded", "true");
    page.context().close();
  }
}
