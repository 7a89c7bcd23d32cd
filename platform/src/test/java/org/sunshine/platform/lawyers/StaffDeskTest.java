package org.sunshine.platform.lawyers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.sunshine.platform.access.LawyerGrants;
import org.sunshine.platform.cases.Cases;
import org.sunshine.platform.cases.WorkingCalendar;
import org.sunshine.platform.organisation.StaffAccounts;
import org.sunshine.platform.support.PlatformTest;
import org.sunshine.platform.support.StaffLogin;

/** 案管's desk: reading-room seats follow the decision, and a look at the queue is audited. */
@PlatformTest
class StaffDeskTest {

  @Autowired Cases cases;
  @Autowired LawyerGrants grants;
  @Autowired LawyerServices services;
  @Autowired StaffAccounts accounts;
  @Autowired LawyerRequests requests;
  @Autowired StaffDesk desk;
  @Autowired ReadingRoom room;
  @Autowired WorkingCalendar calendar;
  @Autowired Clock clock;
  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  private LawyerFixtures fx;

  @BeforeEach
  void fixtures() {
    fx = new LawyerFixtures(cases, grants, services, accounts);
  }

  /**
   * A refused 预约阅卷 frees its reading-room place (StaffDesk.decide releases it); 案管 must not be able
   * to give the refused request a confirmed session again through "move booking", which accepts any
   * decided status, REFUSED included (StaffDesk.moveBooking).
   */
  @Test
  void aRefusedFileReviewCannotBeGivenAReadingRoomSeatAgain() {
    long lawyer = fx.verifiedLawyer("驳律师");
    long grant = fx.bind(lawyer, fx.newCase(), "张三");
    LocalDate day = calendar.plusWorkingDays(LocalDate.now(clock), 3);
    long id =
        requests.submit(
            lawyer,
            new LawyerRequests.NewRequest(
                grant, RequestType.FILE_REVIEW, "", null, day, "09:00-11:30", List.of()));
    desk.decide(fx.staff("casemgmt"), id, RequestStatus.REFUSED, "NO_LEGAL_GROUNDS", "不符合阅卷条件");
    assertThat(room.of(id)).as("the refusal frees the place").isEmpty();

    LocalDate other = calendar.plusWorkingDays(LocalDate.now(clock), 4);
    assertThatThrownBy(() -> desk.moveBooking(fx.staff("casemgmt"), id, other, "09:00-11:30"))
        .isInstanceOf(IllegalStateException.class);
    assertThat(room.of(id)).as("a refused request holds no reading-room seat").isEmpty();
  }

  private long auditEntriesOf(String actor) {
    return jdbc.sql("select count(*) from audit_entry where actor = ?")
        .param(actor)
        .query(Long.class)
        .single();
  }

  /**
   * Brief: every view of personal data audit-logged. The access console audits the look at its list
   * because "the list names applicants and parties" (StaffAccessController.list, VIEW_ACCESS_LIST);
   * the lawyer desk's queue (GET /console/lawyers, StaffLawyersController.queue) lists every open
   * and decided request with the party's name and the case number, and records nothing.
   */
  @Test
  void theLawyerDeskQueueNamingPartiesIsAnAuditedLook() throws Exception {
    long lawyer = fx.verifiedLawyer("列律师");
    long grant = fx.bind(lawyer, fx.newCase(), "李四");
    requests.submit(
        lawyer,
        new LawyerRequests.NewRequest(
            grant, RequestType.MEASURE_CHANGE, "申请变更强制措施为取保候审", null, null, null, List.of()));
    MockHttpSession cm = StaffLogin.login(mvc, "casemgmt");
    long before = auditEntriesOf("casemgmt");

    String page =
        mvc.perform(get("/console/lawyers").session(cm))
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(page).as("the queue names the party").contains("李四");
    assertThat(auditEntriesOf("casemgmt")).as("audit entries of the look").isGreaterThan(before);
  }
}
