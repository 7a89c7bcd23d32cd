package org.sunshine.platform.surveys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.sunshine.platform.surveys.SurveyFixtures.mobile;
import static org.sunshine.platform.surveys.SurveyFixtures.party;
import static org.sunshine.platform.surveys.SurveyFixtures.surveyDay;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunshine.platform.cases.Cases;
import org.sunshine.platform.support.Axe;
import org.sunshine.platform.support.Browser;
import org.sunshine.platform.support.PlatformTest;

/** The web form the SMS links to, on a phone: answered once, with a follow-up for a 不满意. */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SurveyFormBrowserTest {

  @LocalServerPort int port;
  @Autowired Cases cases;
  @Autowired JdbcClient jdbc;
  @Autowired Surveys surveys;
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
  void theWebFormIsAnsweredOnceOnAPhone() throws Exception {
    SurveyFixtures f = new SurveyFixtures(cases, jdbc);
    LocalDate day = surveyDay();
    String m = mobile();
    f.concluded(day.minusDays(3), party("V1", "VICTIM", day.minusYears(52), m, false, false));
    surveys.hold(day);
    String address = "http://localhost:" + port + "/survey/" + f.token(m);

    Page phone = browser.newPage(390, 844);
    phone.navigate(address);
    assertThat(
            phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("检察机关执法满意度评价")))
        .isVisible();
    assertThat((Integer) phone.evaluate("() => document.documentElement.scrollWidth"))
        .as("nothing wider than the phone")
        .isLessThanOrEqualTo(390);
    assertThat(Axe.seriousViolations(phone)).isEmpty();

    // Two of four chosen: the form comes back with both choices kept and the others marked.
    phone.locator("label[for=PROCEDURE-SATISFIED]").click();
    phone.locator("label[for=ABILITY-DISSATISFIED]").click();
    phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交评价")).click();
    assertThat(phone.locator("#survey-errors")).isVisible();
    assertThat(phone.locator("#PROCEDURE-SATISFIED")).isChecked();
    assertThat(phone.locator("#err-CIVILITY")).hasText("请选择一项。");

    phone.locator("label[for=CIVILITY-BASICALLY_SATISFIED]").click();
    phone.locator("label[for=INTEGRITY-SATISFIED]").click();
    phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交评价")).click();
    assertThat(phone.locator("#survey-closed")).hasAttribute("data-reason", "answered");

    // The link is single-use: opened again, it takes no second answer.
    phone.navigate(address);
    assertThat(phone.locator("#survey-closed")).hasAttribute("data-reason", "answered");
    assertThat(phone.locator("#survey-form")).hasCount(0);
    phone.context().close();

    assertThat(
            jdbc.sql(
                    "select f.dimensions from survey_follow_up f join survey_invitation i on i.id = f.invitation_id"
                        + " where i.mobile = ? and i.channel = 'WEB'")
                .param(m)
                .query(String.class)
                .single())
        .isEqualTo("ABILITY");
  }
}
