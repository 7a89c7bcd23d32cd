package org.sunshine.platform.hearings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.sunshine.platform.organisation.StaffAccounts;
import org.sunshine.platform.support.OneTimeCodes;
import org.sunshine.platform.support.PlatformTest;
import org.sunshine.platform.support.StaffLogin;

/** The public books an open day through the pages; staff read the year's figures and lists. */
@PlatformTest
class OpenDayPagesTest {

  @Autowired MockMvc mvc;
  @Autowired OpenDays openDays;
  @Autowired StaffAccounts accounts;
  @Autowired JdbcClient db;
  @Autowired Clock clock;
  @Autowired PublicSignIn signIn;
  @Autowired HearingsProperties settings;
  @Autowired Hearings hearings;

  String page(String path, MockHttpSession session) throws Exception {
    return mvc.perform(get(path).session(session)).andReturn().getResponse().getContentAsString();
  }

  long published(String theme) {
    var cm = accounts.identity("casemgmt").orElseThrow();
    LocalDateTime at = LocalDate.now(clock).plusDays(15).atTime(14, 0);
    long id =
        openDays.schedule(
            cm, new NewOpenDay(theme, at, at.plusHours(2), "小店区人民检察院", 40, at.minusDays(1)));
    openDays.publish(cm, id);
    return id;
  }

  @Test
  void aWrongCodeIsRefusedInTheBundlesWords() throws Exception {
    MockHttpSession session = new MockHttpSession();
    mvc.perform(
        post("/open-days/code")
            .param("mobile", "13755502468")
            .session(session)
            .with(csrf())
            .with(
                r -> {
                  r.setRemoteAddr("192.0.2.77");
                  return r;
                }));
    String refused =
        mvc.perform(
                post("/open-days/login")
                    .param("mobile", "13755502468")
                    .param("code", "000000")
                    .session(session)
                    .with(csrf())
                    .with(
                        r -> {
                          r.setRemoteAddr("192.0.2.77");
                          return r;
                        }))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(refused).contains("验证码不正确或已过期").contains("code-error");
  }

  @Test
  void aVisitorSignsInWithACodeBooksSeesAndCancelsTheBooking() throws Exception {
    long day = published("公益诉讼检察开放日");
    MockHttpSession session = new MockHttpSession();
    assertThat(page("/open-days", session)).contains("公益诉讼检察开放日");
    String toSignIn =
        mvc.perform(get("/open-days/" + day + "/book").session(session))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    assertThat(toSignIn).isEqualTo("/open-days/sign-in");
    mvc.perform(
        post("/open-days/code").param("mobile", "13755501234").session(session).with(csrf()));
    String code = OneTimeCodes.lastSentTo(db, "13755501234");
    var login =
        mvc.perform(
                post("/open-days/login")
                    .param("mobile", "13755501234")
                    .param("code", code)
                    .session(session)
                    .with(csrf()))
            .andReturn();
    assertThat(login.getResponse().getRedirectedUrl()).isEqualTo("/open-days/" + day + "/book");
    session = (MockHttpSession) login.getRequest().getSession();

    String refused =
        mvc.perform(
                post("/open-days/" + day + "/book")
                    .param("name", "")
                    .param("partySize", "2")
                    .session(session)
                    .with(csrf()))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(refused).contains("请填写姓名").contains("is-invalid");

    String booked =
        mvc.perform(
                post("/open-days/" + day + "/book")
                    .param("name", "马文静")
                    .param("partySize", "2")
                    .session(session)
                    .with(csrf()))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(booked).contains("预约成功");
    assertThat(page("/open-days/mine", session)).contains("公益诉讼检察开放日").contains("已预约");
    assertThat(openDays.get(day).seatsTaken()).isEqualTo(2);

    long booking =
        db.sql("select id from open_day_booking where open_day_id = ? and visitor_name = '马文静'")
            .param(day)
            .query(Long.class)
            .single();
    mvc.perform(post("/open-days/bookings/" + booking + "/cancel").session(session).with(csrf()));
    assertThat(page("/open-days/mine", session)).contains("已取消");
    assertThat(openDays.get(day).seatsTaken()).isZero();
  }

  @Test
  void aFloodOfBookingsFromOneAddressIsAnsweredWith429() throws Exception {
    int limit = settings.publicWritesPerMinute();
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < limit + 2; i++) {
      statuses.add(
          mvc.perform(
                  post("/open-days/1/book")
                      .with(csrf())
                      .with(
                          r -> {
                            r.setRemoteAddr("10.28.0.1");
                            return r;
                          }))
              .andReturn()
              .getResponse()
              .getStatus());
    }
    assertThat(statuses.subList(0, limit)).doesNotContain(429);
    assertThat(statuses.subList(limit, limit + 2)).containsOnly(429);
  }

  @Test
  void everyFigureOfTheYearOpensItsList() throws Exception {
    long day = published("检察开放日·未成年人检察");
    MockHttpSession press = StaffLogin.login(mvc, "press");
    int year = openDays.get(day).startsAt().getYear();
    String coverage = page("/console/open-days/coverage?year=" + year, press);
    long unit = openDays.get(day).unitId();
    assertThat(coverage)
        .contains("太原市小店区人民检察院")
        .contains("/console/open-days?year=" + year + "&amp;unit=" + unit + "&amp;figure=PLANNED");
    int planned =
        (int)
            openDays.ofYear(accounts.identity("press").orElseThrow(), year).stream()
                .filter(d -> d.unitId() == unit && OpenDayCoverage.Figure.PLANNED.counts(d))
                .count();
    String list =
        page("/console/open-days?year=" + year + "&unit=" + unit + "&figure=PLANNED", press);
    assertThat(list).contains("检察开放日·未成年人检察");
    assertThat(list.split("/console/open-days/\\d+\"", -1)).hasSize(planned + 1);
    // A county's 案管 sees its own unit only.
    String county =
        page("/console/open-days/coverage?year=" + year, StaffLogin.login(mvc, "casemgmt"));
    assertThat(county).contains("太原市小店区人民检察院").doesNotContain("太原市迎泽区人民检察院");
  }

  @Autowired OpenDayReplicas openDayReplicas;
  @Autowired HearingReplicas hearingReplicas;

  /** Signs in through the pages with the SMS code; returns the session. */
  private MockHttpSession signedIn(String mobile) throws Exception {
    MockHttpSession session = new MockHttpSession();
    mvc.perform(post("/open-days/code").param("mobile", mobile).session(session).with(csrf()));
    var login =
        mvc.perform(
                post("/open-days/login")
                    .param("mobile", mobile)
                    .param("code", OneTimeCodes.lastSentTo(db, mobile))
                    .session(session)
                    .with(csrf()))
            .andReturn();
    return (MockHttpSession) login.getRequest().getSession();
  }

  @Test
  void onAPublicNodeABookingAndAnApplicationToObserveAreRequestsUntilTheInsideAnswers()
      throws Exception {
    // What a split deployment's public node holds: an open day and a hearing listed from inside.
    long unit = accounts.identity("casemgmt").orElseThrow().unitId();
    long origin = 880_000 + System.nanoTime() % 100_000;
    Instant at = clock.instant().plus(Duration.ofDays(20));
    openDayReplicas.applyOpenDay(
        new OpenDayReplicas.OpenDayReplica(
            origin,
            unit,
            "从内网发布的开放日",
            at,
            at.plusSeconds(7200),
            "小店区人民检察院",
            10,
            at.minusSeconds(86_400),
            "PUBLISHED",
            null,
            4));
    long day =
        db.sql("select id from open_day where origin_id = ?")
            .param(origin)
            .query(Long.class)
            .single();
    MockHttpSession session = signedIn("13755507788");
    String booked =
        mvc.perform(
                post("/open-days/" + day + "/book")
                    .param("name", "邓雪")
                    .param("partySize", "2")
                    .session(session)
                    .with(csrf()))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(booked).contains("预约申请已提交").doesNotContain("预约成功");
    assertThat(page("/open-days/mine", session)).contains("从内网发布的开放日").contains("待确认");
    assertThat(openDays.get(day).seatsTaken()).as("4 inside + 2 on their way").isEqualTo(6);
    long booking =
        db.sql("select id from open_day_booking where open_day_id = ?")
            .param(day)
            .query(Long.class)
            .single();
    UUID key =
        db.sql("select public_key from open_day_booking where id = ?")
            .param(booking)
            .query(UUID.class)
            .single();
    openDayReplicas.applyAnswer(
        new OpenDayReplicas.BookingAnswer(booking, UUID.randomUUID(), "BOOKED", null));
    assertThat(page("/open-days/mine", session))
        .as("an answer for another booking of the same number changes nothing")
        .contains("待确认");
    openDayReplicas.applyAnswer(new OpenDayReplicas.BookingAnswer(booking, key, "BOOKED", null));
    assertThat(page("/open-days/mine", session)).contains("已预约");

    hearingReplicas.applyHearing(
        new HearingReplicas.HearingReplica(
            origin,
            unit,
            "HEARING",
            "从内网公告的公开听证",
            at,
            "小店区人民检察院听证室",
            true,
            5,
            0,
            "ANNOUNCED",
            null));
    long hearing =
        db.sql("select id from public_hearing where origin_id = ?")
            .param(origin)
            .query(Long.class)
            .single();
    String applied =
        mvc.perform(
                post("/hearings/" + hearing + "/observe")
                    .param("name", "邓雪")
                    .session(session)
                    .with(csrf()))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(applied).contains("从内网公告的公开听证").contains("旁听申请已提交");
  }
}
