package org.sunshine.platform.transfer;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.sunshine.platform.support.StaffLogin.loginOnPage;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import org.assertj.core.api.Assertions;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sunshine.platform.documents.DocumentFixtures;
import org.sunshine.platform.support.Browser;

/**
 * In a real browser: 案管 publishes a document on the internal node, packs it from the console's 数据交换
 * page, and once the public node has applied the package a visitor finds it there — in the search
 * and on its page — while the public node has no staff pages at all.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(TwoNodesExtension.class)
class TwoNodeBrowserTest {

  private TwoNodes nodes;
  private Browser browser;

  @BeforeAll
  void start(TwoNodes pair) throws Exception {
    nodes = pair;
    browser = new Browser();
  }

  @AfterAll
  void stop() {
    browser.close();
  }

  private String internal(String path) {
    return "http://localhost:" + nodes.internalPort() + path;
  }

  private String publicSite(String path) {
    return "http://localhost:" + nodes.publicPort() + path;
  }

  @Test
  void aDocumentPublishedOnTheInternalNodeIsFoundOnThePublicNode() throws Exception {
    DocumentFixtures fx = nodes.internal(DocumentFixtures.class);
    long id = fx.anIndictment(fx.aCase(true, false));
    fx.submitAndApprove(id, "depthead", "deputy");
    String number = fx.numberOf(id);

    // 案管 re-checks and publishes in the console, then packs the change.
    Page staff = browser.newPage(1366, 900);
    staff.navigate(internal("/console/tasks"));
    loginOnPage(staff, "casemgmt");
    staff
        .getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(number).setExact(false))
        .click();
    staff.locator("#comment").fill("复核无误");
    staff.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("复核通过并发布")).click();
    assertThat(staff.locator("#message")).isVisible();
    nodes.awaitQueued("document", id);
    staff.context().close();
    // The channel is the province's: its 案管 packs the change.
    staff = browser.newPage(1366, 900);
    staff.navigate(internal("/console/transfer"));
    loginOnPage(staff, "casemgmt.province");
    staff.locator("#transfer-export").click();
    assertThat(staff.getByRole(AriaRole.STATUS)).containsText("已写出数据包");

    // The carrier has moved it; the public node applies what is in its inbox.
    nodes.publicNode(Transfers.class).importNow();

    Page visitor = browser.newPage(390, 844);
    visitor.navigate(publicSite("/documents"));
    visitor.locator("a[href$='/documents/" + id + "']").first().click();
    assertThat(visitor.locator("#document-title")).containsText("起诉书");
    Awaitility.await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> nodes.inPublicSearch(id, fx.unitOf(id)));
    Assertions.assertThat(visitor.navigate(publicSite("/console")).status()).isEqualTo(404);

    // Back on the internal node, the acknowledgement shows what the public node applied.
    nodes.moveAcknowledgements();
    staff.navigate(internal("/console/transfer"));
    assertThat(staff.locator("#transfer-sent tbody tr").first()).containsText("应用");
  }
}
