package org.sunshine.platform.documents;

import java.time.LocalDate;
import java.util.List;
import org.sunshine.platform.approval.ApprovalStatus;
import org.sunshine.platform.approval.ApprovalView;
import org.sunshine.platform.publication.CorrectionEntry;
import org.sunshine.platform.publication.PublishedRevision;

/**
 * A document as its unit's staff review it, original text included (every view is audited).
 *
 * @param refusals the engine's refusals still standing
 * @param lawBars what the case record bars (secret case, minor offender…)
 * @param residualHits what the residual check still finds in the current text
 * @param overRedactions kept items (officials, courts, case numbers…) the current text lost: the
 *     handler confirms them before submitting
 * @param contentHash SHA-256 of the title and text as they stand: approvals name it
 */
record DocumentView(
    DocumentSummary summary,
    String originalText,
    String redactedText,
    LocalDate decidedOn,
    boolean important,
    String sourceName,
    String createdBy,
    List<FindingView> findings,
    List<String> refusals,
    WithholdingReason proposedWithholding,
    List<String> lawBars,
    List<String> residualHits,
    List<KeptItemLost> overRedactions,
    String contentHash,
    WithholdingReason withholdingReason,
    String withholdingNote,
    String withheldBy,
    String correctionReason,
    String withdrawalReason,
    List<ApprovalView> approvals,
    List<PublishedRevision> revisions,
    List<CorrectionEntry> corrections) {

  public ApprovalView pendingApproval() {
    return approvals.stream()
        .filter(a -> a.status() == ApprovalStatus.PENDING)
        .findFirst()
        .orElse(null);
  }

  public boolean editable() {
    return summary.status() == DocumentStatus.DRAFT;
  }
}
