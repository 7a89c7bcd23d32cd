package org.sunshine.platform.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.sunshine.platform.support.StaffLogin.login;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.sunshine.platform.audit.AuditLog;
import org.sunshine.platform.cases.Cases;
import org.sunshine.platform.notifications.Notifications;
import org.sunshine.platform.publication.PublicationChannel;
import org.sunshine.platform.publication.Publications;
import org.sunshine.platform.publication.PublishedDocuments;
import org.sunshine.platform.publication.PublishedRevision;
import org.sunshine.platform.support.PlatformTest;
import org.sunshine.redaction.DocumentType;

/** Issue 15: a document approved before its publication condition waits, then publishes itself. */
@PlatformTest
class ConditionalPublicationTest {

  @Autowired DocumentFixtures fx;
  @Autowired Documents documents;
  @Autowired DocumentWorkflow workflow;
  @Autowired PublishedDocuments published;
  @Autowired Publications publications;
  @Autowired AuditLog audit;
  @Autowired MockMvc mvc;
  @Autowired ConditionalPublication sweep;
  @Autowired JdbcClient jdbc;
  @Autowired ApprovedPublication publisher;
  @Autowired Cases cases;
  @Autowired Notifications notifications;

  private DocumentView view(long id) {
    return documents.view(fx.staff("handler"), id);
  }

  private void approve(String username, long id) {
    workflow.decide(fx.staff(username), id, true, "同意", view(id).contentHash());
  }

  /** An indictment of a case without its judgment, through the whole chain. */
  private long approvedBeforeTheJudgment(long caseId) {
    long id = fx.anIndictment(caseId);
    workflow.submit(fx.staff("handler"), id);
    approve("depthead", id);
    approve("deputy", id);
    approve("casemgmt", id);
    return id;
  }

  private DocumentStatus status(long id) {
    return view(id).summary().status();
  }

  @Test
  void anIndictmentApprovedBeforeTheJudgmentWaitsAndPublishesWhenTheJudgmentArrives()
      throws Exception {
    long caseId = fx.aCase(false, false);
    long id = approvedBeforeTheJudgment(caseId);
    DocumentView waiting = view(id);
    assertThat(waiting.summary().status()).isEqualTo(DocumentStatus.APPROVED);
    assertThat(waiting.pendingApproval()).isNull();
    assertThat(published.find(id, PublicationChannel.INTERNET)).isEmpty();
    // Nothing public yet, so nothing to withdraw.
    assertThatThrownBy(() -> workflow.requestWithdrawal(fx.staff("handler"), id, "有误"))
        .isInstanceOf(IllegalStateException.class);

    LocalDate judged = LocalDate.now().minusDays(1);
    fx.partyEvent(caseId, "S1", "JUDGMENT_EFFECTIVE", judged);

    await().atMost(Duration.ofSeconds(15)).until(() -> status(id) == DocumentStatus.PUBLISHED);
    DocumentView v = view(id);
    assertThat(published.find(id, PublicationChannel.INTERNET).orElseThrow().text())
        .isEqualTo(waiting.redactedText());
    List<PublishedRevision> revisions = publications.revisions(id);
    assertThat(revisions)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.publishedBy()).isEqualTo("system");
              assertThat(r.textSha256()).isEqualTo(waiting.approvals().get(0).contentHash());
            });
    assertThat(v.summary().publishableFrom()).isEqualTo(judged);
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                audit.about(Documents.SUBJECT, String.valueOf(id)).stream()
                    .anyMatch(
                        a ->
                            a.action().equals("PUBLISH_ON_CONDITION")
                                && a.actor().equals("system")));
    // The event again (a re-sent import, a second listener run) publishes nothing twice.
    assertThat(publisher.whenConditionMet(id)).isFalse();
    assertThat(publications.revisions(id)).hasSize(1);
  }

  @Test
  void theConditionIsShownFromTheFirstStep() throws Exception {
    long caseId = fx.aCase(false, false);
    long id = fx.anIndictment(caseId);
    String notMet = "公开条件：法院判决、裁定生效后（尚未生效）";
    mvc.perform(get("/console/documents/" + id).session(login(mvc, "handler")))
        .andExpect(content().string(containsString(notMet)));
    workflow.submit(fx.staff("handler"), id);
    String number = view(id).summary().documentNumber();
    mvc.perform(get("/console/tasks").session(login(mvc, "depthead")))
        .andExpect(content().string(containsString(number)))
        .andExpect(content().string(containsString(notMet)));
    approve("depthead", id);
    approve("deputy", id);
    // 案管's button says what the click will do: approve, and publish only when the judgment is in.
    mvc.perform(get("/console/documents/" + id).session(login(mvc, "casemgmt")))
        .andExpect(content().string(containsString("审批通过（待公开条件满足后自动发布）")))
        .andExpect(content().string(not(containsString("复核通过并发布"))));

    LocalDate judged = LocalDate.now().minusDays(2);
    fx.partyEvent(caseId, "S1", "JUDGMENT_EFFECTIVE", judged);
    mvc.perform(get("/console/tasks").session(login(mvc, "casemgmt")))
        .andExpect(content().string(containsString("公开条件：法院判决、裁定生效后（已满足：" + judged + " 判决生效）")));
  }

  @Test
  void aWaitingDocumentCanStillBeWithheld() throws Exception {
    long caseId = fx.aCase(false, false);
    long id = approvedBeforeTheJudgment(caseId);
    assertThat(status(id)).isEqualTo(DocumentStatus.APPROVED);
    // Discretionary: the deputy chief's decision with a reason, as before approval.
    workflow.withhold(fx.staff("deputy"), id, WithholdingReason.PARTY_OBJECTION, "被害人书面申请，理由合法");
    assertThat(status(id)).isEqualTo(DocumentStatus.WITHHELD);

    fx.partyEvent(caseId, "S1", "JUDGMENT_EFFECTIVE", LocalDate.now().minusDays(1));
    assertThat(publisher.whenConditionMet(id)).isFalse();
    assertThat(status(id)).isEqualTo(DocumentStatus.WITHHELD);
    assertThat(published.find(id, PublicationChannel.INTERNET)).isEmpty();
  }

  @Test
  void aWaitingDocumentWhoseRecheckFailsGoesBackToTheHandlerAndIsNotPublished() throws Exception {
    long caseId = fx.aCase(false, false);
    long id = approvedBeforeTheJudgment(caseId);
    // Upstream marks the case secret in the same import that brings the judgment.
    String number = documents.view(fx.staff("handler"), id).summary().caseNumber();
    LocalDate accepted = LocalDate.now().minusDays(60);
    String record =
        String.format(
            "{\"record\":\"case\",\"caseNumber\":\"%s\",\"version\":2,\"unit\":\"140105\","
                + "\"caseType\":\"PROSECUTION_REVIEW\",\"charge\":\"盗窃罪\",\"acceptedOn\":\"%s\",\"secret\":true,"
                + "\"parties\":[{\"partyNo\":\"S1\",\"name\":\"张伟强\",\"role\":\"SUSPECT\","
                + "\"idNumber\":\"140105198503120018\",\"birthDate\":\"1985-03-12\"},"
                + "{\"partyNo\":\"V1\",\"name\":\"李秀兰\",\"role\":\"VICTIM\"},"
                + "{\"partyNo\":\"V2\",\"name\":\"张丽\",\"role\":\"VICTIM\"}]}",
            number, accepted);
    String judgment =
        String.format(
            "{\"record\":\"event\",\"caseNumber\":\"%s\",\"eventId\":\"J\",\"partyNo\":null,"
                + "\"type\":\"JUDGMENT_EFFECTIVE\",\"on\":\"%s\"}",
            number, LocalDate.now().minusDays(1));
    assertThat(cases.importSystemBatch(new StringReader(record + "\n" + judgment)).rejected())
        .isZero();

    await().atMost(Duration.ofSeconds(15)).until(() -> status(id) == DocumentStatus.DRAFT);
    assertThat(published.find(id, PublicationChannel.INTERNET)).isEmpty();
    assertThat(audit.about(Documents.SUBJECT, String.valueOf(id)))
        .anyMatch(a -> a.action().equals("PUBLISH_ON_CONDITION_BLOCKED"));
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                notifications.inbox("staff:handler", 20).stream()
                    .anyMatch(m -> m.link().equals("/console/documents/" + id)));
    // Back with the handler, who may now withhold it for the reason the law gives.
    workflow.withhold(fx.staff("handler"), id, WithholdingReason.STATE_SECRET, null);
    assertThat(status(id)).isEqualTo(DocumentStatus.WITHHELD);
  }

  @Test
  void theSweepPublishesADocumentApprovedJustAfterItsJudgmentsEventWasHandled() throws Exception {
    long caseId = fx.aCase(false, false);
    long id = approvedBeforeTheJudgment(caseId);
    assertThat(sweep.sweep()).isZero();
    assertThat(status(id)).isEqualTo(DocumentStatus.APPROVED);
    // The race: the judgment committed and its listener ran while 案管's approval was still open,
    // so no event is left to publish it (written here as the import left it, without an event).
    jdbc.sql(
            "insert into case_event (case_id, upstream_event_id, event_type, occurred_on, recorded_at)"
                + " values (?, 'race', 'JUDGMENT_EFFECTIVE', ?, now())")
        .params(caseId, LocalDate.now().minusDays(1))
        .update();
    assertThat(sweep.sweep()).isPositive();
    assertThat(status(id)).isEqualTo(DocumentStatus.PUBLISHED);
    assertThat(sweep.sweep()).isZero();
  }

  @Test
  void theWaitingTransitionsFailLoudlyWhereTheyDoNotApply() {
    LegalDocument inApproval = document(DocumentStatus.IN_APPROVAL);
    assertThatThrownBy(
            () ->
                inApproval.approveAwaitingCondition(
                    PublicationChannel.INTERNET, LocalDate.now(), List.of()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("应直接发布");
    assertThatThrownBy(
            () ->
                inApproval.approveAwaitingCondition(
                    PublicationChannel.INTERNET, null, List.of("案件涉及国家秘密")))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(
            () ->
                document(DocumentStatus.DRAFT)
                    .approveAwaitingCondition(PublicationChannel.INTERNET, null, List.of()))
        .isInstanceOf(IllegalStateException.class);
    LegalDocument waiting = document(DocumentStatus.APPROVED);
    assertThatThrownBy(() -> waiting.publish(PublicationChannel.INTERNET, null, List.of()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("判决、裁定生效");
    assertThatThrownBy(() -> waiting.withdraw("有误")).isInstanceOf(IllegalStateException.class);
    waiting.publish(PublicationChannel.INTERNET, LocalDate.now(), List.of());
    assertThat(waiting.status()).isEqualTo(DocumentStatus.PUBLISHED);
    assertThat(waiting.revision()).isEqualTo(1);
  }

  private static LegalDocument document(DocumentStatus status) {
    return new LegalDocument(
        new DocumentRows.DocumentRow(
            1,
            1,
            1,
            "晋小检刑诉〔2026〕1号",
            DocumentType.INDICTMENT,
            status,
            null,
            LocalDate.now(),
            false,
            "起诉书",
            "原文",
            "公开文本",
            "",
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            "handler",
            Instant.now(),
            0));
  }
}
