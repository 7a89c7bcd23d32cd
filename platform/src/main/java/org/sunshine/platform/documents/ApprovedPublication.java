package org.sunshine.platform.documents;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.sunshine.platform.approval.ApprovalStatus;
import org.sunshine.platform.approval.ApprovalView;
import org.sunshine.platform.approval.Approvals;
import org.sunshine.platform.audit.AuditLog;
import org.sunshine.platform.audit.Channel;
import org.sunshine.platform.cases.CaseView;
import org.sunshine.platform.cases.Cases;
import org.sunshine.platform.publication.DocumentRevision;
import org.sunshine.platform.publication.Publications;
import org.sunshine.platform.texts.Conflict;
import org.sunshine.platform.texts.Texts;

/**
 * The one path from an approved text to the public: the re-check on exactly the approved version,
 * then {@link Publications#publishDocument} (which publishes {@code DocumentPublished}). Used by
 * the chain's last step and, for a document that waited for its condition, by the system.
 */
@Component
class ApprovedPublication {

  private static final String SYSTEM = "system";

  private final DocumentRows rows;
  private final FindingRows findings;
  private final Publications publications;
  private final RedactionReview review;
  private final Cases cases;
  private final Approvals approvals;
  private final PublicationRules rules;
  private final AuditLog audit;
  private final Clock clock;

  ApprovedPublication(
      DocumentRows rows,
      FindingRows findings,
      Publications publications,
      RedactionReview review,
      Cases cases,
      Approvals approvals,
      PublicationRules rules,
      AuditLog audit,
      Clock clock) {
    this.rows = rows;
    this.findings = findings;
    this.publications = publications;
    this.review = review;
    this.cases = cases;
    this.approvals = approvals;
    this.rules = rules;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Publishes a document that waits for its condition, once the case shows it met: the same
   * re-check and publication as the last approval step, by the system, audited. Does nothing for a
   * document no longer waiting or still before its condition, so a repeated event is harmless. Its
   * own transaction: one document's failed re-check leaves the others of the case unaffected.
   *
   * @return whether it was published now
   */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public boolean whenConditionMet(long id) {
    LegalDocument d = new LegalDocument(rows.lock(id).orElseThrow());
    DocumentRows.DocumentRow row = rows.find(id).orElseThrow();
    CaseView c = cases.record(row.caseId());
    if (d.status() != DocumentStatus.APPROVED
        || rules.publishableFrom(d.type, c, d.decidedOn) == null) {
      return false;
    }
    ApprovalView approval =
        approvals.history(Documents.SUBJECT, id).stream()
            .filter(a -> a.status() == ApprovalStatus.APPROVED)
            .filter(a -> !DocumentWorkflow.WITHDRAWAL_CHAIN.equals(a.chain()))
            .findFirst()
            .orElseThrow(() -> Conflict.of("documents.approved-publication.approval.missing"));
    recheck(d, row, c, approval);
    publish(d, row, c, SYSTEM, approval);
    audit.record(
        SYSTEM,
        null,
        "PUBLISH_ON_CONDITION",
        Documents.SUBJECT,
        String.valueOf(id),
        row.documentNumber(),
        Channel.SYSTEM);
    return true;
  }

  void recheck(LegalDocument d, DocumentRows.DocumentRow row, CaseView c, ApprovalView approval) {
    if (!Publications.fingerprint(row.publicTitle(), row.redactedText())
        .equals(approval.contentHash())) {
      throw Conflict.of("documents.approved-publication.text.changed");
    }
    // The re-check runs again on exactly the approved text: one hit blocks publication.
    List<String> hits =
        review.residual(row.publicTitle(), row.redactedText(), c, findings.of(d.id));
    if (!hits.isEmpty()) {
      throw new ResidualFound(hits);
    }
  }

  void publish(
      LegalDocument d, DocumentRows.DocumentRow row, CaseView c, String by, ApprovalView approval) {
    PublicationRules.TypeRule rule = rules.rule(d.type);
    String correction = d.correctionReason();
    d.publish(rule.channel(), rules.publishableFrom(d.type, c, d.decidedOn), Documents.lawBars(c));
    rows.save(d, clock.instant());
    publications.publishDocument(
        new DocumentRevision(
            d.id,
            d.revision(),
            d.unitId,
            d.caseId,
            d.type,
            d.documentNumber,
            rule.channel(),
            row.publicTitle(),
            row.redactedText(),
            c.charge(),
            d.decidedOn,
            LocalDate.now(clock),
            by,
            approval.id(),
            correction));
  }

  /**
   * The re-check found names or numbers still in the text. The message names them for the staff
   * member at the page; {@link #summary()} does not, for logs, the audit trail and messages.
   */
  static final class ResidualFound extends IllegalStateException {
    private final int count;

    ResidualFound(List<String> hits) {
      super(Texts.text("documents.approved-publication.residual.hits", String.join("、", hits)));
      this.count = hits.size();
    }

    String summary() {
      return Texts.text("documents.approved-publication.residual.count", count);
    }
  }
}
