package org.sunshine.platform.petitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.sunshine.platform.petitions.PetitionFlowTest.from;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.sunshine.platform.documents.DocumentFixtures;
import org.sunshine.platform.organisation.StaffAccounts;
import org.sunshine.platform.organisation.StaffIdentity;
import org.sunshine.platform.publication.PublicationChannel;
import org.sunshine.platform.publication.PublishedDocuments;
import org.sunshine.platform.support.OneTimeCodes;
import org.sunshine.platform.support.PlatformTest;

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
}
