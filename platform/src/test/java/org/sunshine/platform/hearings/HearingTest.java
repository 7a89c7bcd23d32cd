package org.sunshine.platform.hearings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.sunshine.platform.access.LawyerGrants;
import org.sunshine.platform.audit.AuditLog;
import org.sunshine.platform.audit.AuditRecord;
import org.sunshine.platform.cases.Cases;
import org.sunshine.platform.documents.DocumentFixtures;
import org.sunshine.platform.infrastructure.ReplayableClock;
import org.sunshine.platform.organisation.DataScope;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.Role;
import org.sunshine.platform.organisation.StaffAccounts;
import org.sunshine.platform.organisation.StaffIdentity;
import org.sunshine.platform.support.OneTimeCodes;
import org.sunshine.platform.support.PlatformTest;
import org.sunshine.platform.support.StaffLogin;
import org.sunshine.platform.support.TestAccounts;

/** Public hearings: the random draw of 人民监督员, scope, public wording, observers and outcome. */
@PlatformTest
class HearingTest {

  private static final AtomicInteger MOBILES = new AtomicInteger();

  @Autowired Hearings hearings;
  @Autowired SupervisorRoster roster;
  @Autowired DocumentFixtures cases;
  @Autowired Cases caseRecords;
  @Autowired StaffAccounts accounts;
  @Autowired TestAccounts testAccounts;
  @Autowired Directory directory;
  @Autowired LawyerGrants applicants;
  @Autowired AuditLog audit;
  @Autowired JdbcClient db;
  @Autowired MockMvc mvc;
  @Autowired Clock clock;

  StaffIdentity staff(String username) {
    return accounts.identity(username).orElseThrow();
  }

  String mobile() {
    return String.format("1360%07d", 7_000_000 + MOBILES.incrementAndGet());
  }

  LocalDateTime inDays(int days) {
    return LocalDate.now(clock).plusDays(days).atTime(9, 30);
  }

  long hearing(String party, int supervisors, int seats) throws IOException {
    long caseId = cases.anOpenCase(party);
    return hearings.schedule(
        staff("handler"),
        new NewHearing(
            caseRecords.record(caseId).caseNumber(),
            HearingKind.HEARING,
            "刑事申诉案件公开听证",
            inDays(7),
            "小店区人民检察院听证室",
            seats > 0,
            seats,
            supervisors));
  }

  List<HearingRows.Seat> seats(long id) {
    return hearings.seats(staff("casemgmt"), id);
  }

  @Test
  void aSupervisorWithAConflictIsReplacedByAnotherDraw() throws IOException {
    StaffIdentity cm = staff("casemgmt");
    for (int i = 0; i < 4; i++) {
      roster.addSupervisor(cm, "监督员" + i, mobile(), "社区工作者");
    }
    long id = hearing("石磊", 3, 0);
    List<HearingRows.Seat> drawn = seats(id);
    assertThat(drawn).hasSize(3).allMatch(s -> s.state().equals("INVITED"));
    HearingRows.Seat conflicted = drawn.get(1);

    hearings.excuse(staff("handler"), id, conflicted.supervisorId(), "与申诉人系亲属");

    List<HearingRows.Seat> after = seats(id);
    assertThat(after.stream().filter(s -> s.state().equals("INVITED"))).hasSize(3);
    HearingRows.Seat replacement = after.get(after.size() - 1);
    assertThat(replacement.supervisorId())
        .isNotIn(drawn.stream().map(HearingRows.Seat::supervisorId).toList());
    assertThat(after)
        .filteredOn(s -> s.supervisorId() == conflicted.supervisorId())
        .singleElement()
        .satisfies(s -> assertThat(s.state()).isEqualTo("EXCUSED"));
    assertThat(
            db.sql(
                    "select count(*) from notification where template = 'hearing-supervisor-invited' and address = ?"
                        + " and idempotency_key like ?")
                .params(replacement.mobile(), "hearing-supervisor-invited:" + id + ":%")
                .query(Long.class)
                .single())
        .as("the replacement is invited by SMS")
        .isEqualTo(1);
    List<AuditRecord> draws =
        audit.about(Hearings.SUBJECT, Long.toString(id)).stream()
            .filter(e -> e.action().equals("DRAW_SUPERVISORS"))
            .toList();
    assertThat(draws).hasSize(2);
    assertThatThrownBy(() -> hearings.excuse(staff("handler"), id, conflicted.supervisorId(), "再次"))
        .as("an excused supervisor cannot be excused again");
  }

  @Test
  void everyDrawCanBeReplayedFromItsAuditedSeed() throws IOException {
    long id = hearing("韦强", 2, 0);
    AuditRecord draw =
        audit.about(Hearings.SUBJECT, Long.toString(id)).stream()
            .filter(e -> e.action().equals("DRAW_SUPERVISORS"))
            .findFirst()
            .orElseThrow();
    Matcher m =
        Pattern.compile("seed=(-?\\d+); pool=\\[([\\d, ]*)\\]; drawn=\\[([\\d, ]*)\\]")
            .matcher(draw.detail());
    assertThat(m.find()).as(draw.detail()).isTrue();
    List<Long> pool = ids(m.group(2));
    List<Long> drawn = ids(m.group(3));
    assertThat(SupervisorDraw.order(pool, Long.parseLong(m.group(1))).subList(0, drawn.size()))
        .isEqualTo(drawn);
    assertThat(seats(id))
        .extracting(HearingRows.Seat::supervisorId)
        .containsExactlyElementsOf(drawn);
  }

  private static List<Long> ids(String list) {
    return Arrays.stream(list.split(",\\s*")).filter(s -> !s.isBlank()).map(Long::valueOf).toList();
  }

  @Test
  void aSubjectNamingAPartyOrANumberIsNotSaved() throws IOException {
    long caseId = cases.anOpenCase("欧阳明辉");
    for (String subject :
        List.of(
            "欧阳明辉申诉案件公开听证", "身份证 140105198001011234 的申诉", "欧阳 明辉申诉案件公开听证", "联系电话１３８ ００１３ ８０００")) {
      assertThatThrownBy(
              () ->
                  hearings.schedule(
                      staff("handler"),
                      new NewHearing(
                          caseRecords.record(caseId).caseNumber(),
                          HearingKind.HEARING,
                          subject,
                          inDays(7),
                          "听证室",
                          false,
                          0,
                          0)))
          .hasMessageStartingWith("subject");
    }
    assertThat(hearings.inScope(staff("handler"))).noneMatch(h -> h.subject().contains("欧阳明辉"));
  }

  @Test
  void aCaseTheLawWithholdsHasNoPublicHearing() throws IOException {
    long minors = cases.aCase(false, true);
    assertThatThrownBy(
            () ->
                hearings.schedule(
                    staff("handler"),
                    new NewHearing(
                        caseRecords.record(minors).caseNumber(),
                        HearingKind.REVIEW,
                        "审查逮捕案件公开审查",
                        inDays(7),
                        "听证室",
                        true,
                        5,
                        0)))
        .hasMessageStartingWith("caseNumber");
  }

  @Test
  void anOutcomeNamingAPartyOrAPhoneIsNotPublishedAndAnUnannouncedHearingHasNone()
      throws IOException {
    long id = hearing("沈墨白", 0, 0);
    ReplayableClock.asOf(
        inDays(8).atZone(clock.getZone()).toInstant(),
        () ->
            assertThatThrownBy(() -> hearings.recordOutcome(staff("handler"), id, "听证结束"))
                .as("never announced: the public was never told of it")
                .isInstanceOf(IllegalStateException.class));
    hearings.announce(staff("handler"), id);
    ReplayableClock.asOf(
        inDays(8).atZone(clock.getZone()).toInstant(),
        () -> {
          for (String outcome : List.of("本院决定对沈墨白不起诉", "如有疑问请致电 139-0000-1234")) {
            assertThatThrownBy(() -> hearings.recordOutcome(staff("handler"), id, outcome))
                .hasMessageStartingWith("outcome");
          }
          hearings.recordOutcome(staff("handler"), id, "经公开听证，本院依法作出不起诉决定。");
        });
  }

  @Test
  void aCancelledHearingTellsItsSupervisorsAndObservers() throws IOException {
    StaffIdentity cm = staff("casemgmt");
    for (int i = 0; i < 2; i++) {
      roster.addSupervisor(cm, "取消测试监督员" + i, mobile(), "退休教师");
    }
    long id = hearing("郝云帆", 1, 5);
    hearings.announce(staff("handler"), id);
    HearingRows.Seat invited = seats(id).get(0);

    hearings.cancel(staff("handler"), id);

    assertThat(
            db.sql(
                    "select count(*) from notification where template = 'hearing-cancelled-supervisor'"
                        + " and address = ? and idempotency_key like ?")
                .params(invited.mobile(), "hearing-cancelled-supervisor:" + id + ":%")
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void aMobileIsOnTheRosterOnceAndEveryLookAtTheDrawnSupervisorsIsAudited() throws IOException {
    StaffIdentity cm = staff("casemgmt");
    String m = mobile();
    roster.addSupervisor(cm, "名册测试甲", m, "教师");
    assertThatThrownBy(() -> roster.addSupervisor(cm, "名册测试乙", m, "医生"))
        .hasMessageStartingWith("mobile");

    long id = hearing("尹书远", 0, 0);
    long before = audit.countByActor("casemgmt", "VIEW_HEARING_SUPERVISORS");
    seats(id);
    assertThat(audit.countByActor("casemgmt", "VIEW_HEARING_SUPERVISORS")).isEqualTo(before + 1);
  }

  @Test
  void aRefusedScheduleMarksItsFieldAndKeepsWhatWasChosen() throws Exception {
    long caseId = cases.anOpenCase("闻人逸");
    MockHttpSession session = StaffLogin.login(mvc, "handler");
    String page =
        mvc.perform(
                post("/console/hearings")
                    .session(session)
                    .with(csrf())
                    .param("caseNumber", caseRecords.record(caseId).caseNumber())
                    .param("kind", "REPLY")
                    .param("subject", "闻人逸申诉案件公开答复")
                    .param("startsAt", inDays(9).toString())
                    .param("place", "听证室")
                    .param("observerSeats", "0")
                    .param("supervisors", "0"))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(page)
        .contains("class=\"form-control is-invalid\" id=\"subject\"")
        .containsPattern("id=\"subject\"[^>]*aria-invalid=\"true\"")
        .containsPattern("value=\"REPLY\"[^>]*selected")
        .doesNotContainPattern("id=\"observersAdmitted\"[^>]*checked");
  }

  @Test
  void aCountySeesOnlyItsOwnHearings() throws IOException {
    long own = hearing("梁栋", 0, 0);
    String yingze = testAccounts.open("140106", Role.CASE_MANAGEMENT, DataScope.OWN_UNIT);
    long yingzeUnit = directory.findByCode("140106").orElseThrow().id();
    String number =
        caseRecords.allIds().stream()
            .map(caseRecords::record)
            .filter(c -> c.unitId() == yingzeUnit)
            .findFirst()
            .orElseThrow()
            .caseNumber();
    long theirs =
        hearings.schedule(
            staff(yingze),
            new NewHearing(
                number, HearingKind.REVIEW, "审查逮捕案件公开审查", inDays(9), "迎泽区人民检察院听证室", false, 0, 0));
    assertThat(hearings.inScope(staff("casemgmt")))
        .extracting(HearingView::id)
        .contains(own)
        .doesNotContain(theirs);
    assertThat(hearings.inScope(staff(yingze)))
        .extracting(HearingView::id)
        .contains(theirs)
        .doesNotContain(own);
    assertThatThrownBy(() -> hearings.get(staff("casemgmt"), theirs))
        .isInstanceOf(NoSuchElementException.class);
    String city =
        testAccounts.open("140100", Role.CASE_MANAGEMENT, DataScope.UNIT_AND_SUBORDINATES);
    assertThat(hearings.inScope(staff(city))).extracting(HearingView::id).contains(own, theirs);
    assertThatThrownBy(() -> hearings.announce(staff(city), theirs))
        .as("an upper unit sees a county's hearing but does not run it")
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () ->
                hearings.schedule(
                    staff("handler"),
                    new NewHearing(
                        number, HearingKind.REVIEW, "公开审查", inDays(9), "听证室", false, 0, 0)))
        .as("a case of another unit is unknown here")
        .hasMessageStartingWith("caseNumber");
  }

  @Test
  void observersAreAdmittedWithinTheSeatsAndTheOutcomeIsPublishedOnceHeld() throws Exception {
    long id = hearing("钟毅", 0, 1);
    long first = applicants.applicantFor(mobile());
    assertThatThrownBy(() -> hearings.observe(first, id, "林涛"))
        .as("not announced yet: nobody may apply")
        .isInstanceOf(NoSuchElementException.class);
    hearings.announce(staff("handler"), id);
    hearings.observe(first, id, "林涛");
    assertThatThrownBy(() -> hearings.observe(applicants.applicantFor(mobile()), id, "何静"))
        .hasMessageContaining("已满");
    String page =
        mvc.perform(get("/hearings/" + id)).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("刑事申诉案件公开听证").doesNotContain("钟毅");

    assertThatThrownBy(() -> hearings.recordOutcome(staff("handler"), id, "维持原决定"))
        .hasMessageContaining("尚未举行");
    ReplayableClock.asOf(
        inDays(7).plusHours(2).atZone(clock.getZone()).toInstant(),
        () -> hearings.recordOutcome(staff("handler"), id, "经公开听证，本院决定维持原不起诉决定。"));
    String held =
        mvc.perform(get("/hearings/" + id)).andReturn().getResponse().getContentAsString();
    assertThat(held).contains("经公开听证，本院决定维持原不起诉决定。").contains("已举行");
    assertThat(mvc.perform(get("/hearings")).andReturn().getResponse().getContentAsString())
        .contains("刑事申诉案件公开听证");
  }

  @Test
  void aSignedInVisitorAppliesToObserveOnThePublicPage() throws Exception {
    long id = hearing("蒋文", 0, 5);
    hearings.announce(staff("handler"), id);
    String mobile = mobile();
    MockHttpSession session = new MockHttpSession();
    var asked =
        mvc.perform(
                post("/hearings/" + id + "/observe")
                    .param("name", "彭丽")
                    .session(session)
                    .with(csrf()))
            .andReturn();
    assertThat(asked.getResponse().getRedirectedUrl()).isEqualTo("/open-days/sign-in");
    mvc.perform(post("/open-days/code").param("mobile", mobile).session(session).with(csrf()));
    var login =
        mvc.perform(
                post("/open-days/login")
                    .param("mobile", mobile)
                    .param("code", OneTimeCodes.lastSentTo(db, mobile))
                    .session(session)
                    .with(csrf()))
            .andReturn();
    assertThat(login.getResponse().getRedirectedUrl()).isEqualTo("/hearings/" + id);
    session = (MockHttpSession) login.getRequest().getSession();
    String page =
        mvc.perform(
                post("/hearings/" + id + "/observe")
                    .param("name", "彭丽")
                    .session(session)
                    .with(csrf()))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("旁听申请已登记");
    String again =
        mvc.perform(
                post("/hearings/" + id + "/observe")
                    .param("name", "彭丽")
                    .session(session)
                    .with(csrf()))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(again).contains("您已申请旁听该听证");
    assertThat(hearings.observers(staff("handler"), id))
        .singleElement()
        .satisfies(o -> assertThat(o.mobile()).isEqualTo(mobile));
    assertThat(audit.about(Hearings.SUBJECT, Long.toString(id)))
        .anySatisfy(e -> assertThat(e.action()).isEqualTo("VIEW_HEARING_OBSERVERS"));
  }
}
