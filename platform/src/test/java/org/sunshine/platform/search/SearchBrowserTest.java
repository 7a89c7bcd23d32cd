package org.sunshine.platform.search;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.sunshine.platform.documents.DocumentFixtures;
import org.sunshine.platform.documents.DocumentWorkflow;
import org.sunshine.platform.documents.Documents;
import org.sunshine.platform.documents.NewDocument;
import org.sunshine.platform.support.Browser;
import org.sunshine.platform.support.PlatformTest;
import org.sunshine.redaction.DocumentType;

/** On a phone: search, narrow by a facet, open a document, follow a related one of its case. */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchBrowserTest {

  @LocalServerPort int port;
  @Autowired DocumentFixtures fx;
  @Autowired Documents documents;
  @Autowired DocumentWorkflow workflow;
  @Autowired SearchIndex index;
  private Browser browser;

  @BeforeAll
  void startBrowser() {
    browser = new Browser();
  }

  @AfterAll
  void stopBrowser() {
    browser.close();
  }

  private long publish(long caseId, DocumentType type, String text) {
    long id =
        documents.create(
            fx.staff("handler"),
            new NewDocument(
                caseId, "晋小检〔2026〕P" + System.nanoTime() + "号", type, text, null, null, false));
    String hash = workflow.submit(fx.staff("handler"), id).contentHash();
    for (String who : new String[] {"depthead", "deputy", "casemgmt"}) {
      workflow.decide(fx.staff(who), id, true, null, hash);
    }
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> index.fingerprints().containsKey("document-" + id));
    return id;
  }

  @Test
  void searchFilterOpenAndFollowARelatedDocumentOnAPhone() throws Exception {
    long caseId = fx.aCase(true, false);
    String text = DocumentFixtures.indictment().replace("手机一部", "景泰蓝花瓶一对");
    publish(caseId, DocumentType.INDICTMENT, text);
    publish(caseId, DocumentType.PROTEST, text.replace("起 诉 书", "刑事抗诉书"));

    Page page = browser.newPage(390, 844);
    page.navigate("http://localhost:" + port + "/search");
    page.getByLabel("检索词").fill("景泰蓝花瓶");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("检索")).click();
    assertThat(page.locator("#result-total")).hasText("2");
    assertThat(page.locator("#results .snippet mark").first()).containsText("景泰蓝");
    page.locator("details.facets summary").click(); // folded on a phone
    page.locator("#facet-category a", new Page.LocatorOptions().setHasText("抗诉书")).click();
    assertThat(page.locator("#result-total")).hasText("1");
    page.locator("#results .result a").first().click();
    assertThat(page.locator("#document-title")).containsText("抗诉书");
    page.locator("#related a").first().click();
    assertThat(page.locator("#document-title")).containsText("起诉书");
    assertThat(page.locator("#document-text")).containsText("景泰蓝花瓶");
    page.context().close();
  }
}
