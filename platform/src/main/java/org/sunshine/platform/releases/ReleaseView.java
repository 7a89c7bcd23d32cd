package org.sunshine.platform.releases;

import java.time.LocalDate;
import java.util.List;
import org.sunshine.platform.approval.ApprovalStatus;
import org.sunshine.platform.approval.ApprovalView;

/** A release as staff see it, with its approvals and what the engine still finds in its text. */
public record ReleaseView(
    long id,
    long unitId,
    String unitName,
    String category,
    String title,
    String body,
    Long caseId,
    ReleaseStatus status,
    Escalation escalation,
    Long approvalUnitId,
    int pinLevel,
    LocalDate pinnedUntil,
    LocalDate publishedOn,
    String withdrawalReason,
    String createdBy,
    List<String> problems,
    List<ApprovalView> approvals,
    String contentHash) {

  public ApprovalView pendingApproval() {
    return approvals.stream()
        .filter(a -> a.status() == ApprovalStatus.PENDING)
        .findFirst()
        .orElse(null);
  }
}
