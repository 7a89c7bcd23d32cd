package org.sunshine.platform.documents;

import org.springframework.stereotype.Component;
import org.sunshine.platform.approval.ApprovalSubjectPages;
import org.sunshine.platform.cases.Cases;

/**
 * A document's approvals are decided on its review page; the task shows its publication condition.
 */
@Component
class DocumentApprovalPages implements ApprovalSubjectPages {

  private final DocumentRows rows;
  private final Documents documents;
  private final Cases cases;
  private final PublicationCondition condition;

  DocumentApprovalPages(
      DocumentRows rows, Documents documents, Cases cases, PublicationCondition condition) {
    this.rows = rows;
    this.documents = documents;
    this.cases = cases;
    this.condition = condition;
  }

  @Override
  public String subjectType() {
    return Documents.SUBJECT;
  }

  @Override
  public String pageOf(long subjectId) {
    return "/console/documents/" + subjectId;
  }

  /**
   * Only for the inbox's own tasks (the approval module chose them by role and unit); none for a
   * withdrawal, whose document is already public.
   */
  @Override
  public String noteOf(long subjectId) {
    return rows.find(subjectId)
        .filter(r -> r.status() != DocumentStatus.PUBLISHED)
        .map(r -> condition.describe(documents.summary(r, cases.record(r.caseId()))))
        .orElse(null);
  }
}
