package org.sunshine.platform.surveys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.sunshine.platform.support.StaffLogin.login;
import static org.sunshine.platform.surveys.SurveyFixtures.eventually;
import static org.sunshine.platform.surveys.SurveyFixtures.mobile;
import static org.sunshine.platform.surveys.SurveyFixtures.party;
import static org.sunshine.platform.surveys.SurveyFixtures.surveyDay;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.sunshine.platform.cases.Cases;
import org.sunshine.platform.notifications.InboundSms;
import org.sunshine.platform.notifications.Notifications;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.StaffAccounts;
import org.sunshine.platform.petitions.Petitions;
import org.sunshine.platform.support.PlatformTest;

/** Replies, follow-ups and results of the satisfaction survey (issue 20). */
@PlatformTest
class SurveyReplyTest {

  @Autowired Cases cases;
  @Autowired JdbcClient jdbc;
  @Autowired Surveys surveys;
  @Autowired InboundSms inbound;
  @Autowired Petitions petitions;
  @Autowired StaffAccounts accounts;
  @Autowired FollowUps followUps;
  @Autowired FollowUpRows followUpRows;
  @Autowired Notifications notifications;
  @Autowired Directory directory;
  @Autowired Clock clock;
  @Autowired MockMvc mvc;

  private SurveyFixtures f;

  @BeforeEach
  void fixtures() {
    f = new SurveyFixtures(cases, jdbc);
  }

  private Map<String, Object> invitation(String mobile) {
    return jdbc.sql(
            "select status, channel, s_procedure, s_ability, s_civility, s_integrity, bad_replies, id"
                + " from survey_invitation where mobile = ?")
        .param(mobile)
        .query()
        .singleRow();
  }

  /** One adult defendant with this number, asked on a round of its own; returns the case number. */
  private String askedAlone(String mobile) throws Exception {
    LocalDate day = surveyDay();
    String number =
        f.concluded(
            day.minusDays(4), party("S1", "DEFENDANT", day.minusYears(30), mobile, false, false));
    surveys.hold(day);
    assertThat(f.askedAbout(number)).containsExactly(mobile);
    return number;
  }

  @Test
  void aFullWidthReplyIsParsed() throws Exception {
    var expected =
        Map.of(
            Dimension.PROCEDURE, Score.SATISFIED,
            Dimension.ABILITY, Score.SATISFIED,
            Dimension.CIVILITY, Score.BASICALLY_SATISFIED,
            Dimension.INTEGRITY, Score.SATISFIED);
    for (String reply : List.of("１ １ ２ １", "1，1，2，1", "1,1,2,1", "1121", " 1 1 2 1 ")) {
      assertThat(ReplyParser.parse(reply)).as(reply).isEqualTo(new ReplyParser.Answer(expected));
    }
    assertThat(ReplyParser.parse("满意!!"))
        .isEqualTo(
            new ReplyParser.Answer(
                Map.of(
                    Dimension.PROCEDURE, Score.SATISFIED,
                    Dimension.ABILITY, Score.SATISFIED,
                    Dimension.CIVILITY, Score.SATISFIED,
                    Dimension.INTEGRITY, Score.SATISFIED)));
    assertThat(ReplyParser.parse("不满意！")).isInstanceOf(ReplyParser.Answer.class);
    assertThat(((ReplyParser.Answer) ReplyParser.parse("基本满意")).scores())
        .containsValue(Score.BASICALLY_SATISFIED)
        .doesNotContainValue(Score.SATISFIED);
    for (String bad : List.of("4 1 1 1", "1 1 2", "1 1 2 1 1", "好", "", "1 1 2 1 谢谢")) {
      assertThat(ReplyParser.parse(bad)).as(bad).isInstanceOf(ReplyParser.NotUnderstood.class);
    }
    assertThat(ReplyParser.parse("ｔｄ")).isInstanceOf(ReplyParser.OptOut.class);
    assertThat(ReplyParser.parse("退订")).isInstanceOf(ReplyParser.OptOut.class);

    // End to end: the reply arrives through notifications' inbound port.
    String m = mobile();
    askedAlone(m);
    inbound.received(m, "１ １ ２ １", null);
    Map<String, Object> row =
        eventually(() -> invitation(m), r -> "ANSWERED".equals(r.get("status")));
    assertThat(row)
        .containsEntry("status", "ANSWERED")
        .containsEntry("channel", "SMS")
        .containsEntry("s_procedure", 1)
        .containsEntry("s_ability", 1)
        .containsEntry("s_civility", 2)
        .containsEntry("s_integrity", 1);
  }

  @Test
  void aBadReplyGetsOneHelpMessage() throws Exception {
    String m = mobile();
    askedAlone(m);
    inbound.received(m, "还行", null);
    inbound.received(m, "一般吧", null);
    Map<String, Object> row =
        eventually(() -> invitation(m), r -> ((Number) r.get("bad_replies")).intValue() == 2);
    assertThat(row).containsEntry("status", "ASKED").containsEntry("bad_replies", 2);
    assertThat(f.sms(m, "survey-help")).singleElement().asString().contains("1 1 2 1");

    inbound.received(m, "满意", null);
    assertThat(eventually(() -> invitation(m), r -> "ANSWERED".equals(r.get("status"))))
        .containsEntry("status", "ANSWERED");
    assertThat(f.sms(m, "survey-help")).hasSize(1);
  }

  @Test
  void aDissatisfiedReplyOpensAFollowUpDueInTwoWorkingDays() throws Exception {
    String m = mobile();
    String number = askedAlone(m);
    LocalDate friday =
        LocalDate.now(clock).minusDays(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.FRIDAY));
    inbound.received(
        m, "1 3 1 1", friday.atTime(LocalTime.of(16, 30)).atZone(clock.getZone()).toInstant());
    long invitationId =
        ((Number)
                eventually(() -> invitation(m), r -> "ANSWERED".equals(r.get("status"))).get("id"))
            .longValue();
    FollowUp fu = eventually(() -> jdbcFollowUp(invitationId), o -> o != null);
    assertThat(fu).isNotNull();
    assertThat(fu.caseNumber).isEqualTo(number);
    assertThat(fu.dimensions).isEqualTo("ABILITY");
    assertThat(fu.openedOn).isEqualTo(friday);
    // Friday + 2 working days = Tuesday (the test calendar has weekends only).
    assertThat(fu.dueOn).isEqualTo(friday.plusDays(4));
    assertThat(fu.overdue(friday.plusDays(4))).isFalse();
    assertThat(fu.overdue(friday.plusDays(5))).isTrue();
    assertThat(notifications.inbox("staff:casemgmt", 50))
        .as("the unit's 案管 is told at once, by case number and never by respondent")
        .anySatisfy(
            e ->
                assertThat(e.body())
                    .contains(number, friday.plusDays(4).toString())
                    .doesNotContain(m));

    var casemgmt = accounts.identity("casemgmt").orElseThrow();
    assertThatThrownBy(() -> followUps.close(casemgmt, fu.id, "  "))
        .isInstanceOf(IllegalArgumentException.class);
    var province = accounts.identity("casemgmt.province").orElseThrow();
    assertThatThrownBy(() -> followUps.close(province, fu.id, "上级代为办结"))
        .as("the unit closes its own follow-up")
        .isInstanceOf(AccessDeniedException.class);
    var handler = accounts.identity("handler").orElseThrow();
    assertThatThrownBy(() -> followUps.close(handler, fu.id, "办案人自行办结"))
        .isInstanceOf(AccessDeniedException.class);
    followUps.close(casemgmt, fu.id, "已电话回访，解释了办案进度告知的安排。");
    assertThat(jdbcFollowUp(invitationId).open()).isFalse();
    assertThatThrownBy(() -> followUps.close(casemgmt, fu.id, "再次办结"))
        .isInstanceOf(IllegalStateException.class);
  }

  private FollowUp jdbcFollowUp(long invitationId) {
    return followUpRows.ofInvitation(invitationId).orElse(null);
  }

  @Test
  void resultsNeverNameARespondent() throws Exception {
    LocalDate day = surveyDay();
    String a = mobile();
    String b = mobile();
    String number =
        f.concluded(
            day.minusDays(6),
            party("S1", "DEFENDANT", day.minusYears(30), a, false, false),
            party("V1", "VICTIM", day.minusYears(45), b, false, false));
    surveys.hold(day);
    inbound.received(a, "1 1 1 1", null);
    inbound.received(b, "2 2 3 1", null);
    eventually(() -> invitation(b), r -> "ANSWERED".equals(r.get("status")));
    eventually(() -> invitation(a), r -> "ANSWERED".equals(r.get("status")));

    long unit = directory.findByCode("140105").orElseThrow().id();
    YearMonth month = YearMonth.from(day);
    SurveyFigures county = surveys.figures(unit, month);
    assertThat(county.asked()).isEqualTo(2);
    assertThat(county.answered()).isEqualTo(2);
    assertThat(county.replyRate()).isEqualTo(1.0);
    assertThat(county.dimensions().get(2).dissatisfied()).isEqualTo(1);
    long city = directory.get(unit).parentId();
    assertThat(surveys.figures(city, month)).isEqualTo(withUnit(county, city));

    MockHttpSession session = login(mvc, "casemgmt");
    String page =
        mvc.perform(
                get("/console/surveys")
                    .param("unit", "" + unit)
                    .param("month", "" + month)
                    .session(session))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    String json =
        mvc.perform(
                get("/api/console/surveys/figures")
                    .param("unit", "" + unit)
                    .param("month", "" + month)
                    .session(session))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    String results =
        page.substring(page.indexOf("id=\"survey-summary\""), page.indexOf("id=\"follow-ups\""));
    assertThat(results).contains("100.0%").contains("执法文明");
    for (String text : List.of(page, json)) {
      assertThat(text)
          .doesNotContain(a)
          .doesNotContain(b)
          .doesNotContain("测试S1")
          .doesNotContain("测试V1");
    }
    assertThat(results).doesNotContain(number);
    assertThat(json).doesNotContain(number).contains("\"answered\":2");
  }

  private static SurveyFigures withUnit(SurveyFigures f, long unit) {
    return new SurveyFigures(
        f.month(), unit, f.asked(), f.answered(), f.optedOut(), f.replyRate(), f.dimensions());
  }

  @Test
  void resultsAreForTheUnitsInScope() throws Exception {
    long province = directory.roots().get(0).id();
    mvc.perform(
            get("/console/surveys").param("unit", "" + province).session(login(mvc, "casemgmt")))
        .andExpect(status().isForbidden());
  }

  @Test
  void staffTypeAReplyWhileSmsGoToTheLog() throws Exception {
    String m = mobile();
    askedAlone(m);
    mvc.perform(
            post("/console/surveys/simulate-reply")
                .param("mobile", m)
                .param("text", "1 1 1 3")
                .session(login(mvc, "casemgmt"))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(eventually(() -> invitation(m), r -> "ANSWERED".equals(r.get("status"))))
        .containsEntry("s_integrity", 3);
    mvc.perform(
            post("/console/surveys/simulate-reply")
                .param("mobile", m)
                .param("text", "1 1 1 1")
                .session(login(mvc, "handler"))
                .with(csrf()))
        .andExpect(status().isForbidden());
  }
}
