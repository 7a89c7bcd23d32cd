package org.sunshine.platform.lawyers;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.sunshine.platform.support.StaffLogin.loginOnPage;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunshine.platform.access.LawyerGrants;
import org.sunshine.platform.cases.Cases;
import org.sunshine.platform.organisation.StaffAccounts;
import org.sunshine.platform.support.Browser;
import org.sunshine.platform.support.OneTimeCodes;
import org.sunshine.platform.support.PlatformTest;

/**
 * On a phone: a lawyer registers, 案管 verifies; the lawyer binds a case, 案管 approves; the lawyer
 * books a reading-room slot, 案管 confirms it and the lawyer gets the message; then an online review,
 * released by 案管, is downloaded stamped.
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LawyerBrowserTest {

  private static final String MOBILE = "13911110001";
  private static final String LICENCE = "11401201310998877";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired Cases cases;
  @Autowired LawyerGrants grants;
  @Autowired LawyerServices services;
  @Autowired StaffAccounts accounts;
  private Browser browser;
  private Path pdf;

  @BeforeAll
  void start() throws Exception {
    browser = new Browser();
    pdf = Files.createTempFile("licence", ".pdf");
    Files.write(pdf, LawyerFixtures.pdf(2));
  }

  @AfterAll
  void stop() {
    browser.close();
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  private Page staff() {
    Page staff = browser.newPage(1280, 900);
    staff.navigate(url("/console"));
    loginOnPage(staff, "casemgmt");
    return staff;
  }

  private static void click(Page page, AriaRole role, String name) {
    page.getByRole(role, new Page.GetByRoleOptions().setName(name).setExact(true)).first().click();
  }

  @Test
  void aLawyerBindsACaseBooksASlotCaseManagementConfirmsAndTheStampedFileIsDownloaded()
      throws Exception {
    String caseNumber = new LawyerFixtures(cases, grants, services, accounts).newCase();
    long unit = accounts.identity("casemgmt").orElseThrow().unitId();
    Page lawyer = browser.newPage(390, 844);
    lawyer.navigate(url("/access"));
    lawyer.getByLabel("手机号码").fill(MOBILE);
    click(lawyer, AriaRole.BUTTON, "获取验证码");
    lawyer.getByLabel("短信验证码").fill(OneTimeCodes.lastSentTo(jdbc, MOBILE));
    click(lawyer, AriaRole.BUTTON, "登录");

    // Identity, once.
    lawyer.navigate(url("/lawyers"));
    lawyer.locator("#lawyers-start").click();
    lawyer.getByLabel("姓名").fill("赵律师");
    lawyer.getByLabel("身份证号码").fill("140105198501011234");
    lawyer.getByLabel("律师执业证号").fill(LICENCE);
    lawyer.getByLabel("律师事务所").fill("山西晋阳律师事务所");
    lawyer.getByLabel("核验单位").selectOption(String.valueOf(unit));
    lawyer.locator("#p-file").setInputFiles(pdf);
    click(lawyer, AriaRole.BUTTON, "提交");
    assertThat(lawyer.locator("#lawyer-status")).hasText("待核验");

    Page staff = staff();
    staff.navigate(url("/console/lawyers/accounts"));
    staff
        .locator("#lawyer-accounts tbody tr")
        .filter(new Locator.FilterOptions().setHasText(LICENCE))
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("核验通过"))
        .click();

    // The binding: 委托书 and 律所函 for this case; 案管 checks it where access applications are checked.
    lawyer.navigate(url("/lawyers/me"));
    assertThat(lawyer.locator("#lawyer-status")).hasText("已核验");
    lawyer.getByText("绑定案件", new Page.GetByTextOptions().setExact(true)).click();
    lawyer.getByLabel("案号").fill(caseNumber);
    lawyer.getByLabel("当事人姓名").fill("张三");
    lawyer.locator("#b-poa").setInputFiles(pdf);
    lawyer.locator("#b-firm").setInputFiles(pdf);
    click(lawyer, AriaRole.BUTTON, "提交绑定");
    assertThat(lawyer.locator(".pending-binding")).containsText(caseNumber);

    staff.navigate(url("/console/access"));
    staff
        .locator("#applications-table tbody tr")
        .filter(new Locator.FilterOptions().setHasText("赵律师"))
        .first()
        .getByRole(AriaRole.LINK)
        .click();
    click(staff, AriaRole.BUTTON, "通过");
    assertThat(staff.locator("#application-status")).hasText("已通过");

    // A reading-room slot.
    lawyer.navigate(url("/lawyers/me"));
    lawyer
        .locator(".binding")
        .filter(new Locator.FilterOptions().setHasText(caseNumber))
        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("提出申请"))
        .click();
    lawyer.getByLabel("申请事项").selectOption("FILE_REVIEW");
    lawyer.getByLabel("阅卷时段").selectOption(new SelectOption().setIndex(3));
    click(lawyer, AriaRole.BUTTON, "提交申请");
    assertThat(lawyer.locator("#request-status")).hasText("已提交");
    assertThat(lawyer.locator("#due-basis")).containsText("第四十九条");
    assertThat(lawyer.locator("#booking")).containsText("待确认");

    staff.navigate(url("/console/lawyers"));
    staff
        .locator("#lawyer-queue tbody tr")
        .filter(new Locator.FilterOptions().setHasText(caseNumber))
        .getByRole(AriaRole.LINK)
        .click();
    staff.getByLabel("答复结果").selectOption("GRANTED");
    click(staff, AriaRole.BUTTON, "保存答复");
    assertThat(staff.locator("#desk-status")).hasText("准许");

    lawyer.navigate(url("/access/messages"));
    assertThat(lawyer.locator("main")).containsText(caseNumber);
    assertThat(lawyer.locator("main")).containsText("准许");
    lawyer.navigate(url("/lawyers/me"));
    lawyer.locator("#my-requests a").first().click();
    assertThat(lawyer.locator("#booking")).containsText("已确认");

    // Online review: 案管 grants and releases the electronic file; the lawyer downloads it stamped.
    lawyer.navigate(url("/lawyers/me"));
    lawyer
        .locator(".binding")
        .filter(new Locator.FilterOptions().setHasText(caseNumber))
        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("提出申请"))
        .click();
    lawyer.getByLabel("申请事项").selectOption("ONLINE_FILE_REVIEW");
    click(lawyer, AriaRole.BUTTON, "提交申请");
    String requestUrl = lawyer.url();

    staff.navigate(url("/console/lawyers"));
    staff
        .locator("#lawyer-queue tbody tr")
        .filter(new Locator.FilterOptions().setHasText(caseNumber))
        .getByRole(AriaRole.LINK)
        .click();
    staff.getByLabel("答复结果").selectOption("GRANTED");
    click(staff, AriaRole.BUTTON, "保存答复");
    staff.locator("#rel-file").setInputFiles(pdf);
    click(staff, AriaRole.BUTTON, "发布电子卷宗（PDF）");
    assertThat(staff.locator("#desk-status")).hasText("已办结");

    lawyer.navigate(requestUrl);
    Download download =
        lawyer.waitForDownload(() -> lawyer.locator("#case-files a").first().click());
    byte[] bytes = Files.readAllBytes(download.path());
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      assertThat(doc.getNumberOfPages()).isEqualTo(2);
      assertThat(new PDFTextStripper().getText(doc)).contains("赵律师").contains(LICENCE);
    }
    lawyer.context().close();
    staff.context().close();
  }
}
