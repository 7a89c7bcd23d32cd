package org.sunshine.platform.documents;

import java.time.LocalDate;
import java.util.List;
import org.sunshine.platform.publication.PublicationChannel;
import org.sunshine.platform.texts.BadInput;
import org.sunshine.platform.texts.Conflict;
import org.sunshine.platform.texts.Texts;
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
    require(status == DocumentStatus.DRAFT, "documents.legal-document.submit.not-draft");
    if (!refusals.isEmpty()) {
      throw Conflict.of(
          "documents.legal-document.submit.engine-refused", String.join("；", refusals));
    }
    if (!residualHits.isEmpty()) {
      throw Conflict.of("documents.legal-document.submit.residual", String.join("、", residualHits));
    }
    status = DocumentStatus.IN_APPROVAL;
  }

  /** A step returned it with a comment: back to the handler. */
  void returned() {
    require(
        status == DocumentStatus.IN_APPROVAL, "documents.legal-document.return.not-in-approval");
    status = DocumentStatus.DRAFT;
  }

  /**
   * 案件管理部门's re-check passed: the approved text becomes public, now or (from {@link
   * DocumentStatus#APPROVED}) when the type's trigger arrives. Refused before the trigger (a 起诉书
   * before the judgment is effective) and for a case withheld by law.
   */
  void publish(PublicationChannel channel, LocalDate publishableFrom, List<String> lawBars) {
    require(
        status == DocumentStatus.IN_APPROVAL || status == DocumentStatus.APPROVED,
        "documents.legal-document.publish.not-approved");
    requirePublishable(channel, lawBars);
    require(
        publishableFrom != null,
        "documents.legal-document.publish.condition",
        type.title(),
        trigger());
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
    require(
        status == DocumentStatus.IN_APPROVAL, "documents.legal-document.approve.not-in-approval");
    requirePublishable(channel, lawBars);
    require(publishableFrom == null, "documents.legal-document.approve.condition-met");
    status = DocumentStatus.APPROVED;
  }

  /**
   * The re-check when its condition was met failed (the case now records a name the approved text
   * shows, or became secret): the approved text cannot go out, so it goes back to the handler.
   */
  void conditionRecheckFailed() {
    require(status == DocumentStatus.APPROVED, "documents.legal-document.recheck.not-waiting");
    status = DocumentStatus.DRAFT;
  }

  private static void requirePublishable(PublicationChannel channel, List<String> lawBars) {
    require(channel != PublicationChannel.INTERNAL, "documents.legal-document.internal");
    if (!lawBars.isEmpty()) {
      throw Conflict.of("documents.legal-document.law-bars", String.join("；", lawBars));
    }
  }

  void withhold(WithholdingReason reason, String note, String by, LocalDate on) {
    require(
        status == DocumentStatus.DRAFT
            || status == DocumentStatus.IN_APPROVAL
            // Approved but not yet public (waiting for its condition): nothing to withdraw yet.
            || status == DocumentStatus.APPROVED,
        "documents.legal-document.withhold.published");
    require(revision == 0, "documents.legal-document.withhold.was-published");
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
    require(status == DocumentStatus.WITHHELD, "documents.legal-document.review.not-withheld");
    requireReason(reason);
    status = DocumentStatus.DRAFT;
    withholdingReason = null;
    withholdingNote = null;
    withheldBy = null;
    withheldOn = null;
  }

  /** Starts a correction of the published text; the published version stays up meanwhile. */
  void startCorrection(String reason) {
    require(status == DocumentStatus.PUBLISHED, "documents.legal-document.correct.not-published");
    requireReason(reason);
    status = DocumentStatus.DRAFT;
    correctionReason = reason.strip();
  }

  /** Records that a withdrawal was asked for; it takes effect when its approval ends. */
  void requestWithdrawal(String reason) {
    require(
        status == DocumentStatus.PUBLISHED, "documents.legal-document.withdrawal.not-published");
    requireReason(reason);
    withdrawalReason = reason.strip();
  }

  /** A revision of it is before the public (published, or up while a correction is prepared). */
  boolean isOut() {
    return revision > 0 && status != DocumentStatus.WITHDRAWN;
  }

  void withdraw(String reason) {
    require(
        revision > 0 && status != DocumentStatus.WITHDRAWN,
        "documents.legal-document.withdraw.not-published");
    requireReason(reason);
    status = DocumentStatus.WITHDRAWN;
    withdrawalReason = reason.strip();
  }

  private String trigger() {
    return switch (type) {
      case INDICTMENT, PROTEST -> Texts.text("documents.legal-document.trigger.judgment");
      case NON_PROSECUTION_DECISION -> Texts.text("documents.legal-document.trigger.announced");
      case PETITION_REVIEW_DECISION -> Texts.text("documents.legal-document.trigger.served");
      default -> Texts.text("documents.legal-document.trigger.decided");
    };
  }

  private static void requireReason(String reason) {
    if (reason == null || reason.isBlank()) {
      throw BadInput.at("reason", "documents.legal-document.reason.required");
    }
  }

  private static void require(boolean condition, String key, Object... args) {
    if (!condition) {
      throw Conflict.of(key, args);
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
