package org.sunshine.platform.releases;

import org.springframework.stereotype.Component;
import org.sunshine.platform.approval.ApprovalSubjectPages;

/** A release's approvals are decided on its console page. */
@Component
class ReleaseApprovalPages implements ApprovalSubjectPages {

  @Override
  public String subjectType() {
    return Releases.SUBJECT;
  }

  @Override
  public String pageOf(long subjectId) {
    return "/console/releases/" + subjectId;
  }
}
