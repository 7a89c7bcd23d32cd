package org.sunshine.platform.statistics;

import org.springframework.stereotype.Component;
import org.sunshine.platform.approval.ApprovalSubjectPages;

/** The task inbox opens a monthly report awaiting a decision on its own page. */
@Component
class ReportApprovalPages implements ApprovalSubjectPages {

  @Override
  public String subjectType() {
    return MonthlyReports.SUBJECT;
  }

  @Override
  public String pageOf(long subjectId) {
    return "/console/statistics/reports/" + subjectId;
  }
}
