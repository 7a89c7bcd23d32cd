package org.sunshine.platform.documents;

import org.springframework.stereotype.Component;
import org.sunshine.platform.approval.ApprovalSubjectPages;

/** A document's approvals are decided on its review page. */
@Component
class DocumentApprovalPages implements ApprovalSubjectPages {

  @Override
  public String subjectType() {
    return Documents.SUBJECT;
  }

  @Override
  public String pageOf(long subjectId) {
    return "/console/documents/" + subjectId;
  }
}
