package org.sunshine.platform.petitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.sunshine.platform.access.LawyerGrants;
import org.sunshine.platform.documents.DocumentFixtures;
import org.sunshine.platform.notifications.Notifications;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.StaffAccounts;
import org.sunshine.platform.organisation.StaffIdentity;
import org.sunshine.platform.support.PlatformTest;
import org.sunshine.platform.support.StaffLogin;

/** The hall's other windows: 行贿犯罪档案查询 with a verifiable letter, and leaders' receptions. */
@PlatformTest
class HallServicesTest {

  @Autowired BriberyChecks checks;
  @Autowired BriberyProposals proposals;
  @Autowired DocumentFixtures cases;
  @Autowired Receptions receptions;
  @Autowired PetitionQueries queries;
  @Autowired StaffAccounts accounts;
  @Autowired Directory directory;
  @Autowired MockMvc mvc;
  @Autowired LawyerGrants applicants;
  @Autowired Notifications notifications;
  @Autowired JdbcClient jdbc;

  StaffIdentity staff(String username) {
    return accounts.identity(username).orElseThrow();
  }

  /** A real applicant: the answer is announced to them. */
  long applicant(String mobile) {
    return applicants.applicantFor(mobile);
  }

  long unit(String code) {
    return directory.findByCode(code).orElseThrow().id();
  }

  @Test
  void aBriberyCheckIsAnsweredWithALetterWhoseCodeAnyoneCanVerify() throws Exception {
    long id =
        checks.request(
            applicant("13900099001"), unit("140105"), "山西某建设有限公司", "山西某建设有限公司、王某", "工程招投标");
    BriberyRecordCheck asked = checks.find(id).orElseThrow();
    assertThat(asked.dueOn).isAfter(asked.receivedOn);
    checks.answer(staff("kongshen"), id, false, null);
    BriberyRecordCheck answered = checks.find(id).orElseThrow();
    assertThat(answered.verificationCode).matches("XH[0-9A-Z]{10}");
    assertThat(checks.letter(answered))
        .contains("未发现")
        .contains("行贿罪、单位行贿罪、对单位行贿罪、介绍贿赂罪")
        .contains(answered.verificationCode);
    assertThatThrownBy(() -> checks.answer(staff("kongshen"), id, true, "改判"))
        .isInstanceOf(IllegalStateException.class);
    assertThat(notifications.inbox("applicant:" + answered.applicantId, 10))
        .as("the applicant is told there is an answer, and not what it is")
        .singleElement()
        .satisfies(e -> assertThat(e.body()).contains("已答复").doesNotContain("王某"));
    String page =
        mvc.perform(
                get("/bribery-checks/verify")
                    .param("code", answered.verificationCode.toLowerCase()))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("验证码有效").contains("山西某建设有限公司、王某").contains("未发现行贿犯罪记录");
    String forged =
        mvc.perform(get("/bribery-checks/verify").param("code", "XH0000000000"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(forged).contains("没有找到").doesNotContain("验证码有效");
  }

  @Test
  void aUnitThatNoLongerOffersBriberyChecksRefusesThem() {
    assertThatThrownBy(
            () -> checks.request(applicant("13900099002"), unit("140106"), "某公司", "某公司", "投标"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("裁判文书");
  }

  @Test
  void aFoundConvictionMustBeNamed() {
    long id = checks.request(applicant("13900099003"), unit("140105"), "某公司", "李某", "资质审批");
    assertThatThrownBy(() -> checks.answer(staff("kongshen"), id, true, " "))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aNameWithABriberyConvictionInTheRecordsIsProposedAsFoundAndANameWithoutAsNone()
      throws Exception {
    String briber = "郝建" + System.nanoTime() % 100_000;
    String bribed = "林清" + System.nanoTime() % 100_000;
    cases.aCaseWith("单位行贿罪", briber + ":DEFENDANT");
    // 受贿罪 is the other side of the bargain, not a bribery record.
    cases.aCaseWith("受贿罪", bribed + ":DEFENDANT");
    long withRecord =
        checks.request(
            applicant("13900099004"), unit("140105"), "山西某建设有限公司", "山西某建设有限公司、" + briber, "工程招投标");
    long without =
        checks.request(applicant("13900099005"), unit("140105"), "山西某建设有限公司", bribed, "工程招投标");

    BriberyProposals.Proposal found = proposals.propose(staff("kongshen"), withRecord);
    assertThat(found.found()).isTrue();
    assertThat(found.convictions()).extracting(c -> c.name()).containsExactly(briber);
    assertThat(found.finding()).contains(briber).contains("单位行贿罪").contains("生效");
    BriberyProposals.Proposal none = proposals.propose(staff("kongshen"), without);
    assertThat(none.found()).isFalse();
    assertThat(none.convictions()).isEmpty();
    assertThatThrownBy(() -> proposals.propose(staff("handler"), withRecord))
        .isInstanceOf(AccessDeniedException.class);

    // The console shows it to the officer as a proposal on the answer form.
    MockHttpSession office = StaffLogin.login(mvc, "kongshen");
    String console =
        mvc.perform(get("/console/petitions/bribery-checks").session(office))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(console).contains("系统核查").contains(briber + "：").contains("未查到行贿");
    assertThat(checks.find(withRecord).orElseThrow().state)
        .isEqualTo(BriberyRecordCheck.State.REQUESTED);

    // The officer confirms the proposal; only then is the letter issued, stating it.
    checks.answer(staff("kongshen"), withRecord, found.found(), found.finding());
    assertThat(checks.letter(checks.find(withRecord).orElseThrow()))
        .contains("有以下行贿犯罪记录")
        .contains(briber);
  }

  NewPetition visit(long unit) {
    return new NewPetition(
        unit,
        PetitionKind.ACCUSATION,
        PetitionChannel.RECEPTION,
        "接访",
        "反映拆迁补偿问题。",
        null,
        false,
        false,
        "周某",
        "13655556666",
        null,
        null,
        null,
        null,
        null,
        null,
        List.of());
  }

  @Test
  void aBookedVideoReceptionIsAMatterOnTheSameClocksWithAMeetingLink() {
    long xiaodian = unit("140105");
    long day =
        receptions.publish(
            staff("kongshen"),
            LocalDate.now().plusDays(5),
            LocalTime.of(9, 0),
            LocalTime.of(11, 0),
            "张正平检察长",
            1,
            true);
    var booking = receptions.book(9101, "13655556666", day, visit(xiaodian));
    assertThat(booking.meetingLink()).startsWith("https://video.example.cn/room/");
    PetitionView matter = queries.view(staff("kongshen"), booking.petitionId());
    assertThat(matter.channel()).isEqualTo(PetitionChannel.RECEPTION);
    assertThat(matter.deadlines()).extracting(Deadline::clock).contains(Deadline.Clock.PROCEDURAL);
    assertThatThrownBy(() -> receptions.book(9102, "13655557777", day, visit(xiaodian)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("已满");
  }

  @Test
  void theUnitsOfficeSeesWhoHoldsEachReceptionSeatAndTheLookIsAudited() throws Exception {
    long day =
        receptions.publish(
            staff("kongshen"),
            LocalDate.now().plusDays(7),
            LocalTime.of(14, 0),
            LocalTime.of(16, 0),
            "陈立新副检察长",
            2,
            false);
    var booking = receptions.book(9111, "13655558888", day, visit(unit("140105")));

    MockHttpSession office = StaffLogin.login(mvc, "kongshen");
    String page =
        mvc.perform(get("/console/petitions/receptions/" + day).session(office))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains(booking.queryCode()).contains("周某").contains("已预约");
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_entry where action = 'VIEW_RECEPTION_BOOKINGS'"
                        + " and subject_id = ? and actor = 'kongshen'")
                .param(Long.toString(day))
                .query(Long.class)
                .single())
        .isEqualTo(1);
    assertThat(
            mvc.perform(
                    get("/console/petitions/receptions/" + day)
                        .session(StaffLogin.login(mvc, "handler")))
                .andReturn()
                .getResponse()
                .getStatus())
        .as("not the office: no names")
        .isEqualTo(403);
  }

  @Test
  void aReceptionDayInThePastIsRefused() {
    assertThatThrownBy(
            () ->
                receptions.publish(
                    staff("kongshen"),
                    LocalDate.now().minusDays(1),
                    LocalTime.of(9, 0),
                    LocalTime.of(11, 0),
                    "刘振华副检察长",
                    5,
                    false))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                receptions.publish(
                    staff("handler"),
                    LocalDate.now().plusDays(1),
                    LocalTime.of(9, 0),
                    LocalTime.of(11, 0),
                    "刘振华副检察长",
                    5,
                    false))
        .isInstanceOf(AccessDeniedException.class);
  }
}
