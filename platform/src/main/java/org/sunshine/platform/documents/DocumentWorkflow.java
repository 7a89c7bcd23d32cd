package org.sunshine.platform.documents;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunshine.platform.approval.ApprovalStatus;
import org.sunshine.platform.approval.ApprovalView;
import org.sunshine.platform.approval.Approvals;
import org.sunshine.platform.audit.AuditLog;
import org.sunshine.platform.audit.Channel;
import org.sunshine.platform.cases.CaseView;
import org.sunshine.platform.cases.Cases;
import org.sunshine.platform.organisation.Role;
import org.sunshine.platform.organisation.StaffIdentity;
import org.sunshine.platform.publication.Publications;
import org.sunshine.platform.publication.PublishedRevision;
import org.sunshine.platform.texts.BadInput;
import org.sunshine.platform.texts.Conflict;
import org.sunshine.platform.texts.Forbidden;
import org.sunshine.platform.texts.Texts;
import org.sunshine.redaction.DocumentType;
import org.sunshine.redaction.KeptItems;

/**
 * A document's transitions (第二十一条): the handler submits the reviewed redaction, the chain approves
 * or returns it, 案件管理部门's re-check publishes it. Each method is one transaction: a failure anywhere
 * (a residual hit at publish time, a stale text version) leaves the document and its approval
 * exactly as they were.
 */
@Service
public class DocumentWorkflow {

  static final String PUBLISH_CHAIN = "document";
  static final String IMPORTANT_CHAIN = "document-important";
  static final String WITHDRAWAL_CHAIN = "withdrawal";

  private final DocumentRows rows;
  private final FindingRows findings;
  private final Publications publications;
  private final DocumentAccess access;
  private final RedactionReview review;
  private final Documents documents;
  private final Cases cases;
  private final Approvals approvals;
  private final PublicationRules rules;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;
  private final ApprovedPublication publisher;
  private final Clock clock;

  DocumentWorkflow(
      DocumentRows rows,
      FindingRows findings,
      Publications publications,
      DocumentAccess access,
      RedactionReview review,
      Documents documents,
      Cases cases,
      Approvals approvals,
      PublicationRules rules,
      AuditLog audit,
      ApplicationEventPublisher events,
      ApprovedPublication publisher,
      Clock clock) {
    this.rows = rows;
    this.findings = findings;
    this.publications = publications;
    this.access = access;
    this.review = review;
    this.documents = documents;
    this.cases = cases;
    this.approvals = approvals;
    this.rules = rules;
    this.audit = audit;
    this.events = events;
    this.publisher = publisher;
    this.clock = clock;
  }

  /** 承办人 submits the reviewed redaction without confirming any over-redaction. */
  @Transactional
  public ApprovalView submit(StaffIdentity staff, long id) {
    return submit(staff, id, false);
  }

  /**
   * 承办人 submits the reviewed redaction (the secrecy review is this recorded step). When the public
   * text lost a kept item (an official's name, a court, a case number), the handler must say so
   * explicitly: hiding what the public is entitled to read is a defect too, so the confirmation and
   * what it covered go into the audit trail.
   */
  @Transactional
  public ApprovalView submit(StaffIdentity staff, long id, boolean confirmedOverRedaction) {
    LegalDocument d = access.forHandler(staff, id);
    DocumentRows.DocumentRow row = rows.find(id).orElseThrow();
    CaseView c = cases.record(row.caseId());
    List<String> lost = KeptItems.lostIn(row.originalText(), row.redactedText());
    if (!lost.isEmpty() && !confirmedOverRedaction) {
      throw new OverRedactionNotConfirmed(lost);
    }
    List<String> bars = new ArrayList<>(RedactionReview.refusalLabels(row.refusals()));
    bars.addAll(Documents.lawBars(c));
    d.submit(bars, review.residual(row.publicTitle(), row.redactedText(), c, findings.of(id)));
    rows.save(d, clock.instant());
    DocumentSummary s = documents.summary(row, c);
    ApprovalView a =
        approvals.submit(
            staff,
            Documents.SUBJECT,
            id,
            d.important ? IMPORTANT_CHAIN : PUBLISH_CHAIN,
            d.unitId,
            label(row, c),
            Publications.fingerprint(row.publicTitle(), row.redactedText()),
            s.dueOn());
    if (!lost.isEmpty()) {
      record(staff, "CONFIRM_OVER_REDACTION", id, String.join("；", lost));
    }
    record(staff, "SUBMIT_DOCUMENT", id, row.documentNumber());
    return a;
  }

  /**
   * One step's decision on the document's pending approval. Approving the last step of a
   * publication publishes; of a withdrawal, withdraws. A return sends it back with the comment.
   */
  @Transactional
  public ApprovalView decide(
      StaffIdentity staff, long id, boolean approve, String comment, String contentHash) {
    LegalDocument d = access.locked(staff, id);
    ApprovalView pending =
        approvals
            .pendingFor(Documents.SUBJECT, id)
            .orElseThrow(() -> Conflict.of("documents.document-workflow.approval.none"));
    boolean last = pending.atLastStep();
    ApprovalView after = approvals.decide(staff, pending.id(), approve, comment, contentHash);
    DocumentRows.DocumentRow row = rows.find(id).orElseThrow();
    boolean withdrawal = WITHDRAWAL_CHAIN.equals(pending.chain());
    if (after.status() == ApprovalStatus.RETURNED) {
      if (!withdrawal) {
        d.returned();
        rows.save(d, clock.instant());
      }
    } else if (last && after.status() == ApprovalStatus.APPROVED) {
      if (withdrawal) {
        withdraw(d, d.withdrawalReason(), staff.username(), null);
      } else {
        publishOrWait(d, row, staff.username(), after);
      }
    }
    record(staff, approve ? "APPROVE_DOCUMENT" : "RETURN_DOCUMENT", id, comment);
    return after;
  }

  /**
   * The chain's last step: the re-check runs, then the document is published, or, before its
   * publication condition (a 起诉书 before the judgment is effective), waits as approved.
   */
  private void publishOrWait(
      LegalDocument d, DocumentRows.DocumentRow row, String by, ApprovalView approval) {
    CaseView c = cases.record(row.caseId());
    publisher.recheck(d, row, c, approval);
    if (rules.publishableFrom(d.type, c, d.decidedOn) == null) {
      d.approveAwaitingCondition(rules.rule(d.type).channel(), null, Documents.lawBars(c));
      rows.save(d, clock.instant());
      return;
    }
    publisher.publish(d, row, c, by, approval);
  }

  /** Records a decision not to publish, with its reason and who decided (第四条). */
  @Transactional
  public void withhold(StaffIdentity staff, long id, WithholdingReason reason, String note) {
    LegalDocument d =
        reason.mandatory()
            ? access.locked(staff, id, Role.CASE_HANDLER, Role.DEPUTY_CHIEF, Role.CHIEF_PROCURATOR)
            : access.locked(staff, id, Role.DEPUTY_CHIEF, Role.CHIEF_PROCURATOR);
    if (!reason.mandatory() && (note == null || note.isBlank())) {
      throw BadInput.at("note", "documents.document-workflow.withhold.note-required");
    }
    boolean leader = staff.hasRole(Role.DEPUTY_CHIEF) || staff.hasRole(Role.CHIEF_PROCURATOR);
    if (!leader) {
      DocumentRows.DocumentRow row = rows.find(id).orElseThrow();
      boolean supported =
          reason == RedactionReview.withholdingFor(row.refusals())
              || reason == WithholdingReason.NOT_PUBLISHABLE_TYPE
              || !Documents.lawBars(cases.record(row.caseId())).isEmpty();
      if (!supported) {
        throw Forbidden.of("documents.document-workflow.withhold.forbidden");
      }
    }
    LocalDate today = LocalDate.now(clock);
    d.withhold(reason, note == null ? null : note.strip(), staff.username(), today);
    approvals.cancelPending(
        Documents.SUBJECT,
        id,
        staff.username(),
        Texts.text("documents.document-workflow.withhold.chain-label"));
    rows.save(d, clock.instant());
    record(staff, "WITHHOLD_DOCUMENT", id, reason.name());
    events.publishEvent(new DocumentWithheld(id, d.unitId, reason, today));
  }

  /**
   * An objection to a withholding (对不公开提出异议) is upheld by the publishing department's handler: the
   * withheld document of that case and type returns to the handler's draft for a fresh review and
   * approval chain (第四条: the decision not to publish is reviewable). Returns the document.
   */
  @Transactional
  public long reviewWithholding(
      StaffIdentity staff, long caseId, DocumentType type, String reason) {
    long id =
        rows.ofCase(caseId).stream()
            .filter(r -> r.type() == type && r.status() == DocumentStatus.WITHHELD)
            .map(DocumentRows.DocumentRow::id)
            .findFirst()
            .orElseThrow(
                () -> BadInput.at("documentType", "documents.document-workflow.withheld.none"));
    LegalDocument d = access.forHandler(staff, id);
    d.reconsiderWithholding(reason);
    rows.save(d, clock.instant());
    record(staff, "REVIEW_WITHHOLDING", id, reason.strip());
    return id;
  }

  /** The handler asks to withdraw a published document; the withdrawal chain decides. */
  @Transactional
  public ApprovalView requestWithdrawal(StaffIdentity staff, long id, String reason) {
    LegalDocument d = access.forHandler(staff, id);
    requireNothingPending(id);
    requireNoLeak(reason, d);
    d.requestWithdrawal(reason);
    rows.save(d, clock.instant());
    PublishedRevision live = publications.revisions(id).get(0);
    record(staff, "REQUEST_WITHDRAWAL", id, reason);
    return approvals.submit(
        staff,
        Documents.SUBJECT,
        id,
        WITHDRAWAL_CHAIN,
        d.unitId,
        Texts.text("documents.document-workflow.withdraw.chain-label", d.documentNumber),
        live.textSha256(),
        LocalDate.now(clock));
  }

  /** An upper unit orders a subordinate's publication withdrawn (上级院发现下级院不适当的，应当及时纠正). */
  @Transactional
  public void orderWithdrawal(StaffIdentity staff, long id, String reason) {
    DocumentRows.DocumentRow row = access.readable(staff, id);
    if (row.unitId() == staff.unitId()) {
      throw Forbidden.of("documents.document-workflow.withdraw.own-unit");
    }
    if (!staff.hasRole(Role.DEPUTY_CHIEF)
        && !staff.hasRole(Role.CHIEF_PROCURATOR)
        && !staff.hasRole(Role.CASE_MANAGEMENT)) {
      throw Forbidden.of("documents.document-workflow.order-withdrawal.forbidden");
    }
    LegalDocument d = new LegalDocument(rows.lock(id).orElseThrow());
    requireNoLeak(reason, d);
    approvals.cancelPending(
        Documents.SUBJECT,
        id,
        staff.username(),
        Texts.text("documents.document-workflow.order-withdrawal.label"));
    withdraw(d, reason, staff.username(), staff.unitId());
    record(staff, "ORDER_WITHDRAWAL", id, reason);
  }

  private void withdraw(LegalDocument d, String reason, String by, Long orderedBy) {
    d.withdraw(reason);
    rows.save(d, clock.instant());
    publications.withdrawDocument(d.id, d.unitId, reason.strip(), by, orderedBy);
  }

  /** The handler starts correcting a published document; it stays up until the correction is. */
  @Transactional
  public void startCorrection(StaffIdentity staff, long id, String reason) {
    LegalDocument d = access.forHandler(staff, id);
    requireNothingPending(id);
    requireNoLeak(reason, d);
    d.startCorrection(reason);
    rows.save(d, clock.instant());
    record(staff, "START_CORRECTION", id, reason);
  }

  private void requireNothingPending(long id) {
    approvals
        .pendingFor(Documents.SUBJECT, id)
        .ifPresent(
            a -> {
              throw Conflict.of("documents.document-workflow.approval.pending", a.chain());
            });
  }

  /** Reasons are published: they must not name the case's people either. */
  private void requireNoLeak(String reason, LegalDocument d) {
    if (reason != null && !review.leaksIn(reason, cases.record(d.caseId)).isEmpty()) {
      throw BadInput.at("reason", "documents.document-workflow.reason.names");
    }
  }

  private void record(StaffIdentity staff, String action, long id, String detail) {
    audit.record(
        staff.username(),
        staff.unitId(),
        action,
        Documents.SUBJECT,
        String.valueOf(id),
        detail,
        Channel.CONSOLE);
  }

  private static String label(DocumentRows.DocumentRow row, CaseView c) {
    return row.type().title() + " " + row.documentNumber() + "（" + c.caseNumber() + "）";
  }
}
