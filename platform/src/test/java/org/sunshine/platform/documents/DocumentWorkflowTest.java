package org.sunshine.platform.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.sunshine.platform.approval.ApprovalStatus;
import org.sunshine.platform.audit.AuditLog;
import org.sunshine.platform.organisation.DataScope;
import org.sunshine.platform.organisation.Role;
import org.sunshine.platform.organisation.StaffIdentity;
import org.sunshine.platform.publication.PublicDocumentView;
import org.sunshine.platform.publication.PublicationChannel;
import org.sunshine.platform.publication.PublishedDocuments;
import org.sunshine.platform.support.PlatformTest;
import org.sunshine.platform.support.TestAccounts;

@PlatformTest
class DocumentWorkflowTest {

  @Autowired DocumentFixtures fx;
  @Autowired Documents documents;
  @Autowired DocumentReview review;
  @Autowired DocumentWorkflow workflow;
  @Autowired PublishedDocuments published;
  @Autowired AuditLog audit;
  @Autowired JdbcClient jdbc;
  @Autowired TestAccounts accounts;

  private StaffIdentity staff(String username) {
    return fx.staff(username);
  }

  private DocumentView view(long id) {
    return documents.view(staff("handler"), id);
  }

  private void approve(String username, long id) {
    workflow.decide(staff(username), id, true, "同意", view(id).contentHash());
  }

  /** Submits and takes the document through every step of the default chain. */
  long published(long caseId) {
    long id = fx.anIndictment(caseId);
    workflow.submit(staff("handler"), id);
    approve("depthead", id);
    approve("deputy", id);
    approve("casemgmt", id);
    return id;
  }

  @Test
  void theEngineProposesAndTheHandlerSeesNoNameOrNumberLeftInThePublicText() throws Exception {
    DocumentView v = view(fx.anIndictment(fx.aCase(true, false)));
    assertThat(v.summary().status()).isEqualTo(DocumentStatus.DRAFT);
    assertThat(v.findings()).isNotEmpty();
    assertThat(v.redactedText())
        .doesNotContain("张伟强", "李秀兰", "张丽", "140105198503120018", "平阳路12号")
        .contains("太原市公安局小店分局", "王志明", "盗窃罪", "3200元");
    assertThat(v.summary().publicTitle()).isEqualTo("起诉书（张某甲涉嫌盗窃案）");
    assertThat(v.residualHits()).isEmpty();
  }

  @Test
  void theWholeChainPublishesExactlyTheApprovedText() throws Exception {
    long id = published(fx.aCase(true, false));
    DocumentView v = view(id);
    assertThat(v.summary().status()).isEqualTo(DocumentStatus.PUBLISHED);
    PublicDocumentView p = published.find(id, PublicationChannel.INTERNET).orElseThrow();
    assertThat(p.text()).isEqualTo(v.redactedText());
    assertThat(p.latest().publicTitle()).isEqualTo(v.summary().publicTitle());
    assertThat(v.approvals().get(0).decisions())
        .extracting(d -> d.actor())
        .containsExactly("handler", "depthead", "deputy", "casemgmt");
    assertThat(v.approvals().get(0).decisions())
        .allMatch(d -> d.contentHash().equals(p.latest().textSha256()));
  }

  @Test
  void anIndictmentWaitsUntilEveryDefendantsJudgmentIsEffective() throws Exception {
    long caseId = fx.aCaseWith(false, "盗窃罪", "张伟强:DEFENDANT", "王小明:DEFENDANT");
    fx.partyEvent(caseId, "P1", "JUDGMENT_EFFECTIVE", LocalDate.now().minusDays(3));
    long id = fx.anIndictment(caseId);
    // The second defendant appealed: the indictment waits for his judgment too.
    assertThat(view(id).summary().publishableFrom()).isNull();
    fx.partyEvent(caseId, "P2", "JUDGMENT_EFFECTIVE", LocalDate.now().minusDays(1));
    assertThat(view(id).summary().publishableFrom()).isEqualTo(LocalDate.now().minusDays(1));
  }

  @Test
  void nothingIsPublishedBeforeItsApproval() throws Exception {
    long id = fx.anIndictment(fx.aCase(true, false));
    assertThatThrownBy(() -> approve("casemgmt", id))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("没有待审批事项");
    workflow.submit(staff("handler"), id);
    // 案管 cannot jump the queue: the first step waits for the department head.
    assertThatThrownBy(() -> approve("casemgmt", id)).isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void nobodyApprovesTheirOwnSubmission() throws Exception {
    long id = fx.anIndictment(fx.aCase(true, false));
    StaffIdentity h = staff("handler");
    StaffIdentity both =
        new StaffIdentity(
            h.accountId(),
            h.username(),
            h.displayName(),
            h.unitId(),
            h.departmentId(),
            Set.of(Role.CASE_HANDLER, Role.DEPARTMENT_HEAD),
            h.dataScope(),
            true);
    workflow.submit(both, id);
    assertThatThrownBy(() -> workflow.decide(both, id, true, null, view(id).contentHash()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("自己提交");
  }

  @Test
  void aMinorOffendersCaseIsNeverPublished() throws Exception {
    long id = fx.anIndictment(fx.aCase(true, true));
    DocumentView v = view(id);
    assertThat(v.lawBars()).isNotEmpty();
    assertThatThrownBy(() -> workflow.submit(staff("handler"), id))
        .isInstanceOf(IllegalStateException.class);
    workflow.withhold(staff("handler"), id, WithholdingReason.MINOR_OFFENDER, null);
    assertThat(view(id).summary().status()).isEqualTo(DocumentStatus.WITHHELD);
    assertThat(view(id).withheldBy()).isEqualTo("handler");
  }

  @Test
  void aDiscretionaryWithholdingIsTheDeputyChiefsDecisionWithAReason() throws Exception {
    long id = fx.anIndictment(fx.aCase(true, false));
    assertThatThrownBy(
            () ->
                workflow.withhold(staff("handler"), id, WithholdingReason.PARTY_OBJECTION, "当事人申请"))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () -> workflow.withhold(staff("deputy"), id, WithholdingReason.PARTY_OBJECTION, " "))
        .isInstanceOf(IllegalArgumentException.class);
    workflow.withhold(staff("deputy"), id, WithholdingReason.PARTY_OBJECTION, "被害人书面申请，理由合法");
    assertThat(view(id).withholdingReason()).isEqualTo(WithholdingReason.PARTY_OBJECTION);
  }

  @Test
  void aReturnGoesBackToTheHandlerAndAChangeRestartsTheChain() throws Exception {
    long id = fx.anIndictment(fx.aCase(true, false));
    workflow.submit(staff("handler"), id);
    approve("depthead", id);
    String approvedHash = view(id).contentHash();
    assertThatThrownBy(() -> workflow.decide(staff("deputy"), id, false, "", approvedHash))
        .isInstanceOf(IllegalArgumentException.class);
    workflow.decide(staff("deputy"), id, false, "被害人住址未屏蔽完整", approvedHash);
    DocumentView returned = view(id);
    assertThat(returned.summary().status()).isEqualTo(DocumentStatus.DRAFT);
    assertThat(returned.approvals().get(0).status()).isEqualTo(ApprovalStatus.RETURNED);

    FindingView first = returned.findings().get(0);
    review.decideFinding(staff("handler"), id, first.id(), false);
    review.decideFinding(staff("handler"), id, first.id(), true);
    workflow.submit(staff("handler"), id);
    DocumentView again = view(id);
    assertThat(again.pendingApproval().currentStep()).isZero();
    assertThat(again.approvals()).hasSize(2);
  }

  @Test
  void aRejectedNameIsCaughtByTheResidualCheckAndBlocksSubmission() throws Exception {
    long id = fx.anIndictment(fx.aCase(true, false));
    FindingView name =
        view(id).findings().stream()
            .filter(f -> f.original().equals("张伟强"))
            .findFirst()
            .orElseThrow();
    review.decideFinding(staff("handler"), id, name.id(), false);
    assertThat(view(id).residualHits()).anyMatch(h -> h.contains("张伟强"));
    assertThatThrownBy(() -> workflow.submit(staff("handler"), id))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("残留检查");
    review.decideFinding(staff("handler"), id, name.id(), true);
    assertThat(view(id).residualHits()).isEmpty();
  }

  @Test
  void theHandlerCorrectsThePublicTitleAndTheResidualCheckCoversIt() throws Exception {
    long id = fx.anIndictment(fx.aCase(true, false));
    review.retitle(staff("handler"), id, "起诉书（张伟强涉嫌盗窃案）");
    assertThat(view(id).residualHits()).anyMatch(h -> h.contains("张伟强"));
    review.retitle(staff("handler"), id, "起诉书（张某甲涉嫌多次盗窃案）");
    assertThat(view(id).summary().publicTitle()).isEqualTo("起诉书（张某甲涉嫌多次盗窃案）");
    assertThat(view(id).residualHits()).isEmpty();
    assertThatThrownBy(() -> review.retitle(staff("deputy"), id, "x"))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void theHandlerMasksASpanTheEngineMissed() throws Exception {
    long id = fx.anIndictment(fx.aCase(true, false));
    DocumentView v = view(id);
    int start = v.originalText().indexOf("电动自行车");
    review.addFinding(staff("handler"), id, start, start + 5, false);
    assertThat(view(id).redactedText()).doesNotContain("电动自行车").contains("**一辆");
    assertThatThrownBy(() -> review.addFinding(staff("handler"), id, start, start + 2, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("重叠");
  }

  @Test
  void aSpanOverlappingARejectedProposalIsRefusedSoNoTailIsLeftInClear() throws Exception {
    long id = fx.anIndictment(fx.aCase(true, false));
    FindingView idNumber =
        view(id).findings().stream()
            .filter(f -> f.category().equals("ID_NUMBER"))
            .findFirst()
            .orElseThrow();
    review.decideFinding(staff("handler"), id, idNumber.id(), false);
    assertThatThrownBy(
            () ->
                review.addFinding(
                    staff("handler"), id, idNumber.start() - 2, idNumber.start() + 4, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("重叠");
    review.decideFinding(staff("handler"), id, idNumber.id(), true);
    assertThat(view(id).redactedText()).doesNotContain("140105198503120018");
  }

  @Test
  void aReviewerMarksAMissedNameAndItGetsANewPseudonymOfTheCase() {
    assertThat(DocumentReview.nextPseudonym(Map.of("张伟强", "张某某"), "王小明")).isEqualTo("王某某");
    assertThat(DocumentReview.nextPseudonym(Map.of("张伟强", "张某甲", "张丽", "张某乙"), "张明"))
        .isEqualTo("张某丙");
  }

  @Test
  void noWithdrawalWhileACorrectionIsUnderWayAndNoReasonMayNameAParty() throws Exception {
    long id = published(fx.aCase(true, false));
    assertThatThrownBy(() -> workflow.requestWithdrawal(staff("handler"), id, "张伟强申请撤回"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("不得包含");
    workflow.startCorrection(staff("handler"), id, "更正错别字");
    workflow.submit(staff("handler"), id);
    assertThatThrownBy(() -> workflow.requestWithdrawal(staff("handler"), id, "判决撤销"))
        .isInstanceOf(IllegalStateException.class);
    assertThat(view(id).pendingApproval().chain()).isEqualTo("document");
  }

  @Test
  void aCorrectionOfADocumentAlreadyOutIsNotOverdue() throws Exception {
    long id = published(fx.aCaseWith("盗窃罪", "张伟强:DEFENDANT", "李秀兰:VICTIM"));
    workflow.startCorrection(staff("handler"), id, "更正错别字");
    assertThat(view(id).summary().overdue()).isFalse();
  }

  @Test
  void theHandlerAloneCannotWithholdForAReasonNothingSupports() throws Exception {
    long id = fx.anIndictment(fx.aCase(true, false));
    assertThatThrownBy(
            () -> workflow.withhold(staff("handler"), id, WithholdingReason.STATE_SECRET, null))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void pseudonymsStayTheSameAcrossTwoDocumentsOfOneCase() throws Exception {
    long caseId = fx.aCase(true, false);
    DocumentView first = view(fx.anIndictment(caseId));
    DocumentView second = view(fx.anIndictment(caseId));
    assertThat(first.redactedText()).isEqualTo(second.redactedText());
    assertThat(second.redactedText()).contains("张某甲").contains("张某乙").contains("李某某");
  }

  @Test
  void anUpperUnitOrdersASubordinatesPublicationWithdrawnAndThePublicLogSaysWhy() throws Exception {
    long id = published(fx.aCase(true, false));
    assertThatThrownBy(() -> workflow.orderWithdrawal(staff("casemgmt"), id, "自行撤回"))
        .isInstanceOf(AccessDeniedException.class);
    workflow.orderWithdrawal(staff("casemgmt.province"), id, "技术处理不当，泄露被害人信息");
    PublicDocumentView p = published.find(id, PublicationChannel.INTERNET).orElseThrow();
    assertThat(p.withdrawn()).isTrue();
    assertThat(p.text()).isNull();
    assertThat(p.corrections())
        .singleElement()
        .satisfies(c -> assertThat(c.orderedByUpperUnit()).isTrue())
        .satisfies(c -> assertThat(c.reason()).contains("泄露"));
    assertThat(published.pdf(id, PublicationChannel.INTERNET)).isEmpty();
  }

  @Test
  void theUnitsOwnWithdrawalGoesThroughItsChain() throws Exception {
    long id = published(fx.aCase(true, false));
    workflow.requestWithdrawal(staff("handler"), id, "判决被撤销");
    assertThat(view(id).summary().status()).isEqualTo(DocumentStatus.PUBLISHED);
    String hash = view(id).pendingApproval().contentHash();
    for (String who : new String[] {"depthead", "deputy", "casemgmt"}) {
      workflow.decide(staff(who), id, true, null, hash);
    }
    assertThat(view(id).summary().status()).isEqualTo(DocumentStatus.WITHDRAWN);
    assertThat(published.find(id, PublicationChannel.INTERNET).orElseThrow().corrections())
        .singleElement()
        .satisfies(c -> assertThat(c.orderedByUpperUnit()).isFalse());
  }

  @Test
  void aCorrectionKeepsTheOldVersionUpUntilTheNewOneIsPublished() throws Exception {
    long id = published(fx.aCase(true, false));
    workflow.startCorrection(staff("handler"), id, "更正错别字");
    assertThat(published.find(id, PublicationChannel.INTERNET).orElseThrow().text()).isNotNull();
    workflow.submit(staff("handler"), id);
    approve("depthead", id);
    approve("deputy", id);
    approve("casemgmt", id);
    PublicDocumentView p = published.find(id, PublicationChannel.INTERNET).orElseThrow();
    assertThat(p.latest().revision()).isEqualTo(2);
    assertThat(p.corrections())
        .singleElement()
        .satisfies(c -> assertThat(c.kind()).isEqualTo("CORRECTED"));
  }

  @Test
  void everyViewOfTheOriginalTextIsAudited() throws Exception {
    long id = fx.anIndictment(fx.aCase(true, false));
    int before = audit.about(Documents.SUBJECT, String.valueOf(id)).size();
    documents.view(staff("depthead"), id);
    assertThat(audit.about(Documents.SUBJECT, String.valueOf(id)))
        .hasSize(before + 1)
        .first()
        .satisfies(a -> assertThat(a.action()).isEqualTo("VIEW_DOCUMENT_ORIGINAL"))
        .satisfies(a -> assertThat(a.actor()).isEqualTo("depthead"));
  }

  @Test
  void anotherCountysStaffAndAdministratorsCannotSeeTheDocument() throws Exception {
    long id = fx.anIndictment(fx.aCase(true, false));
    String other = accounts.open("140106", Role.CASE_HANDLER, DataScope.OWN_UNIT);
    assertThatThrownBy(() -> documents.view(staff(other), id))
        .isInstanceOf(NoSuchElementException.class);
    assertThatThrownBy(() -> documents.view(staff("admin.xiaodian"), id))
        .isInstanceOf(NoSuchElementException.class);
    assertThatThrownBy(() -> documents.view(staff("kongshen"), id))
        .isInstanceOf(NoSuchElementException.class);
    assertThat(documents.view(staff("casemgmt.province"), id).originalText()).contains("张伟强");
  }

  @Test
  void publishedRevisionsCannotBeChangedEvenInTheDatabase() throws Exception {
    long id = published(fx.aCase(true, false));
    assertThatThrownBy(
            () ->
                jdbc.sql("update published_document set text = 'x' where document_id = ?")
                    .param(id)
                    .update())
        .hasMessageContaining("immutable");
  }

  @Test
  void aDuplicateDocumentNumberIsRefusedWithTheField() throws Exception {
    long caseId = fx.aCase(true, false);
    long id = fx.anIndictment(caseId);
    String number = view(id).summary().documentNumber();
    assertThatThrownBy(
            () ->
                documents.create(
                    staff("handler"),
                    new NewDocument(
                        caseId, number, null, DocumentFixtures.indictment(), null, null, false)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("documentNumber:");
  }
}
