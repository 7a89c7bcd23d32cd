package org.sunshine.platform.support;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A real Chromium (Debian's, at /usr/bin/chromium or $CHROMIUM) driven by Playwright. The flags
 * keep it off the network, which this machine does not have.
 */
public final class Browser implements AutoCloseable {

  private final Playwright playwright;
  private final com.microsoft.playwright.Browser browser;

  public Browser() {
    // as long as a page's own actions may take: on a loaded two-core machine a save and its
    // re-rendered
    // page took longer than the assertions' five-second default
    PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
    playwright = Playwright.create();
    String executable = System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium");
    if (!Files.isExecutable(Path.of(executable))) {
      throw new IllegalStateException(
          "Chromium not found at " + executable + ": run `apt-get install chromium` (see .ci/run)");
    }
    browser =
        playwright
            .chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(Path.of(executable))
                    .setHeadless(true)
                    .setArgs(
                        List.of(
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-quic",
                            "--no-first-run",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync")));
  }

  /** A fresh page (own cookies) with a phone- or desk-sized viewport, in Chinese. */
  public Page newPage(int width, int height) {
    BrowserContext context =
        browser.newContext(
            new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(width, height)
                .setLocale("zh-CN"));
    Page page = context.newPage();
    page.setDefaultTimeout(15_000);
    return page;
  }

  @Override
  public void close() {
    browser.close();
    playwright.close();
  }
}
