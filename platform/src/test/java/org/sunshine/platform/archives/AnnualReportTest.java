package org.sunshine.platform.archives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.sunshine.platform.notifications.Notifications;
import org.sunshine.platform.organisation.DataScope;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.Role;
import org.sunshine.platform.organisation.StaffAccounts;
import org.sunshine.platform.organisation.StaffIdentity;
import org.sunshine.platform.statistics.Accountability;
import org.sunshine.platform.statistics.Accountability.HistoricalEntry;
import org.sunshine.platform.support.PlatformTest;
import org.sunshine.platform.support.StaffLogin;
import org.sunshine.platform.support.TestAccounts;
import org.sunshine.redaction.DocumentType;

/** 年度检务公开报告: drafted from the ledger, edited, approved, published, reminded in December. */
@PlatformTest
class AnnualReportTest {

  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  @Autowired TransactionTemplate tx;
  @Autowired AnnualReports reports;
  @Autowired AnnualReportRows rows;
  @Autowired Accountability accountability;
  @Autowired Directory directory;
  @Autowired StaffAccounts staff;
  @Autowired TestAccounts accounts;
  @Autowired Notifications notifications;
  @Autowired MessageSource messages;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;

  private StaffIdentity open(String unit, Role role) {
    return staff.identity(accounts.open(unit, role, DataScope.OWN_UNIT)).orElseThrow();
  }

  private long unit(String code) {
    return directory.findByCode(code).orElseThrow().id();
  }

  /**
   * Six documents of 平遥 due in 2024: 3 published (2 on time), 1 withheld, 1 overdue, 1 withdrawn.
   */
  private void aYearOfLedger(long unitId, int year, long firstId) {
    List<HistoricalEntry> e = new ArrayList<>();
    String[][] rowsOf = {
      {"PUBLISHED", "-2"}, {"PUBLISHED", "0"}, {"PUBLISHED", "6"},
      {"WITHHELD", null}, {"OPEN", null}, {"WITHDRAWN", "-1"}
    };
    for (int i = 0; i < rowsOf.length; i++) {
      LocalDate due = LocalDate.of(year, 2 + 2 * i, 10);
      String[] r = rowsOf[i];
      e.add(
          new HistoricalEntry(
              firstId - i,
              unitId,
              "晋遥检刑诉〔" + year + "〕A" + i + "号",
              DocumentType.INDICTMENT,
              "孙建华",
              due.minusDays(10),
              due,
              r[0],
              r[1] == null ? null : due.plusDays(Long.parseLong(r[1]))));
    }
    accountability.recordHistory(e);
  }

  /** Drafted, then each step of the chain: 案管 submits, the deputy chief and the chief approve. */
  private AnnualReport published(String code, int year) {
    StaffIdentity cm = open(code, Role.CASE_MANAGEMENT);
    AnnualReport r = reports.draft(unit(code), year);
    assertThatThrownBy(() -> reports.submit(cm, r.id()))
        .as("a drafted prompt is never submitted, so never published")
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("problems:");
    var s = r.sections();
    reports.edit(
        cm,
        r.id(),
        new AnnualReport.Sections(
            s.active(), s.request(), s.objection(), "判决生效信息回传滞后，已建立每周对账。", "开展两次专项检查。"));
    reports.submit(cm, r.id());
    reports.decide(open(code, Role.DEPUTY_CHIEF), r.id(), true, "同意");
    return reports.decide(open(code, Role.CHIEF_PROCURATOR), r.id(), true, "同意公开");
  }

  @Test
  void theAnnualReportIsDraftedFromTheLedger() {
    long pingyao = unit("140728");
    aYearOfLedger(pingyao, 2024, -7_100_000L);
    AnnualReport r = reports.draft(pingyao, 2024);

    AnnualFigures f = r.figures();
    assertThat(f.get("documents.due")).isEqualTo(6);
    assertThat(f.get("documents.published")).isEqualTo(3);
    assertThat(f.get("documents.withheld")).isEqualTo(1);
    assertThat(f.get("documents.onTime")).isEqualTo(2);
    assertThat(f.get("documents.overdue")).isEqualTo(1);
    assertThat(f.get("documents.nonCompliant")).isEqualTo(1);
    assertThat(f.rate()).isEqualTo(0.6);
    assertThat(r.status()).isEqualTo(AnnualReport.Status.DRAFT);
    assertThat(r.sections().active()).contains("2024年").contains("应公开法律文书 6 件").contains("60.0%");
    assertThat(r.sections().problems()).contains("1 件法律文书超期未公开");
    // Drafting again opens the same report.
    assertThat(reports.draft(pingyao, 2024).id()).isEqualTo(r.id());

    // 案管 edits the text; figures stay computed. An empty section is refused and nothing saved.
    StaffIdentity cm = open("140728", Role.CASE_MANAGEMENT);
    var text =
        new AnnualReport.Sections(
            r.sections().active(), "依申请公开情况", "异议和申诉情况", "存在超期问题，已建立台账提醒", "已开展两次重点检查");
    reports.edit(cm, r.id(), text);
    assertThatThrownBy(
            () -> reports.edit(cm, r.id(), new AnnualReport.Sections("x", "", "x", "x", "x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("request:");
    assertThat(rows.find(r.id()).orElseThrow().sections()).isEqualTo(text);
    // The city's 案管 reads the county's report but does not write it.
    StaffIdentity city =
        staff
            .identity(
                accounts.open("140700", Role.CASE_MANAGEMENT, DataScope.UNIT_AND_SUBORDINATES))
            .orElseThrow();
    assertThat(reports.readable(city, r.id()).id()).isEqualTo(r.id());
    assertThatThrownBy(() -> reports.edit(city, r.id(), text))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> reports.submit(city, r.id()))
        .isInstanceOf(AccessDeniedException.class);

    // Once submitted it cannot be edited; a county's 案管 cannot touch another county's report.
    reports.submit(cm, r.id());
    assertThatThrownBy(() -> reports.edit(cm, r.id(), text))
        .isInstanceOf(IllegalStateException.class);
    StaffIdentity other = open("140702", Role.CASE_MANAGEMENT);
    assertThatThrownBy(() -> reports.readable(other, r.id()))
        .isInstanceOf(NoSuchElementException.class);
  }

  private AnnualReminders on(LocalDate day) {
    Clock clock = Clock.fixed(day.atTime(8, 30).atZone(CHINA).toInstant(), CHINA);
    return new AnnualReminders(rows, directory, staff, notifications, messages, clock, tx);
  }

  private long reminders(String username) {
    return notifications.inbox("staff:" + username, 50).stream()
        .filter(m -> m.body().contains("年度检务公开工作报告尚未公开"))
        .count();
  }

  @Test
  void anUnpublishedAnnualReportIsRemindedFromTheFirstOfDecember() {
    int year = LocalDate.now(CHINA).getYear();
    String late = accounts.open("140121", Role.CASE_MANAGEMENT, DataScope.OWN_UNIT);
    published("140107", year);
    String done = accounts.open("140107", Role.CASE_MANAGEMENT, DataScope.OWN_UNIT);

    on(LocalDate.of(year, 11, 30)).send();
    assertThat(reminders(late)).isZero();

    on(LocalDate.of(year, 12, 1)).send();
    on(LocalDate.of(year, 12, 1)).send();
    assertThat(reminders(late)).as("once a day").isEqualTo(1);
    assertThat(notifications.inbox("staff:" + late, 5).get(0).body())
        .contains("太原市清徐县")
        .contains("尚未起草")
        .contains("还有 30 天");
    assertThat(reminders(done)).as("published: no reminder").isZero();

    on(LocalDate.of(year, 12, 2)).send();
    assertThat(reminders(late)).isEqualTo(2);
  }

  @Test
  void thePublicSeesAPublishedAnnualReportAndNoDraft() throws Exception {
    int year = LocalDate.now(CHINA).getYear();
    AnnualReport pub = published("140214", year);
    assertThat(pub.status()).isEqualTo(AnnualReport.Status.PUBLISHED);
    AnnualReport draft = reports.draft(unit("140213"), year);

    String list =
        mvc.perform(get("/reports/annual").param("year", String.valueOf(year)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(list)
        .contains("大同市云冈区人民检察院" + year + "年度检务公开工作报告")
        .contains("/reports/annual/" + pub.id() + ".pdf")
        .doesNotContain("/reports/annual/" + draft.id() + "\"");

    String page =
        mvc.perform(get("/reports/annual/" + pub.id()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(page)
        .contains("一、主动公开")
        .contains("五、监督检查")
        .contains(pub.sections().active())
        .contains("data-figure=\"documents.due\">" + pub.figures().get("documents.due") + "<");
    byte[] pdf =
        mvc.perform(get("/reports/annual/" + pub.id() + ".pdf"))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type", "application/pdf"))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    mvc.perform(get("/reports/annual/" + draft.id())).andExpect(status().isNotFound());

    // A published report never changes, not even by hand.
    assertThatThrownBy(
            () ->
                jdbc.sql("update annual_report set problems_text = 'x' where id = ?")
                    .param(pub.id())
                    .update())
        .hasMessageContaining("published");
  }

  @Test
  void aRefusedEditIsShownAgainWithItsReason() throws Exception {
    String cm = accounts.open("140703", Role.CASE_MANAGEMENT, DataScope.OWN_UNIT);
    MockHttpSession s = StaffLogin.login(mvc, cm, TestAccounts.PASSWORD);
    String url =
        mvc.perform(post("/console/archives/annual").session(s).with(csrf()).param("year", "2025"))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    String page =
        mvc.perform(get(url).session(s))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(page).contains("name=\"problems\"").contains("data-figure=\"documents.due\"");
    String refused =
        mvc.perform(
                post(url)
                    .session(s)
                    .with(csrf())
                    .param("active", "主动公开情况")
                    .param("request", "依申请公开情况")
                    .param("objection", "异议和申诉情况")
                    .param("problems", " ")
                    .param("oversight", "监督检查情况"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(refused).contains("id=\"error\"").contains("该部分不能为空").contains("依申请公开情况");
    assertThat(refused).doesNotContain("problems:");
    // Submitting while a drafted prompt is left: the reason, on the page, without a field name.
    mvc.perform(post(url + "/submit").session(s).with(csrf()))
        .andExpect(status().is3xxRedirection());
    String notSubmitted =
        mvc.perform(get(url).session(s))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(notSubmitted).contains("请将括号中的提示替换").doesNotContain("problems:");
    long id = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
    assertThat(rows.find(id).orElseThrow().sections().request()).isNotEqualTo("依申请公开情况");
  }
}
