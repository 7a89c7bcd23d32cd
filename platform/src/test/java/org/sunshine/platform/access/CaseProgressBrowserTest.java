package org.sunshine.platform.access;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
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

  @Test
  void aPartyWithAGrantIsToldInTheirInboxWhenAnImportMovesTheCase() throws Exception {
    long caseId = fx.anOpenCase("周建国");
    CaseView c = cases.record(caseId);
    Page party = browser.newPage(390, 844);
    signIn(party);
    long applicant =
        jdbc.sql("select id from applicant where mobile = ?")
            .param(MOBILE)
            .query(Long.class)
            .single();
    long application =
        applications.submit(
            applicant,
            new ApplicationForm(
                c.caseNumber(),
                "周建国",
                Relation.PARTY,
                "周建国",
                "140105198001011234",
                null,
                null,
                c.unitId()),
            List.of(
                new MaterialUpload(
                    Relation.Material.ID_CARD, "id.pdf", "application/pdf", "%PDF".getBytes())));
    applications.decide(
        fx.staff("casemgmt"), application, AccessApplications.Verdict.APPROVE, null);

    party.navigate(url("/access/messages"));
    assertThat(party.locator("#messages")).containsText("已通过核验");

    fx.partyEvent(caseId, "S1", "RETURNED_FOR_SUPPLEMENTARY_INVESTIGATION", LocalDate.now());
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> notifications.unread(ApplicantNotices.recipient(applicant)) > 0);
    party.navigate(url("/access"));
    assertThat(party.locator("#unread-count")).hasText("1");
    party.locator("#inbox-link").click();
    assertThat(party.locator("#messages li").first()).containsText("退回补充侦查");
    assertThat(party.locator("#messages li").first()).containsText(c.caseNumber());
    party.locator("#messages li").first().getByRole(AriaRole.LINK).click();
    // The link opens the party's record (its seven items, or why they are withheld).
    assertThat(party).hasURL(Pattern.compile(".*/access/grants/\\d+$"));
    assertThat(party.locator("#who-looked")).isVisible();
    party.context().close();
  }
}
