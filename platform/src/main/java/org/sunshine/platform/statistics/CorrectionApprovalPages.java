package org.sunshine.platform.statistics;

import org.springframework.stereotype.Component;
import org.sunshine.platform.approval.ApprovalSubjectPages;

/** The task inbox opens a correction waiting for the unit's 案管 on its own page. */
@Component
class CorrectionApprovalPages implements ApprovalSubjectPages {

  @Override
  public String subjectType() {
    return Corrections.SUBJECT;
  }

  @Override
  public String pageOf(long subjectId) {
    return "/console/statistics/corrections/" + subjectId;
  }
}
