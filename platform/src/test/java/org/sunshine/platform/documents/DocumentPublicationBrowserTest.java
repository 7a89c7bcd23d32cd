package org.sunshine.platform.documents;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.sunshine.platform.support.StaffLogin.loginOnPage;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.sunshine.platform.support.Browser;
import org.sunshine.platform.support.PlatformTest;

/**
 * The whole life of a document in a real browser: upload → review the redaction → approve through
 * the chain → 案管's re-check publishes → the public page and PDF → an upper unit withdraws it and
 * the public log says why.
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentPublicationBrowserTest {

  @LocalServerPort int port;
  @Autowired DocumentFixtures fx;
  private Browser browser;

  @BeforeAll
  void startBrowser() {
    browser = new Browser();
  }

  @AfterAll
  void stopBrowser() {
    browser.close();
  }

  private Page loginAs(String username, String then) {
    Page page = browser.newPage(1366, 900);
    page.navigate("http://localhost:" + port + then);
    loginOnPage(page, username);
    return page;
  }

  private void approveFromInbox(String username, String documentNumber, String button) {
    Page page = loginAs(username, "/console/tasks");
    page.getByRole(
            AriaRole.LINK, new Page.GetByRoleOptions().setName(documentNumber).setExact(false))
        .click();
    page.locator("#comment").fill("同意公开");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button)).click();
    assertThat(page.locator("#message")).isVisible();
    page.context().close();
  }

  @Test
  void aDocumentGoesFromUploadThroughReviewAndApprovalToThePublicAndIsWithdrawn() throws Exception {
    long caseId = fx.aCase(true, false);
    String number = "晋小检刑诉〔2026〕B" + System.nanoTime() % 100000 + "号";

    // 承办人 uploads from the case page.
    Page handler = loginAs("handler", "/console/cases/" + caseId);
    handler.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("上传文书")).click();
    handler.getByLabel("文号").fill(number);
    handler
        .locator("#file")
        .setInputFiles(
            new FilePayload(
                "起诉书.txt",
                "text/plain",
                DocumentFixtures.indictment().getBytes(StandardCharsets.UTF_8)));
    handler.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("上传并生成技术处理建议")).click();
    assertThat(handler.locator("#public-title")).hasText("起诉书（张某甲涉嫌盗窃案）");
    assertThat(handler.locator("#redacted-text")).not().containsText("张伟强");
    assertThat(handler.locator("#original-text mark.finding").first()).isVisible();

    // Rejecting a name proposal trips the residual check; accepting it again clears it.
    handler
        .locator("#findings-table tr", new Page.LocatorOptions().setHasText("张伟强"))
        .first()
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("不采纳"))
        .click();
    assertThat(handler.locator("#residual")).containsText("张伟强");
    handler
        .locator("#findings-table tr", new Page.LocatorOptions().setHasText("张伟强"))
        .first()
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("采纳"))
        .click();
    assertThat(handler.locator("#residual")).hasCount(0);

    // The handler masks what the engine left: selects it in the original text (once the page's
    // script is listening).
    assertThat(handler.locator("#add-finding[data-ready=true]")).hasCount(1);
    handler.evaluate(
        "() => { const el = document.getElementById('original-text');"
            + " const w = document.createTreeWalker(el, NodeFilter.SHOW_TEXT); let n;"
            + " while ((n = w.nextNode())) { const i = n.data.indexOf('电动自行车');"
            + " if (i >= 0) { const r = document.createRange(); r.setStart(n, i); r.setEnd(n, i + 5);"
            + " const s = window.getSelection(); s.removeAllRanges(); s.addRange(r); break; } } }");
    assertThat(handler.locator("#selected-text")).hasValue("电动自行车");
    handler.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("屏蔽所选")).click();
    assertThat(handler.locator("#redacted-text")).not().containsText("电动自行车");
    handler.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保密审查完成，提交审批")).click();
    assertThat(handler.locator("#document-status")).hasText("审批中");
    handler.screenshot(
        new Page.ScreenshotOptions().setPath(Path.of("target/review.png")).setFullPage(true));
    String documentUrl = handler.url();
    handler.context().close();

    approveFromInbox("depthead", number, "同意");
    approveFromInbox("deputy", number, "同意");
    approveFromInbox("casemgmt", number, "复核通过并发布");

    // The public page and its PDF.
    Page visitor = browser.newPage(390, 844);
    String id = documentUrl.substring(documentUrl.lastIndexOf('/') + 1);
    visitor.navigate("http://localhost:" + port + "/documents/" + id);
    assertThat(visitor.locator("#document-title")).hasText("起诉书（张某甲涉嫌盗窃案）");
    assertThat(visitor.locator("#document-text")).not().containsText("张伟强");
    assertThat(visitor.locator("#document-text")).not().containsText("电动自行车");
    APIResponse pdf =
        visitor.request().get("http://localhost:" + port + "/documents/" + id + ".pdf");
    assertThat(pdf.headers().get("content-type")).isEqualTo("application/pdf");
    assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

    // The province orders it withdrawn; the public page keeps only the notice and the log.
    Page province = loginAs("casemgmt.province", "/console/documents/" + id);
    province.locator("#order-reason").fill("技术处理不当，须重新处理");
    province.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("责令撤回")).click();
    assertThat(province.locator("#document-status")).hasText("已撤回");
    province.context().close();
    visitor.reload();
    assertThat(visitor.locator("#withdrawn-notice")).isVisible();
    assertThat(visitor.locator("#correction-log")).containsText("技术处理不当");
    assertThat(visitor.locator("#document-text")).hasCount(0);
    visitor.context().close();
  }
}
