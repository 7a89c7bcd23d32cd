package org.sunshine.platform.archives;

import org.springframework.stereotype.Component;
import org.sunshine.platform.approval.ApprovalSubjectPages;

/** The task inbox opens an annual report awaiting a decision on its own page. */
@Component
class AnnualApprovalPages implements ApprovalSubjectPages {

  @Override
  public String subjectType() {
    return AnnualReports.SUBJECT;
  }

  @Override
  public String pageOf(long subjectId) {
    return "/console/archives/annual/" + subjectId;
  }
}
