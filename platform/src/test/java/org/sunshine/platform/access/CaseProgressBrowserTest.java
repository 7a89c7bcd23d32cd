package org.sunshine.platform.access;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.StringReader;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunshine.platform.cases.CaseProbe;
import org.sunshine.platform.cases.CaseView;
import org.sunshine.platform.cases.Cases;
import org.sunshine.platform.documents.DocumentFixtures;
import org.sunshine.platform.notifications.Notifications;
import org.sunshine.platform.support.Browser;
import org.sunshine.platform.support.OneTimeCodes;
import org.sunshine.platform.support.PlatformTest;

/** 信息主动推送: a party with a grant sees 我的消息 grow when the case moves by import. */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseProgressBrowserTest {

  private static final String MOBILE = "13700000031";
  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired Cases cases;
  @Autowired DocumentFixtures fx;
  @Autowired AccessApplications applications;
  @Autowired Notifications notifications;
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

  private void signIn(Page page) {
    page.navigate(url("/access"));
    page.getByLabel("手机号码").fill(MOBILE);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("获取验证码")).click();
    page.getByLabel("短信验证码").fill(OneTimeCodes.lastSentTo(jdbc, MOBILE));
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录")).click();
  }

  /** A demo case still open whose accused's record may be shown, away from other tests' picks. */
  private CaseView anOpenDisclosableCase() {
    var staff = fx.staff("casemgmt");
    List<Long> ids = CaseProbe.disclosableCaseIds(cases, staff);
    for (long id : ids.subList(ids.size() / 3, ids.size())) {
      CaseView c = cases.view(staff, id);
      if (c.accused().get(0).events().stream().noneMatch(e -> e.type().concludes())) {
        return c;
      }
    }
    throw new IllegalStateException("no open disclosable demo case");
  }

  @Test
  void aPartyWithAGrantIsToldInTheirInboxWhenAnImportMovesTheCase() throws Exception {
    CaseView c = anOpenDisclosableCase();
    String party = c.accused().get(0).name();
    String idNumber =
        c.accused().get(0).idNumber() == null
            ? "140105198001011234"
            : c.accused().get(0).idNumber();
    Page page = browser.newPage(390, 844);
    signIn(page);
    long applicant =
        jdbc.sql("select id from applicant where mobile = ?")
            .param(MOBILE)
            .query(Long.class)
            .single();
    long application =
        applications.submit(
            applicant,
            new ApplicationForm(
                c.caseNumber(), party, Relation.PARTY, party, idNumber, null, null, c.unitId()),
            List.of(
                new MaterialUpload(
                    Relation.Material.ID_CARD, "id.pdf", "application/pdf", "%PDF".getBytes())));
    applications.decide(
        fx.staff("casemgmt"), application, AccessApplications.Verdict.APPROVE, null);

    page.navigate(url("/access/messages"));
    assertThat(page.locator("#messages")).containsText("已通过核验");

    String event =
        String.format(
            "{\"record\":\"event\",\"caseNumber\":\"%s\",\"eventId\":\"PUSH-%d\",\"partyNo\":null,"
                + "\"type\":\"DEADLINE_EXTENDED\",\"on\":\"%s\"}",
            c.caseNumber(), System.nanoTime(), LocalDate.now());
    Assertions.assertThat(cases.importSystemBatch(new StringReader(event)).rejected()).isZero();
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> notifications.unread(ApplicantNotices.recipient(applicant)) > 0);
    page.navigate(url("/access"));
    assertThat(page.locator("#unread-count")).hasText("1");
    page.locator("#inbox-link").click();
    assertThat(page.locator("#messages li").first()).containsText("延长期限");
    assertThat(page.locator("#messages li").first()).containsText(c.caseNumber());
    page.locator("#messages li").first().getByRole(AriaRole.LINK).click();
    // The link opens the party's record (its seven items, or why they are withheld).
    assertThat(page).hasURL(Pattern.compile(".*/access/grants/\\d+$"));
    assertThat(page.locator("#who-looked")).isVisible();

    // The applicant chooses a daily digest for case news by SMS; the choice is kept.
    page.navigate(url("/access/messages"));
    page.locator("#dailyDigest").check();
    page.locator("#consent-form button[type=submit]").click();
    assertThat(page.locator("#dailyDigest")).isChecked();
    Assertions.assertThat(notifications.wantsDigest(ApplicantNotices.recipient(applicant)))
        .isTrue();
    page.context().close();
  }
}
