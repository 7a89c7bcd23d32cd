package org.sunshine.platform.lawyers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Date;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.sunshine.platform.access.LawyerGrants;
import org.sunshine.platform.audit.AuditLog;
import org.sunshine.platform.audit.AuditRecord;
import org.sunshine.platform.cases.Cases;
import org.sunshine.platform.cases.WorkingCalendar;
import org.sunshine.platform.notifications.InboxEntry;
import org.sunshine.platform.notifications.Notifications;
import org.sunshine.platform.organisation.StaffAccounts;
import org.sunshine.platform.support.OneTimeCodes;
import org.sunshine.platform.support.PlatformTest;
import org.sunshine.platform.support.StaffLogin;

@PlatformTest
class LawyerServicesTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Cases cases;
  @Autowired LawyerGrants grants;
  @Autowired LawyerServices services;
  @Autowired StaffAccounts accounts;
  @Autowired LawyerRequests requests;
  @Autowired StaffDesk desk;
  @Autowired Complaints complaints;
  @Autowired OverdueReminders reminders;
  @Autowired Notifications notifications;
  @Autowired AuditLog audit;
  @Autowired WorkingCalendar calendar;
  private LawyerFixtures fx;

  @BeforeEach
  void fixtures() {
    fx = new LawyerFixtures(cases, grants, services, accounts);
  }

  private MockHttpSession signIn(long applicant) throws Exception {
    String mobile = grants.mobile(applicant);
    mvc.perform(post("/access/code").param("mobile", mobile).with(csrf()));
    MockHttpSession session = new MockHttpSession();
    mvc.perform(
            post("/access/login")
                .session(session)
                .param("mobile", mobile)
                .param("code", OneTimeCodes.lastSentTo(jdbc, mobile))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    return session;
  }

  private long file(long lawyer, long grant, RequestType type) {
    return requests.submit(
        lawyer, new LawyerRequests.NewRequest(grant, type, "申请内容", "下周一上午", null, null, List.of()));
  }

  @Test
  void anUnboundLawyerSeesNothingOfTheCase() throws Exception {
    String c = fx.newCase();
    long bound = fx.verifiedLawyer("甲律师");
    long grant = fx.bind(bound, c, "张三");
    long id = file(bound, grant, RequestType.MEETING);
    long stranger = fx.verifiedLawyer("乙律师");

    assertThatThrownBy(() -> file(stranger, grant, RequestType.MEETING))
        .isInstanceOf(NoSuchElementException.class);
    assertThatThrownBy(() -> requests.one(stranger, id)).isInstanceOf(NoSuchElementException.class);
    MockHttpSession session = signIn(stranger);
    mvc.perform(get("/api/v1/lawyer/requests/" + id).session(session))
        .andExpect(status().isNotFound());
    mvc.perform(get("/lawyers/me/requests/" + id).session(session))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/lawyer/bindings/" + grant + "/sessions").session(session))
        .andExpect(status().isNotFound());
    mvc.perform(
            post("/api/v1/lawyer/requests")
                .session(session)
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"grantId\":" + grant + ",\"type\":\"MEETING\",\"details\":\"会见\"}"))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/lawyer/me").session(session))
        .andExpect(jsonPath("$.bindings").isEmpty())
        .andExpect(content().string(Matchers.not(Matchers.containsString(c))));
    assertThat(requests.mine(stranger)).isEmpty();
  }

  @Test
  void aRequestOnAConcludedCaseIsRefusedAndNothingIsWritten() {
    String c = fx.newCase();
    long lawyer = fx.verifiedLawyer("丙律师");
    long grant = fx.bind(lawyer, c, "张三");
    fx.conclude(c);
    assertThatThrownBy(() -> file(lawyer, grant, RequestType.MEASURE_CHANGE))
        .hasMessageContaining("已办结");
    assertThat(requests.mine(lawyer)).isEmpty();
  }

  @Test
  void aThirdLawyerForOnePartyIsRefusedAndNothingIsWritten() {
    String c = fx.newCase();
    fx.bind(fx.verifiedLawyer("丁律师"), c, "张三");
    fx.bind(fx.verifiedLawyer("戊律师"), c, "张三");
    long third = fx.verifiedLawyer("己律师");
    assertThatThrownBy(() -> grants.bind(third, fx.binding(c, "张三"))).hasMessageContaining("两名律师");
    assertThat(grants.pending(third)).isEmpty();
    // The other suspect may still have a lawyer of their own.
    assertThat(fx.bind(third, c, "李四")).isPositive();
  }

  @Test
  void aLawyerAlreadyBoundWhoAppliesAgainIsNotCountedAsTheThirdLawyer() {
    String c = fx.newCase();
    long first = fx.verifiedLawyer("庚律师");
    fx.bind(first, c, "张三");
    fx.bind(fx.verifiedLawyer("辛律师"), c, "张三");
    // The lawyer is told they hold the binding already, not that the party has two lawyers.
    assertThatThrownBy(() -> grants.bind(first, fx.binding(c, "张三")))
        .hasMessageContaining("无需重复申请");
    assertThatThrownBy(() -> grants.bind(fx.verifiedLawyer("壬律师"), fx.binding(c, "张三")))
        .hasMessageContaining("两名律师");
  }

  @Test
  void aBookingOnAHolidayOrAFullSessionIsRefusedAndNothingIsWritten() {
    String c = fx.newCase();
    long lawyer = fx.verifiedLawyer("庚律师");
    long grant = fx.bind(lawyer, c, "张三");
    LocalDate today = LocalDate.now();
    LocalDate weekend = today.plusDays(1);
    while (calendar.isWorkingDay(weekend)) {
      weekend = weekend.plusDays(1);
    }
    LocalDate saturday = weekend;
    assertThatThrownBy(() -> book(lawyer, grant, saturday, "09:00-11:30"))
        .hasMessageContaining("节假日");
    assertThat(requests.mine(lawyer)).isEmpty();
    LocalDate day = calendar.plusWorkingDays(today, 9);
    for (int i = 0; i < 4; i++) {
      book(lawyer, grant, day, "14:00-17:00");
    }
    assertThatThrownBy(() -> book(lawyer, grant, day, "14:00-17:00")).hasMessageContaining("已约满");
    assertThat(requests.mine(lawyer)).hasSize(4);
    assertThatThrownBy(() -> book(lawyer, grant, day, "08:00-08:30"))
        .hasMessageStartingWith("slot:");
  }

  private long book(long lawyer, long grant, LocalDate day, String slot) {
    return requests.submit(
        lawyer,
        new LawyerRequests.NewRequest(
            grant, RequestType.FILE_REVIEW, "", null, day, slot, List.of()));
  }

  @Test
  void aRefusalWithoutAReasonIsNotSavedOnTheDecisionForm() throws Exception {
    String c = fx.newCase();
    long lawyer = fx.verifiedLawyer("辛律师");
    long id = file(lawyer, fx.bind(lawyer, c, "张三"), RequestType.MEASURE_CHANGE);
    MockHttpSession cm = StaffLogin.login(mvc, "casemgmt");
    mvc.perform(
            post("/console/lawyers/requests/" + id + "/decide")
                .session(cm)
                .with(csrf())
                .param("outcome", "REFUSED")
                .param("reasonCode", "")
                .param("reasonText", ""))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("不予准许或部分准许须选择理由")));
    assertThat(requests.one(lawyer, id).status()).isEqualTo(RequestStatus.SUBMITTED);
    mvc.perform(
            post("/console/lawyers/requests/" + id + "/decide")
                .session(cm)
                .with(csrf())
                .param("outcome", "REFUSED")
                .param("reasonCode", "NO_LEGAL_GROUNDS")
                .param("reasonText", "不符合取保候审条件"))
        .andExpect(status().is3xxRedirection());
    RequestView r = requests.one(lawyer, id);
    assertThat(r.status()).isEqualTo(RequestStatus.REFUSED);
    assertThat(r.reasonText()).isEqualTo("不符合取保候审条件");
    // The lawyer hears of it, with the unit's phone.
    assertThat(notifications.inbox(LawyerNotices.recipient(lawyer), 10))
        .extracting(InboxEntry::body)
        .anySatisfy(b -> assertThat(b).contains(c).contains("不予准许"));
    // And 案管 prints the 回复函.
    byte[] letter =
        mvc.perform(get("/console/lawyers/requests/" + id + "/letter.pdf").session(cm))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (PDDocument doc = Loader.loadPDF(letter)) {
      assertThat(new PDFTextStripper().getText(doc))
          .contains("回复函")
          .contains("不符合取保候审条件")
          .contains("辛律师");
    }
  }

  @Test
  void anOnlineReviewIsDownloadedStampedOnEveryPageAndEveryDownloadIsAudited() throws Exception {
    String c = fx.newCase();
    long lawyer = fx.verifiedLawyer("壬律师");
    long id = file(lawyer, fx.bind(lawyer, c, "张三"), RequestType.ONLINE_FILE_REVIEW);
    var cm = fx.staff("casemgmt");
    desk.decide(cm, id, RequestStatus.GRANTED, null, null);
    assertThatThrownBy(
            () ->
                desk.release(
                    cm, id, new Upload("x.pdf", "application/pdf", "%PDF-1.7 fake".getBytes())))
        .hasMessageContaining("不是有效的 PDF");
    desk.release(cm, id, new Upload("卷宗.pdf", "application/pdf", LawyerFixtures.pdf(3)));
    RequestView r = requests.one(lawyer, id);
    assertThat(r.status()).isEqualTo(RequestStatus.FULFILLED);
    assertThat(r.link().expiresAt())
        .isBetween(
            Instant.now().plus(Duration.ofDays(7)).minusSeconds(120),
            Instant.now().plus(Duration.ofDays(7)).plusSeconds(120));
    long fileId = r.files().get(0).id();
    MockHttpSession session = signIn(lawyer);
    byte[] pdf =
        mvc.perform(get("/lawyers/files/" + r.link().token() + "/" + fileId).session(session))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    String licence = lawyerLicence(lawyer);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getNumberOfPages()).isEqualTo(3);
      for (int p = 1; p <= 3; p++) {
        PDFTextStripper text = new PDFTextStripper();
        text.setStartPage(p);
        text.setEndPage(p);
        assertThat(text.getText(doc)).contains("壬律师").contains(licence);
      }
    }
    mvc.perform(get("/api/v1/lawyer/files/" + r.link().token() + "/" + fileId).session(session))
        .andExpect(status().isOk());
    assertThat(audit.about("LawyerRequest", String.valueOf(id)))
        .filteredOn(a -> a.action().equals("DOWNLOAD_CASE_FILE"))
        .extracting(AuditRecord::actor)
        .containsExactly("applicant:" + lawyer, "applicant:" + lawyer);
    // Another lawyer with the link gets nothing; after seven days, neither does the lawyer.
    mvc.perform(
            get("/lawyers/files/" + r.link().token() + "/" + fileId)
                .session(signIn(fx.verifiedLawyer("癸律师"))))
        .andExpect(status().isNotFound());
    jdbc.sql(
            "update lawyer_download_link set expires_at = now() - interval '1 minute' where request_id = ?")
        .param(id)
        .update();
    mvc.perform(get("/lawyers/files/" + r.link().token() + "/" + fileId).session(session))
        .andExpect(status().isNotFound());
  }

  private String lawyerLicence(long applicant) {
    return jdbc.sql("select licence_no from lawyer where applicant_id = ?")
        .param(applicant)
        .query(String.class)
        .single();
  }

  @Test
  void anOverdueRequestRemindsCaseManagementAndThenTheDeputyChief() {
    String c = fx.newCase();
    long lawyer = fx.verifiedLawyer("子律师");
    long late = file(lawyer, fx.bind(lawyer, c, "张三"), RequestType.MEETING);
    LocalDate workday = calendar.onOrAfter(LocalDate.now().plusDays(1));
    jdbc.sql("update lawyer_request set due_on = ? where id = ?")
        .params(Date.valueOf(calendar.plusWorkingDays(workday.minusDays(3), 1)), late)
        .update();
    // One working day late (at most): 案管 only.
    jdbc.sql("update lawyer_request set due_on = ? where id = ?")
        .params(Date.valueOf(workday.minusDays(1)), late)
        .update();
    assertThat(reminders.send(workday)).isPositive();
    assertThat(levelOf(late)).isEqualTo(1);
    assertThat(notifications.inbox("staff:casemgmt", 20))
        .extracting(InboxEntry::body)
        .anySatisfy(b -> assertThat(b).contains(c));
    // Ten days late: the deputy chief too.
    jdbc.sql("update lawyer_request set due_on = ? where id = ?")
        .params(Date.valueOf(workday.minusDays(20)), late)
        .update();
    reminders.send(calendar.plusWorkingDays(workday, 1));
    assertThat(levelOf(late)).isEqualTo(2);
    assertThat(notifications.inbox("staff:deputy", 20))
        .extracting(InboxEntry::body)
        .anySatisfy(b -> assertThat(b).contains(c));
    assertThat(desk.queue(fx.staff("casemgmt")).get(0).urgency()).isEqualTo("OVERDUE");
  }

  private int levelOf(long id) {
    return jdbc.sql("select reminded_level from lawyer_request where id = ?")
        .param(id)
        .query(Integer.class)
        .single();
  }

  @Test
  void aComplaintOfObstructionHasATenDayClockAndReachesTheDeputyChief() {
    String c = fx.newCase();
    long lawyer = fx.verifiedLawyer("丑律师");
    long id = file(lawyer, fx.bind(lawyer, c, "张三"), RequestType.HEARING_OF_OPINION);
    assertThatThrownBy(() -> requests.complain(lawyer, id, "太短")).hasMessageStartingWith("text:");
    requests.complain(lawyer, id, "承办检察官拒绝听取辩护律师意见，阻碍依法行使辩护权");
    var deputy = fx.staff("deputy");
    Complaints.ComplaintView filed =
        complaints.forStaff(deputy).stream()
            .filter(x -> x.requestId() == id)
            .findFirst()
            .orElseThrow();
    assertThat(filed.dueOn()).isEqualTo(calendar.onOrAfter(LocalDate.now().plusDays(10)));
    assertThatThrownBy(() -> complaints.forStaff(fx.staff("casemgmt")))
        .isInstanceOf(AccessDeniedException.class);
    complaints.answer(deputy, filed.id(), "经核查，已责令承办检察官于三日内听取意见");
    assertThat(notifications.inbox(LawyerNotices.recipient(lawyer), 10))
        .extracting(InboxEntry::body)
        .anySatisfy(b -> assertThat(b).contains("申诉控告"));
  }

  @Test
  void theApiWantsTheSignInAndFilesARequestShowingHowItsDueDateWasComputed() throws Exception {
    mvc.perform(get("/api/v1/lawyer/me")).andExpect(status().isUnauthorized());
    String c = fx.newCase();
    long lawyer = fx.verifiedLawyer("寅律师");
    long grant = fx.bind(lawyer, c, "张三");
    MockHttpSession session = signIn(lawyer);
    mvc.perform(get("/api/v1/lawyer/me").session(session))
        .andExpect(jsonPath("$.status").value("VERIFIED"))
        .andExpect(jsonPath("$.bindings[0].caseNumber").value(c))
        .andExpect(jsonPath("$.csrf.token").isNotEmpty());
    mvc.perform(
            post("/api/v1/lawyer/requests")
                .session(session)
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"grantId\":"
                        + grant
                        + ",\"type\":\"MEASURE_CHANGE\",\"details\":\"申请取保候审\"}"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.status").value("SUBMITTED"))
        .andExpect(jsonPath("$.dueBasis").value(Matchers.containsString("第九十七条")));
    mvc.perform(
            post("/api/v1/lawyer/requests")
                .session(session)
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"grantId\":"
                        + grant
                        + ",\"type\":\"HEARING_OF_OPINION\",\"details\":\"听取意见\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("proposedTimes"));
    long id = requests.mine(lawyer).get(0).id();
    mvc.perform(post("/api/v1/lawyer/requests/" + id + "/withdraw").session(session).with(csrf()))
        .andExpect(jsonPath("$.status").value("WITHDRAWN"));
    mvc.perform(post("/api/v1/lawyer/requests/" + id + "/withdraw").session(session).with(csrf()))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("lawyers.lawyer-request.withdraw.answered"));
  }

  @Test
  void anEndedRepresentationRevokesTheBindingAtOnce() {
    String c = fx.newCase();
    long lawyer = fx.verifiedLawyer("卯律师");
    long grant = fx.bind(lawyer, c, "张三");
    grants.endRepresentation(fx.staff("casemgmt"), grant, "当事人解除委托");
    assertThatThrownBy(() -> file(lawyer, grant, RequestType.MEETING))
        .isInstanceOf(NoSuchElementException.class);
    assertThat(grants.bindings(lawyer)).allSatisfy(b -> assertThat(b.active()).isFalse());
  }

  @Test
  void whenTheRepresentationEndsTheCaseFileClosesAtOnceEvenForALinkInHand() throws Exception {
    String c = fx.newCase();
    long lawyer = fx.verifiedLawyer("巳律师");
    long grant = fx.bind(lawyer, c, "张三");
    long id = file(lawyer, grant, RequestType.ONLINE_FILE_REVIEW);
    var cm = fx.staff("casemgmt");
    desk.decide(cm, id, RequestStatus.GRANTED, null, null);
    desk.release(cm, id, new Upload("卷宗.pdf", "application/pdf", LawyerFixtures.pdf(1)));
    RequestView r = requests.one(lawyer, id);
    String link = "/lawyers/files/" + r.link().token() + "/" + r.files().get(0).id();
    MockHttpSession session = signIn(lawyer);
    mvc.perform(get(link).session(session)).andExpect(status().isOk());

    grants.endRepresentation(cm, grant, "当事人解除委托");

    mvc.perform(get(link).session(session)).andExpect(status().isNotFound());
  }

  @Test
  void theFiguresCountRequestsByTypeOnTimeAndRefusalsByReasonPerUnitAndMonth() {
    String c = fx.newCase();
    long lawyer = fx.verifiedLawyer("辰律师");
    long grant = fx.bind(lawyer, c, "张三");
    var cm = fx.staff("casemgmt");
    long a = file(lawyer, grant, RequestType.EVIDENCE_COLLECTION);
    desk.decide(cm, a, RequestStatus.REFUSED, "DUPLICATE", "已于前次申请中调取");
    List<LawyerServices.MonthFigures> before = services.figures(cm, YearMonth.now());
    LawyerServices.MonthFigures f =
        before.stream().filter(x -> x.unitId() == cm.unitId()).findFirst().orElseThrow();
    assertThat(f.requestsByType().get("EVIDENCE_COLLECTION")).isPositive();
    assertThat(f.refusalsByReason().get("DUPLICATE")).isPositive();
    assertThat(f.decidedOnTime()).isPositive();
    assertThat(f.onTimeRate()).isNotNull();
    assertThat(f.medianHoursToDecision()).isNotNull();
  }

  @Test
  void theDemoHasVerifiedLawyersWithBoundCasesAndRequestsInEveryState() {
    long zhang = grants.applicantFor("13900000101");
    // Other modules' tests may conclude a demo case on the shared database; its grant then ends.
    assertThat(grants.bindings(zhang))
        .hasSizeGreaterThanOrEqualTo(2)
        .anySatisfy(b -> assertThat(b.active()).isTrue());
    assertThat(jdbc.sql("select distinct status from lawyer_request").query(String.class).list())
        .containsAll(Arrays.stream(RequestStatus.values()).map(Enum::name).toList());
    assertThat(
            jdbc.sql("select count(*) from lawyer where status = 'PENDING'")
                .query(Long.class)
                .single())
        .isPositive();
    assertThat(complaints.forStaff(fx.staff("deputy"))).isNotEmpty();
  }

  @Test
  void aRequestRoutedToTheHandlerWaitsInTheirTaskInboxUntilTheyAnswerIt() throws Exception {
    String c = fx.newCase();
    long lawyer = fx.verifiedLawyer("巳律师");
    long id = file(lawyer, fx.bind(lawyer, c, "张三"), RequestType.HEARING_OF_OPINION);
    assertThatThrownBy(
            () -> desk.decide(fx.staff("handler"), id, RequestStatus.GRANTED, null, null))
        .as("a handler decides only what 案管 routed to them")
        .isInstanceOf(NoSuchElementException.class);
    desk.route(fx.staff("casemgmt"), id);
    assertThatThrownBy(() -> desk.route(fx.staff("casemgmt"), id))
        .isInstanceOf(IllegalStateException.class);
    MockHttpSession handler = StaffLogin.login(mvc, "handler");
    String page = "/console/lawyers/requests/" + id;
    mvc.perform(get("/console/tasks").session(handler))
        .andExpect(content().string(Matchers.containsString(page)));
    mvc.perform(
            post(page + "/decide")
                .session(handler)
                .with(csrf())
                .param("outcome", "GRANTED")
                .param("reasonText", "同意于下周二上午听取意见"))
        .andExpect(status().is3xxRedirection());
    assertThat(requests.one(lawyer, id).status()).isEqualTo(RequestStatus.GRANTED);
    assertThat(requests.one(lawyer, id).decidedBy()).isEqualTo("handler");
    mvc.perform(get("/console/tasks").session(handler))
        .andExpect(content().string(Matchers.not(Matchers.containsString(page))));
  }

  @Test
  void aHundredMegabyteLicenceOrAFakePdfIsRefusedOnThePageAndNothingIsWritten() throws Exception {
    long applicant = grants.applicantFor("13911112299");
    MockHttpSession session = signIn(applicant);
    MockMultipartFile huge =
        new MockMultipartFile(
            "licence", "licence.pdf", "application/pdf", new byte[100 * 1024 * 1024]);
    mvc.perform(
            multipart("/lawyers/me/profile")
                .file(huge)
                .session(session)
                .with(csrf())
                .param("name", "午律师")
                .param("idNumber", "140105198001011299")
                .param("licenceNo", "11401201012349999")
                .param("lawFirm", "山西测试律师事务所")
                .param("unitId", String.valueOf(fx.staff("casemgmt").unitId())))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("文件超过 10 MB")));
    MockMultipartFile fake =
        new MockMultipartFile(
            "licence", "licence.pdf", "application/pdf", "%PDF-1.4 a picture renamed".getBytes());
    mvc.perform(
            multipart("/lawyers/me/profile")
                .file(fake)
                .session(session)
                .with(csrf())
                .param("name", "午律师")
                .param("idNumber", "140105198001011299")
                .param("licenceNo", "11401201012349999")
                .param("lawFirm", "山西测试律师事务所")
                .param("unitId", String.valueOf(fx.staff("casemgmt").unitId())))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("不是有效的 PDF 或图片")));
    assertThat(
            jdbc.sql("select count(*) from lawyer where applicant_id = ?")
                .param(applicant)
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void theLawyerPagesRenderForTheirRolesAndOnlyForThem() throws Exception {
    mvc.perform(get("/lawyers"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("第四十九条")));
    mvc.perform(get("/lawyers/me")).andExpect(status().is3xxRedirection());
    MockHttpSession cm = StaffLogin.login(mvc, "casemgmt");
    for (String page :
        List.of(
            "/console/lawyers",
            "/console/lawyers/accounts",
            "/console/lawyers/figures?month=nonsense")) {
      mvc.perform(get(page).session(cm)).andExpect(status().isOk());
    }
    mvc.perform(get("/console/lawyers/complaints").session(cm)).andExpect(status().isForbidden());
    MockHttpSession deputy = StaffLogin.login(mvc, "deputy");
    mvc.perform(get("/console/lawyers/complaints").session(deputy)).andExpect(status().isOk());
    mvc.perform(get("/console/lawyers/accounts").session(deputy)).andExpect(status().isForbidden());
  }
}
