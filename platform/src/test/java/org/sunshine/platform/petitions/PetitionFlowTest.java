package org.sunshine.platform.petitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.YearMonth;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.sunshine.platform.audit.AuditLog;
import org.sunshine.platform.notifications.Notifications;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.StaffAccounts;
import org.sunshine.platform.organisation.StaffIdentity;
import org.sunshine.platform.support.OneTimeCodes;
import org.sunshine.platform.support.PlatformTest;
import org.sunshine.platform.support.StaffLogin;

/** Petitions on real parts: filing, handling, replies, confidentiality. */
@PlatformTest
class PetitionFlowTest {

  private static final Pattern CODE = Pattern.compile("XF[0-9A-Z]{10}");
  private static final AtomicInteger ADDRESS = new AtomicInteger();
  // Numbers no other test or demo record uses: the suite shares one database.
  private static final AtomicInteger MOBILE = new AtomicInteger(51_930_000);

  @Autowired MockMvc mvc;
  @Autowired Petitions petitions;
  @Autowired PetitionQueries queries;
  @Autowired StaffAccounts accounts;
  @Autowired Directory directory;
  @Autowired AuditLog audit;
  @Autowired Notifications notifications;
  @Autowired JdbcClient jdbc;

  StaffIdentity staff(String username) {
    return accounts.identity(username).orElseThrow();
  }

  long xiaodian() {
    return directory.findByCode("140105").orElseThrow().id();
  }

  /** Each test files from its own address, so the per-address limit is the 429 test's alone. */
  static RequestPostProcessor from(String address) {
    return r -> {
      r.setRemoteAddr(address);
      return r;
    };
  }

  static String freshAddress() {
    return "10.19.0." + ADDRESS.incrementAndGet();
  }

  NewPetition letter(PetitionKind kind, LocalDate received, String mobile) {
    return new NewPetition(
        xiaodian(),
        kind,
        PetitionChannel.LETTER,
        "反映邻居非法经营",
        "本人反映某商店长期销售假冒商品，请依法处理。",
        "晋小检刑诉[2026]12号",
        false,
        false,
        "王秀英",
        mobile,
        "140105196001011234",
        "太原市小店区平阳路 1 号",
        null,
        null,
        null,
        received,
        List.of());
  }

  long count(String table) {
    return jdbc.sql("select count(*) from " + table).query(Long.class).single();
  }

  @Test
  void aLetterGetsAProceduralReplyWithinSevenDays() {
    String mobile = "137" + String.format("%08d", MOBILE.incrementAndGet());
    LocalDate received = LocalDate.now().minusDays(3);
    Receipt r =
        petitions.register(staff("kongshen"), letter(PetitionKind.ACCUSATION, received, mobile));
    PetitionView before = queries.view(staff("kongshen"), r.id());
    Deadline procedural = before.deadlines().get(0);
    assertThat(procedural.clock()).isEqualTo(Deadline.Clock.PROCEDURAL);
    assertThat(procedural.due()).isAfterOrEqualTo(received.plusDays(7));
    petitions.accept(staff("kongshen"), r.id());
    PetitionView after = queries.view(staff("kongshen"), r.id());
    assertThat(after.deadlines().get(0).metInTime()).isTrue();
    assertThat(after.replies()).singleElement().satisfies(x -> assertThat(x.body()).contains("受理"));
    // The SMS tells that a reply exists, never what the matter is.
    String sms =
        jdbc.sql("select body from notification where address = ? and channel = 'SMS'")
            .param(mobile)
            .query(String.class)
            .single();
    assertThat(sms).contains("答复").doesNotContain("假冒").doesNotContain("控告");
  }

  @Test
  void theClockRestartsWhenTheMissingMaterialArrives() {
    LocalDate received = LocalDate.now().minusDays(20);
    Receipt r =
        petitions.register(
            staff("kongshen"), letter(PetitionKind.CRIMINAL_PETITION, received, null));
    assertThat(queries.view(staff("kongshen"), r.id()).overdue(LocalDate.now())).isTrue();
    petitions.askForMaterial(staff("kongshen"), r.id(), "原审判决书复印件");
    assertThat(queries.view(staff("kongshen"), r.id()).deadlines()).isEmpty();
    LocalDate complete = LocalDate.now().minusDays(1);
    petitions.materialComplete(staff("kongshen"), r.id(), complete);
    PetitionView v = queries.view(staff("kongshen"), r.id());
    assertThat(v.overdue(LocalDate.now())).isFalse();
    assertThat(v.deadlines().get(0).due()).isAfterOrEqualTo(complete.plusDays(7));
    assertThat(v.deadlines().get(0).steps())
        .extracting(Deadline.Step::key)
        .contains("petitions.deadline.complete");
  }

  @Test
  void anAnonymousReporterReadsTheReplyOnlyWithCodeAndPassword() throws Exception {
    String address = freshAddress();
    String page =
        mvc.perform(
                multipart("/petitions/report")
                    .param("unitId", String.valueOf(xiaodian()))
                    .param("kind", "REPORT")
                    .param("text", "某所长收受工程老板财物。")
                    .param("password", "secret-42")
                    .with(csrf())
                    .with(from(address)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    Matcher m = CODE.matcher(page);
    assertThat(m.find()).isTrue();
    String code = m.group();
    long id =
        jdbc.sql("select id from petition where query_code = ?")
            .param(code)
            .query(Long.class)
            .single();
    assertThat(
            jdbc.sql("select count(*) from petitioner where petition_id = ?")
                .param(id)
                .query(Long.class)
                .single())
        .isZero();
    petitions.accept(staff("kongshen"), id);
    String withoutPassword = track(code, "", address);
    String wrongPassword = track(code, "secret-43", address);
    String both = track(code, "secret-42", address);
    assertThat(withoutPassword).doesNotContain("已由本院受理").contains("查询码或密码不正确");
    assertThat(wrongPassword).doesNotContain("已由本院受理");
    assertThat(both).contains("已由本院受理");
  }

  @Test
  void aQueryCodeIsLockedAfterFiveWrongPasswordsEvenTriedFromManyAddresses() throws Exception {
    String page =
        mvc.perform(
                multipart("/petitions/report")
                    .param("unitId", String.valueOf(xiaodian()))
                    .param("kind", "REPORT")
                    .param("text", "某站长收受运输老板财物。")
                    .param("password", "secret-51")
                    .with(csrf())
                    .with(from(freshAddress())))
            .andReturn()
            .getResponse()
            .getContentAsString();
    Matcher m = CODE.matcher(page);
    assertThat(m.find()).isTrue();
    String code = m.group();
    String refused = "查询码或密码不正确";
    assertThat(track(code, "secret-51", freshAddress())).doesNotContain(refused);
    for (int i = 0; i < 5; i++) {
      assertThat(track(code, "guess-" + i, freshAddress())).contains(refused);
    }
    assertThat(track(code, "secret-51", freshAddress()))
        .as("locked for half an hour: the right password is answered like a wrong one")
        .contains(refused);
  }

  private String track(String code, String password, String address) throws Exception {
    return mvc.perform(
            post("/petitions/track")
                .param("code", code)
                .param("password", password)
                .with(csrf())
                .with(from(address)))
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  @Test
  void anAnonymousReportIsToldNothingBySmsOrInbox() {
    NewPetition anonymous =
        new NewPetition(
            xiaodian(),
            PetitionKind.REPORT,
            PetitionChannel.PHONE,
            null,
            "举报某干警酒驾。",
            null,
            true,
            true,
            null,
            null,
            null,
            null,
            "pass-word",
            null,
            null,
            null,
            List.of());
    Receipt r = petitions.register(staff("kongshen"), anonymous);
    long before = count("notification");
    petitions.accept(staff("kongshen"), r.id());
    assertThat(count("notification")).isEqualTo(before);
  }

  @Test
  void theReportersIdentityIsSeenOnlyByThePetitionsOfficeAndEveryLookIsAudited() throws Exception {
    NewPetition p = letter(PetitionKind.REPORT, LocalDate.now(), "13700001111");
    Receipt r = petitions.register(staff("kongshen"), p);
    petitions.accept(staff("kongshen"), r.id());
    petitions.assign(staff("kongshen"), r.id(), staff("handler").departmentId());
    assertThat(queries.petitioner(staff("handler"), r.id())).isEmpty();
    assertThat(queries.petitioner(staff("kongshen"), r.id()).orElseThrow().name()).isEqualTo("王秀英");
    assertThat(audit.about(Petitions.SUBJECT, String.valueOf(r.id())))
        .filteredOn(a -> a.action().equals("VIEW_PETITIONER"))
        .singleElement()
        .satisfies(a -> assertThat(a.actor()).isEqualTo("kongshen"));
    MockHttpSession handler = StaffLogin.login(mvc, "handler");
    String page =
        mvc.perform(get("/console/petitions/" + r.id()).param("identity", "true").session(handler))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("反映邻居非法经营").doesNotContain("王秀英").doesNotContain("13700001111");
    // The queue's export is the same rows without any identity.
    String stats = petitions.statistics(xiaodian(), YearMonth.now()).toString();
    assertThat(stats).doesNotContain("王秀英");
  }

  @Test
  void aStaffMemberOfAnotherUnitCannotSeeTheMatter() {
    Receipt r =
        petitions.register(
            staff("kongshen"), letter(PetitionKind.ACCUSATION, LocalDate.now(), null));
    assertThatThrownBy(() -> queries.view(staff("casemgmt"), r.id()))
        .isInstanceOf(NoSuchElementException.class);
    assertThatThrownBy(() -> petitions.accept(staff("handler"), r.id()))
        .isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void aMatterHeldByOneOfficerIsRefusedToAnother() {
    Receipt r =
        petitions.register(
            staff("kongshen"), letter(PetitionKind.ACCUSATION, LocalDate.now(), null));
    petitions.hold(staff("kongshen"), r.id(), true);
    StaffIdentity other = staff("kongshen");
    StaffIdentity second =
        new StaffIdentity(
            other.accountId() + 1000,
            "kongshen.second",
            "第二人",
            other.unitId(),
            other.departmentId(),
            other.roles(),
            other.dataScope(),
            true);
    assertThatThrownBy(() -> petitions.accept(second, r.id()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("kongshen");
  }

  @Test
  void aMatterGoesThroughEveryStepAndCanBeReopenedOnAppeal() {
    Receipt r =
        petitions.register(
            staff("kongshen"), letter(PetitionKind.STATE_COMPENSATION, LocalDate.now(), null));
    petitions.accept(staff("kongshen"), r.id());
    petitions.assign(staff("kongshen"), r.id(), staff("handler").departmentId());
    petitions.progress(staff("handler"), r.id(), "已调取相关案卷，正在审查。");
    petitions.result(staff("handler"), r.id(), Outcome.NOT_UPHELD, "经审查，不符合国家赔偿条件。");
    assertThatThrownBy(() -> petitions.close(staff("handler"), r.id()))
        .isInstanceOf(AccessDeniedException.class);
    petitions.close(staff("kongshen"), r.id());
    assertThatThrownBy(() -> petitions.progress(staff("handler"), r.id(), "再次答复"))
        .isInstanceOf(IllegalStateException.class);
    petitions.reopen(staff("kongshen"), r.id(), "申请人不服，提出复议");
    PetitionView v = queries.view(staff("kongshen"), r.id());
    assertThat(v.state()).isEqualTo(PetitionState.REGISTERED);
    assertThat(v.round()).isEqualTo(2);
    assertThat(v.replies()).hasSize(3);
  }

  @Test
  void aTransferNamesTheUnitAndAReferralSaysWhereToGo() {
    Receipt a =
        petitions.register(staff("kongshen"), letter(PetitionKind.OTHER, LocalDate.now(), null));
    petitions.refer(staff("kongshen"), a.id(), "太原市小店区人民法院");
    assertThat(queries.view(staff("kongshen"), a.id()).replies().get(0).body())
        .contains("太原市小店区人民法院");
    Receipt b =
        petitions.register(staff("kongshen"), letter(PetitionKind.OTHER, LocalDate.now(), null));
    long taiyuan = directory.findByCode("140100").orElseThrow().id();
    petitions.transfer(staff("kongshen"), b.id(), taiyuan);
    assertThat(queries.view(staff("kongshen"), b.id()).state())
        .isEqualTo(PetitionState.TRANSFERRED);
    // 第一百六十一条: the receiving unit's 控申 has it, registered afresh with the record.
    Long taken =
        jdbc.sql("select max(id) from petition where unit_id = ? and body = ?")
            .params(taiyuan, "本人反映某商店长期销售假冒商品，请依法处理。")
            .query(Long.class)
            .single();
    assertThat(taken).as("registered at the receiving unit").isNotNull();
    assertThat(taken).isNotEqualTo(b.id());
  }

  @Test
  void aLateNonProsecutionAppealIsRegisteredAsAnOrdinaryPetition() {
    NewPetition late =
        new NewPetition(
            xiaodian(),
            PetitionKind.NON_PROSECUTION_APPEAL,
            PetitionChannel.VISIT,
            null,
            "不服不起诉决定。",
            null,
            false,
            false,
            "李秀兰",
            null,
            null,
            null,
            null,
            LocalDate.now().minusDays(30),
            null,
            null,
            List.of());
    Receipt r = petitions.register(staff("kongshen"), late);
    assertThat(queries.view(staff("kongshen"), r.id()).kind())
        .isEqualTo(PetitionKind.CRIMINAL_PETITION);
  }

  @Test
  void signedInPetitionersFollowTheirMattersAndReadRepliesAsPdf() throws Exception {
    String address = freshAddress();
    MockHttpSession session = signIn(address);
    String page =
        mvc.perform(
                multipart("/petitions/file")
                    .param("unitId", String.valueOf(xiaodian()))
                    .param("kind", "ACCUSATION")
                    .param("text", "控告某派出所违法扣押车辆。")
                    .param("name", "赵建军")
                    .param("caseNumber", "晋小检刑诉（2026）88号")
                    .session(session)
                    .with(csrf())
                    .with(from(address)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    Matcher m = CODE.matcher(page);
    assertThat(m.find()).isTrue();
    long id =
        jdbc.sql("select id from petition where query_code = ?")
            .param(m.group())
            .query(Long.class)
            .single();
    assertThat(
            jdbc.sql("select case_number from petition where id = ?")
                .param(id)
                .query(String.class)
                .single())
        .isEqualTo("晋小检刑诉〔2026〕88号");
    petitions.accept(staff("kongshen"), id);
    String mine =
        mvc.perform(get("/petitions/mine/" + id).session(session))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(mine).contains("已由本院受理");
    long reply = queries.view(staff("kongshen"), id).replies().get(0).id();
    var pdf =
        mvc.perform(get("/petitions/replies/" + reply + ".pdf").session(session))
            .andReturn()
            .getResponse();
    assertThat(pdf.getContentType()).isEqualTo("application/pdf");
    assertThat(new String(pdf.getContentAsByteArray(), 0, 5)).isEqualTo("%PDF-");
    assertThat(
            mvc.perform(get("/petitions/replies/" + reply + ".pdf"))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(404);
  }

  MockHttpSession signIn(String address) throws Exception {
    String mobile = "136" + String.format("%08d", MOBILE.incrementAndGet());
    MockHttpSession session = new MockHttpSession();
    mvc.perform(
        post("/petitions/code")
            .param("mobile", mobile)
            .session(session)
            .with(csrf())
            .with(from(address)));
    String code = OneTimeCodes.lastSentTo(jdbc, mobile);
    mvc.perform(
        post("/petitions/login")
            .param("mobile", mobile)
            .param("code", code)
            .session(session)
            .with(csrf())
            .with(from(address)));
    return session;
  }
}
