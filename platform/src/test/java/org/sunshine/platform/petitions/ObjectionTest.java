package org.sunshine.platform.petitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.sunshine.platform.petitions.PetitionFlowTest.from;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.sunshine.platform.cases.Cases;
import org.sunshine.platform.documents.DocumentFixtures;
import org.sunshine.platform.documents.DocumentWorkflow;
import org.sunshine.platform.documents.WithholdingReason;
import org.sunshine.platform.organisation.StaffAccounts;
import org.sunshine.platform.organisation.StaffIdentity;
import org.sunshine.platform.publication.PublicationChannel;
import org.sunshine.platform.publication.PublishedDocuments;
import org.sunshine.platform.support.OneTimeCodes;
import org.sunshine.platform.support.PlatformTest;
import org.sunshine.platform.support.StaffLogin;

/**
 * 对公开提出异议 (row 17): from the document's page to 控申, to the publishing department, to an outcome.
 */
@PlatformTest
class ObjectionTest {

  private static final AtomicInteger MOBILE = new AtomicInteger();

  @Autowired MockMvc mvc;
  @Autowired DocumentFixtures fx;
  @Autowired PublishedDocuments published;
  @Autowired Petitions petitions;
  @Autowired PetitionQueries queries;
  @Autowired StaffAccounts accounts;
  @Autowired JdbcClient jdbc;
  @Autowired DocumentWorkflow workflow;
  @Autowired Cases cases;
  @Autowired PetitionIntake intake;

  StaffIdentity staff(String username) {
    return accounts.identity(username).orElseThrow();
  }

  long aPublishedDocument() throws Exception {
    long id = fx.anIndictment(fx.aCase(true, false));
    fx.submitAndApprove(id, "depthead", "deputy", "casemgmt");
    return id;
  }

  /** A signed-in person follows the link on the document's page and files the objection. */
  long objectTo(long documentId) throws Exception {
    String address = "10.17.0." + MOBILE.incrementAndGet();
    String page =
        mvc.perform(get("/documents/" + documentId)).andReturn().getResponse().getContentAsString();
    assertThat(page)
        .contains("对本文书公开有异议")
        .contains("/petitions/file?kind=DISCLOSURE_OBJECTION&amp;document=" + documentId);
    String mobile = "135" + String.format("%08d", MOBILE.get());
    MockHttpSession session = new MockHttpSession();
    mvc.perform(
        post("/petitions/code")
            .param("mobile", mobile)
            .session(session)
            .with(csrf())
            .with(from(address)));
    mvc.perform(
        post("/petitions/login")
            .param("mobile", mobile)
            .param("code", OneTimeCodes.lastSentTo(jdbc, mobile))
            .session(session)
            .with(csrf())
            .with(from(address)));
    mvc.perform(
        multipart("/petitions/file")
            .param("documentId", String.valueOf(documentId))
            .param("unitId", "0")
            .param("kind", "DISCLOSURE_OBJECTION")
            .param("name", "张某某")
            .param("text", "该文书公开了本人工作单位，足以识别本人身份，请求撤回。")
            .session(session)
            .with(csrf())
            .with(from(address)));
    return jdbc.sql("select id from petition where document_id = ? order by id desc limit 1")
        .param(documentId)
        .query(Long.class)
        .single();
  }

  @Test
  void anObjectionCanEndInAWithdrawal() throws Exception {
    long document = aPublishedDocument();
    long objection = objectTo(document);
    PetitionView filed = queries.view(staff("kongshen"), objection);
    assertThat(filed.kind()).isEqualTo(PetitionKind.DISCLOSURE_OBJECTION);
    assertThat(filed.unitId()).isEqualTo(fx.unitOf(document));
    petitions.accept(staff("kongshen"), objection);
    petitions.assign(staff("kongshen"), objection, staff("handler").departmentId());
    petitions.result(staff("handler"), objection, Outcome.WITHDRAW, "公开内容足以识别当事人以外人员身份，予以撤回");
    fx.approvePending(document, "depthead", "deputy", "casemgmt");
    assertThat(published.find(document, PublicationChannel.INTERNET).orElseThrow().withdrawn())
        .isTrue();
    assertThat(queries.view(staff("kongshen"), objection).outcome()).isEqualTo(Outcome.WITHDRAW);
  }

  @Test
  void anObjectionKeptLeavesTheDocumentUpAndAnOrdinaryOutcomeDoesNotFitIt() throws Exception {
    long document = aPublishedDocument();
    long objection = objectTo(document);
    petitions.accept(staff("kongshen"), objection);
    petitions.assign(staff("kongshen"), objection, staff("handler").departmentId());
    assertThatThrownBy(() -> petitions.result(staff("handler"), objection, Outcome.UPHELD, "属实"))
        .isInstanceOf(IllegalArgumentException.class);
    petitions.result(staff("handler"), objection, Outcome.KEEP, "已按规定屏蔽个人信息，维持公开");
    assertThat(published.find(document, PublicationChannel.INTERNET).orElseThrow().withdrawn())
        .isFalse();
  }

  @Test
  void anObjectionToAWithholdingReachesTheDepartmentAndItsOutcomeIsRecorded() throws Exception {
    long caseId = fx.aCase(true, false);
    long document = fx.anIndictment(caseId);
    workflow.withhold(staff("deputy"), document, WithholdingReason.OTHER_LAWFUL, "案件社会影响较大，暂不公开");
    String number = cases.record(caseId).caseNumber();

    // From the guide, a signed-in person files 应公开而未公开 naming unit, case number and type.
    String guide = mvc.perform(get("/guide")).andReturn().getResponse().getContentAsString();
    assertThat(guide).contains("/petitions/file?kind=DISCLOSURE_OBJECTION");
    MockHttpSession session = signedIn("10.17.1." + MOBILE.incrementAndGet());
    String form =
        mvc.perform(get("/petitions/file").param("kind", "DISCLOSURE_OBJECTION").session(session))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(form).contains("name=\"withheldType\"").contains("应公开而未公开");
    mvc.perform(
        multipart("/petitions/file")
            .param("unitId", String.valueOf(fx.unitOf(document)))
            .param("kind", "DISCLOSURE_OBJECTION")
            .param("withheldType", "INDICTMENT")
            .param("caseNumber", number.replace('〔', '[').replace('〕', ']'))
            .param("name", "王某某")
            .param("text", "该案判决已生效，起诉书应当公开而未公开，请求公开。")
            .session(session)
            .with(csrf())
            .with(from("10.17.1." + MOBILE.get())));
    long objection =
        jdbc.sql(
                "select id from petition where withheld_type = 'INDICTMENT' and case_number = ?"
                    + " order by id desc limit 1")
            .param(number)
            .query(Long.class)
            .single();

    PetitionView filed = queries.view(staff("kongshen"), objection);
    assertThat(filed.kind()).isEqualTo(PetitionKind.DISCLOSURE_OBJECTION);
    assertThat(filed.withheldType()).isEqualTo("INDICTMENT");
    assertThat(filed.unitId()).isEqualTo(fx.unitOf(document));
    assertThat(filed.outcomes())
        .containsExactlyInAnyOrder(Outcome.REVIEW_PUBLICATION, Outcome.KEEP_WITHHELD);
    String console =
        mvc.perform(
                get("/console/petitions/" + objection).session(StaffLogin.login(mvc, "kongshen")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(console).contains("应公开而未公开").contains("起诉书");
    petitions.accept(staff("kongshen"), objection);
    petitions.assign(staff("kongshen"), objection, staff("handler").departmentId());
    String department =
        mvc.perform(
                get("/console/petitions/" + objection).session(StaffLogin.login(mvc, "handler")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(department)
        .contains("value=\"REVIEW_PUBLICATION\"")
        .contains("value=\"KEEP_WITHHELD\"")
        .doesNotContain("value=\"WITHDRAW\"");
    // A publication's outcomes do not fit a withholding.
    assertThatThrownBy(() -> petitions.result(staff("handler"), objection, Outcome.KEEP, "维持"))
        .isInstanceOf(IllegalArgumentException.class);
    petitions.result(
        staff("handler"), objection, Outcome.REVIEW_PUBLICATION, "判决已生效，不公开理由已消除，重新审查公开");

    PetitionView answered = queries.view(staff("kongshen"), objection);
    assertThat(answered.outcome()).isEqualTo(Outcome.REVIEW_PUBLICATION);
    assertThat(answered.replies()).anyMatch(r -> r.body().contains("重新启动公开审查"));
    // The withholding is set aside: the document goes through its chain again and is published.
    assertThat(published.find(document, PublicationChannel.INTERNET)).isEmpty();
    fx.submitAndApprove(document, "depthead", "deputy", "casemgmt");
    assertThat(published.find(document, PublicationChannel.INTERNET)).isPresent();
  }

  @Test
  void anObjectionToAWithholdingMayKeepItAndNeedsTheCaseAndType() throws Exception {
    long caseId = fx.aCase(true, false);
    long document = fx.anIndictment(caseId);
    workflow.withhold(staff("deputy"), document, WithholdingReason.PERSONAL_PRIVACY, "涉及被害人隐私");
    String number = cases.record(caseId).caseNumber();
    long unit = fx.unitOf(document);
    assertThatThrownBy(
            () -> intake.take(withheld(unit, null, "INDICTMENT"), 9201L, "applicant:9201"))
        .hasMessageStartingWith("caseNumber:");
    assertThatThrownBy(() -> intake.take(withheld(unit, number, null), 9201L, "applicant:9201"))
        .hasMessageStartingWith("withheldType:");
    long objection =
        intake.take(withheld(unit, number, "INDICTMENT"), 9201L, "applicant:9201").id();
    petitions.accept(staff("kongshen"), objection);
    petitions.assign(staff("kongshen"), objection, staff("handler").departmentId());
    petitions.result(staff("handler"), objection, Outcome.KEEP_WITHHELD, "涉及被害人隐私，依法不公开");
    assertThat(queries.view(staff("kongshen"), objection).outcome())
        .isEqualTo(Outcome.KEEP_WITHHELD);
    // Still withheld: a submission is refused because the document is no draft.
    assertThatThrownBy(() -> workflow.submit(staff("handler"), document))
        .isInstanceOf(IllegalStateException.class);
  }

  static NewPetition withheld(long unit, String caseNumber, String type) {
    return new NewPetition(
        unit,
        PetitionKind.DISCLOSURE_OBJECTION,
        PetitionChannel.ONLINE,
        null,
        "该案起诉书应公开而未公开。",
        caseNumber,
        false,
        false,
        "赵某",
        "13500009999",
        null,
        null,
        null,
        null,
        null,
        null,
        List.of(),
        type);
  }

  MockHttpSession signedIn(String address) throws Exception {
    String mobile = "136" + String.format("%08d", MOBILE.get());
    MockHttpSession session = new MockHttpSession();
    mvc.perform(
        post("/petitions/code")
            .param("mobile", mobile)
            .session(session)
            .with(csrf())
            .with(from(address)));
    mvc.perform(
        post("/petitions/login")
            .param("mobile", mobile)
            .param("code", OneTimeCodes.lastSentTo(jdbc, mobile))
            .session(session)
            .with(csrf())
            .with(from(address)));
    return session;
  }
}
