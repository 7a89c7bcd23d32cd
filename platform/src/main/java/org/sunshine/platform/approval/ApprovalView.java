package org.sunshine.platform.approval;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.sunshine.platform.organisation.Role;

/**
 * An approval and its history.
 *
 * @param steps the chain's roles in order, as configured when it started
 * @param currentStep index of the step now waiting; equals the number of steps once approved
 */
public record ApprovalView(
    long id,
    String subjectType,
    long subjectId,
    String chain,
    String label,
    long unitId,
    List<Role> steps,
    int currentStep,
    ApprovalStatus status,
    String contentHash,
    String submittedBy,
    Instant submittedAt,
    LocalDate dueOn,
    List<ApprovalDecision> decisions) {

  public ApprovalView {
    steps = List.copyOf(steps);
    decisions = List.copyOf(decisions);
  }

  /** The role whose decision is awaited, or null when the approval is over. */
  public Role waitingFor() {
    return status == ApprovalStatus.PENDING ? steps.get(currentStep) : null;
  }

  /** True when the step now waiting is the chain's last (the one that publishes). */
  public boolean atLastStep() {
    return status == ApprovalStatus.PENDING && currentStep == steps.size() - 1;
  }
}
