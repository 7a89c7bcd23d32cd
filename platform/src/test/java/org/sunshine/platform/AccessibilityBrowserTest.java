package org.sunshine.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sunshine.platform.support.StaffLogin.loginOnPage;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.sunshine.platform.support.Axe;
import org.sunshine.platform.support.Browser;
import org.sunshine.platform.support.PlatformTest;

/**
 * axe-core finds no serious or critical violation on the public pages, on a phone and on a desk,
 * nor on the console pages staff use most.
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityBrowserTest {

  private static final List<String> PUBLIC =
      List.of(
          "/",
          "/documents",
          "/releases",
          "/search?q=%E7%9B%97%E7%AA%83",
          "/directory",
          "/guide",
          "/about",
          "/access",
          "/api");

  private static final List<String> CONSOLE =
      List.of(
          "/console",
          "/console/cases",
          "/console/documents",
          "/console/releases",
          "/console/tasks",
          "/console/access",
          "/console/messages",
          "/console/profile/security");

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
  void thePublicPagesHaveNoSeriousAccessibilityViolationOnAPhoneOrADesk() {
    List<String> found = new ArrayList<>();
    for (int[] size : new int[][] {{390, 844}, {1280, 900}}) {
      Page page = browser.newPage(size[0], size[1]);
      for (String path : PUBLIC) {
        found.addAll(check(page, path));
      }
      page.navigate(url("/documents"));
      page.locator("main a[href^='/documents/']").first().click();
      found.addAll(Axe.seriousViolations(page));
      page.context().close();
    }
    assertThat(found).isEmpty();
  }

  @Test
  void theConsolePagesStaffUseMostHaveNoSeriousAccessibilityViolation() {
    Page page = browser.newPage(1280, 900);
    page.navigate(url("/console"));
    loginOnPage(page, "casemgmt");
    List<String> found = new ArrayList<>();
    for (String path : CONSOLE) {
      found.addAll(check(page, path));
    }
    page.navigate(url("/console/documents"));
    page.locator("main a[href^='/console/documents/']").first().click();
    found.addAll(Axe.seriousViolations(page));
    page.context().close();
    assertThat(found).isEmpty();
  }

  private List<String> check(Page page, String path) {
    page.navigate(url(path));
    page.waitForLoadState();
    return Axe.seriousViolations(page);
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
