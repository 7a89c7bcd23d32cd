package org.sunshine.platform.documents;

import java.time.LocalDate;
import java.util.List;
import org.sunshine.platform.publication.PublicationChannel;
import org.sunshine.redaction.DocumentType;

/**
 * The document aggregate: its state changes only through these transitions, and an illegal one
 * fails with the reason (never a silent no-op).
 */
final class LegalDocument {

  final long id;
  final long caseId;
  final long unitId;
  final String documentNumber;
  final DocumentType type;
  final LocalDate decidedOn;
  final boolean important;
  private DocumentStatus status;
  private int revision;
  private String correctionReason;
  private String withdrawalReason;
  private WithholdingReason withholdingReason;
  private String withholdingNote;
  private String withheldBy;
  private LocalDate withheldOn;

  LegalDocument(DocumentRows.DocumentRow r) {
    this.id = r.id();
    this.caseId = r.caseId();
    this.unitId = r.unitId();
    this.documentNumber = r.documentNumber();
    this.type = r.type();
    this.decidedOn = r.decidedOn();
    this.important = r.important();
    this.status = r.status();
    this.revision = r.revision();
    this.correctionReason = r.correctionReason();
    this.withdrawalReason = r.withdrawalReason();
    this.withholdingReason = r.withholdingReason();
    this.withholdingNote = r.withholdingNote();
    this.withheldBy = r.withheldBy();
    this.withheldOn = r.withheldOn();
  }

  /**
   * 承办人 submits the reviewed redaction: only a draft, only with no refusal standing and a clean
   * residual check.
   */
  void submit(List<String> refusals, List<String> residualHits) {
    require(status == DocumentStatus.DRAFT, "只有草稿可以提交审批");
    if (!refusals.isEmpty()) {
      throw new IllegalStateException("引擎拒绝公开：" + String.join("；", refusals) + "，须确认不公开");
    }
    if (!residualHits.isEmpty()) {
      throw new IllegalStateException("残留检查未通过：" + String.join("、", residualHits));
    }
    status = DocumentStatus.IN_APPROVAL;
  }

  /** A step returned it with a comment: back to the handler. */
  void returned() {
    require(status == DocumentStatus.IN_APPROVAL, "只有审批中的文书可以退回");
    status = DocumentStatus.DRAFT;
  }

  /**
   * 案件管理部门's re-check passed: the approved text becomes public, now or (from {@link
   * DocumentStatus#APPROVED}) when the type's trigger arrives. Refused before the trigger (a 起诉书
   * before the judgment is effective) and for a case withheld by law.
   */
  void publish(PublicationChannel channel, LocalDate publishableFrom, List<String> lawBars) {
    require(
        status == DocumentStatus.IN_APPROVAL || status == DocumentStatus.APPROVED, "未经审批的文书不能发布");
    requirePublishable(channel, lawBars);
    require(publishableFrom != null, "尚未达到公开条件（" + type.title() + "须待" + trigger() + "）");
    status = DocumentStatus.PUBLISHED;
    revision++;
    correctionReason = null;
  }

  /**
   * The chain's last step approved it before its publication condition: it waits as approved and is
   * published when the condition is met. Refused when the condition is already met (publish
   * instead) and when it could never be published.
   */
  void approveAwaitingCondition(
      PublicationChannel channel, LocalDate publishableFrom, List<String> lawBars) {
    require(status == DocumentStatus.IN_APPROVAL, "只有审批中的文书可以审批通过");
    requirePublishable(channel, lawBars);
    require(publishableFrom == null, "已达到公开条件，应直接发布");
    status = DocumentStatus.APPROVED;
  }

  /**
   * The re-check when its condition was met failed (the case now records a name the approved text
   * shows, or became secret): the approved text cannot go out, so it goes back to the handler.
   */
  void conditionRecheckFailed() {
    require(status == DocumentStatus.APPROVED, "只有待公开条件的文书会在条件满足时复核");
    status = DocumentStatus.DRAFT;
  }

  private static void requirePublishable(PublicationChannel channel, List<String> lawBars) {
    require(channel != PublicationChannel.INTERNAL, "内部工作文书不公开");
    if (!lawBars.isEmpty()) {
      throw new IllegalStateException("依法不公开：" + String.join("；", lawBars));
    }
  }

  void withhold(WithholdingReason reason, String note, String by, LocalDate on) {
    require(
        status == DocumentStatus.DRAFT
            || status == DocumentStatus.IN_APPROVAL
            // Approved but not yet public (waiting for its condition): nothing to withdraw yet.
            || status == DocumentStatus.APPROVED,
        "只有未公开的文书可以决定不公开（已公开的请撤回）");
    require(revision == 0, "已公开过的文书请撤回");
    status = DocumentStatus.WITHHELD;
    withholdingReason = reason;
    withholdingNote = note;
    withheldBy = by;
    withheldOn = on;
  }

  /**
   * An objection to the withholding was upheld: the decision not to publish is set aside and the
   * document goes back to its handler to be reviewed and submitted through the chain again.
   */
  void reconsiderWithholding(String reason) {
    require(status == DocumentStatus.WITHHELD, "只有决定不公开的文书可以重新审查公开");
    requireReason(reason);
    status = DocumentStatus.DRAFT;
    withholdingReason = null;
    withholdingNote = null;
    withheldBy = null;
    withheldOn = null;
  }

  /** Starts a correction of the published text; the published version stays up meanwhile. */
  void startCorrection(String reason) {
    require(status == DocumentStatus.PUBLISHED, "只有已公开的文书可以更正");
    requireReason(reason);
    status = DocumentStatus.DRAFT;
    correctionReason = reason.strip();
  }

  /** Records that a withdrawal was asked for; it takes effect when its approval ends. */
  void requestWithdrawal(String reason) {
    require(status == DocumentStatus.PUBLISHED, "只有已公开（且不在更正中）的文书可以申请撤回");
    requireReason(reason);
    withdrawalReason = reason.strip();
  }

  void withdraw(String reason) {
    require(revision > 0 && status != DocumentStatus.WITHDRAWN, "只有已公开的文书可以撤回");
    requireReason(reason);
    status = DocumentStatus.WITHDRAWN;
    withdrawalReason = reason.strip();
  }

  private String trigger() {
    return switch (type) {
      case INDICTMENT, PROTEST -> "法院判决、裁定生效";
      case NON_PROSECUTION_DECISION -> "决定宣布";
      case PETITION_REVIEW_DECISION -> "决定送达";
      default -> "作出决定";
    };
  }

  private static void requireReason(String reason) {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("reason: 须填写理由");
    }
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalStateException(message);
    }
  }

  DocumentStatus status() {
    return status;
  }

  int revision() {
    return revision;
  }

  String correctionReason() {
    return correctionReason;
  }

  String withdrawalReason() {
    return withdrawalReason;
  }

  WithholdingReason withholdingReason() {
    return withholdingReason;
  }

  String withholdingNote() {
    return withholdingNote;
  }

  String withheldBy() {
    return withheldBy;
  }

  LocalDate withheldOn() {
    return withheldOn;
  }
}
