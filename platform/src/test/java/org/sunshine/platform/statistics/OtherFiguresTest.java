package org.sunshine.platform.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.sunshine.platform.audit.AuditLog;
import org.sunshine.platform.audit.Channel;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.StaffAccounts;
import org.sunshine.platform.organisation.StaffIdentity;
import org.sunshine.platform.publication.PublishedReleases;
import org.sunshine.platform.support.PlatformTest;
import org.sunshine.platform.support.StaffLogin;

/** The disclosure figures beside the documents', each from its own module. */
@PlatformTest
class OtherFiguresTest {

  @Autowired OtherFigures other;
  @Autowired AuditLog audit;
  @Autowired PublishedReleases releases;
  @Autowired Directory directory;
  @Autowired StaffAccounts accounts;
  @Autowired MockMvc mvc;
  @Autowired Clock clock;

  @Test
  void proceduralQueriesAreCountedByChannelAndUnit() {
    StaffIdentity province = accounts.identity("casemgmt.province").orElseThrow();
    long provinceId = province.unitId();
    long xiaodian = directory.findByCode("140105").orElseThrow().id();
    YearMonth month = YearMonth.now(clock);
    var before = other.of(province, provinceId, directory.selfAndDescendants(provinceId), month);
    var countyBefore = other.of(province, xiaodian, Set.of(xiaodian), month);

    audit.recordLook(
        "applicant:1", null, AuditLog.QUERY_CASE_STATUS, "CaseParty", "1", "t", Channel.WEB);
    audit.recordLook(
        "window.staff",
        xiaodian,
        AuditLog.QUERY_CASE_STATUS,
        "CaseParty",
        "1",
        "t",
        Channel.WINDOW);
    audit.recordLook(
        "phone.staff", xiaodian, AuditLog.QUERY_CASE_STATUS, "CaseParty", "1", "t", Channel.PHONE);

    var after = other.of(province, provinceId, directory.selfAndDescendants(provinceId), month);
    var countyAfter = other.of(province, xiaodian, Set.of(xiaodian), month);
    // The province holds the web query (no unit) and the county's window and phone queries.
    assertThat(after.queries().total()).isEqualTo(before.queries().total() + 3);
    assertThat(after.queries().withoutUnit().get(Channel.WEB))
        .isEqualTo(before.queries().withoutUnit().getOrDefault(Channel.WEB, 0L) + 1);
    // The county holds only what its staff entered.
    assertThat(countyAfter.queries().platformWide()).isFalse();
    assertThat(countyAfter.queries().total()).isEqualTo(countyBefore.queries().total() + 2);
    assertThat(countyAfter.queries().byUnits().get(Channel.WINDOW))
        .isEqualTo(countyBefore.queries().byUnits().getOrDefault(Channel.WINDOW, 0L) + 1);
  }

  @Test
  void aCountyCountsThePublicsQueriesAboutItsOwnCases() {
    StaffIdentity province = accounts.identity("casemgmt.province").orElseThrow();
    long xiaodian = directory.findByCode("140105").orElseThrow().id();
    long provinceId = province.unitId();
    YearMonth month = YearMonth.now(clock);
    var countyBefore = other.of(province, xiaodian, Set.of(xiaodian), month);
    var provinceBefore =
        other.of(province, provinceId, directory.selfAndDescendants(provinceId), month);

    audit.recordLook(
        "applicant:2",
        null,
        AuditLog.QUERY_CASE_STATUS,
        "CaseParty",
        "2",
        "t",
        Channel.KIOSK,
        xiaodian);

    var countyAfter = other.of(province, xiaodian, Set.of(xiaodian), month);
    var provinceAfter =
        other.of(province, provinceId, directory.selfAndDescendants(provinceId), month);
    assertThat(countyAfter.queries().byUnits().get(Channel.KIOSK))
        .isEqualTo(countyBefore.queries().byUnits().getOrDefault(Channel.KIOSK, 0L) + 1);
    assertThat(provinceAfter.queries().total()).isEqualTo(provinceBefore.queries().total() + 1);
  }

  @Test
  void theReleasesFigureIsTheReleasesListedForTheMonth() {
    StaffIdentity province = accounts.identity("casemgmt.province").orElseThrow();
    YearMonth month = YearMonth.now(clock);
    var units = directory.selfAndDescendants(province.unitId());
    var figures = other.of(province, province.unitId(), units, month);
    long listed =
        releases.list(province.unitId(), null, 0, 10_000).stream()
            .filter(r -> YearMonth.from(r.publishedOn()).equals(month))
            .count();
    // The list shows live releases; the figure counts withdrawn ones too and says how many.
    assertThat(figures.releases().published() - figures.releases().withdrawn()).isEqualTo(listed);
  }

  @Test
  void theDashboardLoadsTheOtherFiguresWithTheirLinks() throws Exception {
    MockHttpSession s = StaffLogin.login(mvc, "casemgmt.province");
    String html =
        mvc.perform(get("/console/statistics/other").header("HX-Request", "true").session(s))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(html)
        .contains("id=\"other-releases\"", "href=\"/releases?unit=")
        .contains("id=\"other-queries\"", "action=QUERY_CASE_STATUS")
        .contains("id=\"other-lawyers\"", "href=\"/console/lawyers\"")
        .contains("id=\"other-petitions-7\"", "href=\"/console/petitions\"")
        .doesNotContain("<html");
    assertThat(
            mvc.perform(get("/console/statistics").session(s))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8))
        .contains("hx-get=\"/console/statistics/other?unit=");
  }
}
