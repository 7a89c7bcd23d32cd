package org.sunshine.platform.access;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.sunshine.platform.support.StaffLogin.loginOnPage;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
import org.sunshine.platform.organisation.StaffAccounts;
import org.sunshine.platform.support.Browser;
import org.sunshine.platform.support.OneTimeCodes;
import org.sunshine.platform.support.PlatformTest;

@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessBrowserTest {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired Cases cases;
  @Autowired StaffAccounts accounts;
  @Autowired AccessApplications applications;
  private Browser browser;
  private Path pdf;

  @BeforeAll
  void start() throws Exception {
    browser = new Browser();
    pdf = Files.createTempFile("licence", ".pdf");
    Files.writeString(pdf, "%PDF-1.4 licence");
  }

  @AfterAll
  void stop() {
    browser.close();
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  private CaseView aDisclosableCase(int skip) {
    var staff = accounts.identity("casemgmt").orElseThrow();
    return CaseProbe.disclosableCaseIds(cases, staff).stream()
        .skip(15 + skip)
        .map(id -> cases.view(staff, id))
        .findFirst()
        .orElseThrow();
  }

  private void signInApplicant(Page page, String mobile) {
    page.navigate(url("/access"));
    page.getByLabel("手机号码").fill(mobile);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("获取验证码")).click();
    page.getByLabel("短信验证码").fill(OneTimeCodes.lastSentTo(jdbc, mobile));
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录")).click();
  }

  @Test
  void aLawyerAppliesOnAPhoneStaffVerifiesAndTheLawyerSeesTheTimeline() {
    CaseView c = aDisclosableCase(0);
    String suspect = c.accused().get(0).name();
    Page lawyer = browser.newPage(390, 844);
    signInApplicant(lawyer, "13700000001");
    lawyer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("申请查询")).click();
    lawyer.getByLabel("案号").fill(c.caseNumber());
    lawyer.getByLabel("当事人姓名").fill(suspect);
    lawyer.getByLabel("您与当事人的关系").selectOption("DEFENCE_COUNSEL");
    lawyer.getByLabel("申请人姓名").fill("赵律师");
    lawyer.getByLabel("申请人身份证号码").fill("140105198501011234");
    lawyer.getByLabel("核验单位（办案检察院，或您户籍地、居住地的基层检察院）").selectOption(String.valueOf(c.unitId()));
    lawyer.getByLabel("律师执业证号（律师填写）").fill("11401201010000002");
    lawyer.getByLabel("律师事务所（律师填写）").fill("山西晋阳律师事务所");
    lawyer.locator("#material_LAWYER_LICENCE").setInputFiles(pdf);
    lawyer.locator("#material_FIRM_LETTER").setInputFiles(pdf);
    lawyer.locator("#material_POWER_OF_ATTORNEY").setInputFiles(pdf);
    lawyer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交申请")).click();
    assertThat(lawyer.locator(".application-status").first()).hasText("待核验");

    Page staff = browser.newPage(1280, 900);
    staff.navigate(url("/console"));
    loginOnPage(staff, "casemgmt");
    staff.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("服务")).click();
    staff.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("查询核验")).click();
    staff
        .locator("#applications-table tbody tr")
        .filter(new Locator.FilterOptions().setHasText("赵律师"))
        .first()
        .getByRole(AriaRole.LINK)
        .click();
    staff.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("通过")).click();
    assertThat(staff.locator("#application-status")).hasText("已通过");
    assertThat(staff.locator("#issued-code")).isVisible();

    lawyer.navigate(url("/access"));
    assertThat(lawyer.getByTestId("new-query-code")).isVisible();
    lawyer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("查看")).first().click();
    assertThat(lawyer.locator("#seven-items")).containsText(c.charge());
    assertThat(lawyer.locator("#timeline li").first()).containsText("受理");
    assertThat(lawyer.locator("#who-looked")).containsText("网上");
    lawyer.context().close();
    staff.context().close();
  }

  @Test
  void theKioskShowsTheRecordForCodeAndIdAndReturnsToTheStart() {
    CaseView c = aDisclosableCase(1);
    Page party = browser.newPage(390, 844);
    signInApplicant(party, "13700000002");
    party.context().close();
    long applicant =
        jdbc.sql("select id from applicant where mobile = '13700000002'")
            .query(Long.class)
            .single();
    long id =
        applications.submit(
            applicant,
            new ApplicationForm(
                c.caseNumber(),
                c.accused().get(0).name(),
                Relation.PARTY,
                c.accused().get(0).name(),
                "140105198801011234",
                null,
                null,
                c.unitId()),
            List.of(
                new MaterialUpload(
                    Relation.Material.ID_CARD, "id.pdf", "application/pdf", "%PDF".getBytes())));
    String code =
        applications
            .decide(
                accounts.identity("casemgmt").orElseThrow(),
                id,
                AccessApplications.Verdict.APPROVE,
                null)
            .queryCode();

    Page kiosk = browser.newPage(1080, 1920);
    kiosk.navigate(url("/kiosk"));
    kiosk.getByLabel("查询码").fill("NOSUCHCD");
    kiosk.getByLabel("身份证号码").fill("140105198801011234");
    kiosk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("查  询")).click();
    assertThat(kiosk.locator("#kiosk-error")).containsText("未查询到");
    kiosk.getByLabel("查询码").fill(code.toLowerCase());
    kiosk.getByLabel("身份证号码").fill("140105198801011234");
    kiosk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("查  询")).click();
    assertThat(kiosk.locator("#seven-items")).containsText(c.caseNumber());
    kiosk.locator("#kiosk-done").click();
    assertThat(kiosk.getByLabel("查询码")).isEmpty();
    kiosk.context().close();
  }
}
