package org.sunshine.platform.approval;

import java.time.Instant;
import java.time.LocalDate;
import org.sunshine.platform.organisation.Role;

/** An entry of a staff member's task inbox: an approval waiting for a role they hold. */
record ApprovalTask(
    long approvalId,
    String subjectType,
    long subjectId,
    String chain,
    String label,
    Role waitingFor,
    String submittedBy,
    Instant submittedAt,
    LocalDate dueOn) {

  public boolean overdue(LocalDate today) {
    return dueOn != null && dueOn.isBefore(today);
  }
}
