package org.sunshine.platform.search;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.sunshine.platform.support.Browser;
import org.sunshine.platform.support.PlatformTest;

/** The search page on a phone and on a desk (the demo's documents and releases are the data). */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchOnAPhoneBrowserTest {

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

  private Page search(int width, int height) {
    Page page = browser.newPage(width, height);
    page.navigate("http://localhost:" + port + "/search");
    page.waitForLoadState(); // the page's script is deferred
    return page;
  }

  @Test
  void theFiltersAreFoldedOnAPhoneAndOpenOnADesk() {
    Page phone = search(390, 844);
    assertThat(phone.locator("details.facets")).not().hasAttribute("open", "");
    assertThat(phone.locator("#facet-category")).isHidden();
    assertThat(phone.locator("#results .result").first()).isInViewport();
    phone.locator("details.facets summary").click();
    assertThat(phone.locator("#facet-category")).isVisible();
    phone.context().close();

    Page desk = search(1280, 900);
    assertThat(desk.locator("#facet-category")).isVisible();
    desk.context().close();
  }

  @Test
  void changingTheSortAppliesAtOnce() {
    Page page = search(390, 844);
    page.getByLabel("排序").selectOption("true");
    page.waitForURL(url -> url.contains("byDate=true"));
    assertThat(page.getByLabel("排序")).hasValue("true");
    page.context().close();
  }

  @Test
  void aPageThatDoesNotExistIsNotALinkTheKeyboardReaches() {
    Page page = search(390, 844);
    assertThat(page.locator(".pagination")).isVisible();
    assertThat(page.locator(".pagination .disabled a")).hasCount(0);
    var previous = page.locator(".pagination .page-item").first().locator(".page-link");
    assertThat(previous).hasText("上一页");
    assertThat((Integer) previous.evaluate("e => e.tabIndex")).isNegative();
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("下一页")).click();
    assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("上一页")))
        .isVisible();
    page.context().close();
  }
}
