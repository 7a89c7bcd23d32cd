package org.sunshine.platform.approval;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.Role;
import org.sunshine.platform.organisation.StaffIdentity;
import org.sunshine.platform.texts.BadInput;
import org.sunshine.platform.texts.Conflict;
import org.sunshine.platform.texts.Texts;

/**
 * Runs approval chains. The subject's module decides what a finished chain means (a document is
 * published by the last step); this module guarantees who may decide, in which order, on which
 * text.
 *
 * <p>Rules: only a holder of the waiting step's role in the approval's own unit decides it; nobody
 * decides on their own submission, and nobody decides two steps of one approval; every decision
 * names the text version (SHA-256) the decider saw, and a decision on any other version is refused.
 */
@Service
public class Approvals {

  private final ApprovalRows rows;
  private final ApprovalChains chains;
  private final Directory directory;
  private final Clock clock;

  Approvals(ApprovalRows rows, ApprovalChains chains, Directory directory, Clock clock) {
    this.rows = rows;
    this.chains = chains;
    this.directory = directory;
    this.clock = clock;
  }

  /** The configured chain for a unit (for showing who comes next). */
  public List<Role> chain(String chain, long unitId) {
    return chains.steps(chain, directory.get(unitId).code());
  }

  /**
   * Starts an approval of one text version. A pending approval of the same subject is cancelled
   * first: a resubmission restarts the chain.
   */
  @Transactional
  public ApprovalView submit(
      StaffIdentity submitter,
      String subjectType,
      long subjectId,
      String chain,
      long unitId,
      String label,
      String contentHash,
      LocalDate dueOn) {
    requireHash(contentHash);
    cancelPending(
        subjectType,
        subjectId,
        submitter.username(),
        Texts.text("approval.approvals.step.resubmitted"));
    List<Role> steps = chain(chain, unitId);
    long id =
        rows.insert(
            subjectType,
            subjectId,
            chain,
            label,
            unitId,
            steps,
            contentHash,
            submitter.username(),
            clock.instant(),
            dueOn);
    rows.decision(
        id,
        -1,
        // The submitting step is the 承办人's; a set of roles has no order to pick another from.
        Role.CASE_HANDLER,
        submitter.username(),
        "SUBMITTED",
        null,
        contentHash,
        clock.instant());
    return rows.find(id).orElseThrow();
  }

  /**
   * Records one step's decision. Approving the last step finishes the approval ({@link
   * ApprovalStatus#APPROVED}); a return ends it ({@link ApprovalStatus#RETURNED}) and needs a
   * comment.
   */
  @Transactional
  public ApprovalView decide(
      StaffIdentity staff, long approvalId, boolean approve, String comment, String contentHash) {
    ApprovalView a = pending(approvalId);
    Role role = a.waitingFor();
    if (!holds(staff, role) || staff.unitId() != a.unitId()) {
      throw new AccessDeniedException("this step waits for " + role + " of unit " + a.unitId());
    }
    if (a.decisions().stream().anyMatch(d -> d.actor().equals(staff.username()))) {
      throw Conflict.of("approval.approvals.decide.own");
    }
    if (!a.contentHash().equals(contentHash)) {
      throw Conflict.of("approval.approvals.decide.text-changed");
    }
    if (!approve && (comment == null || comment.isBlank())) {
      throw BadInput.at("comment", "approval.approvals.return.comment-required");
    }
    int next = approve ? a.currentStep() + 1 : a.currentStep();
    ApprovalStatus status =
        !approve
            ? ApprovalStatus.RETURNED
            : next == a.steps().size() ? ApprovalStatus.APPROVED : ApprovalStatus.PENDING;
    if (!rows.advance(approvalId, a.currentStep(), next, status, clock.instant())) {
      throw Conflict.of("approval.approvals.decide.taken");
    }
    rows.decision(
        approvalId,
        a.currentStep(),
        role,
        staff.username(),
        approve ? "APPROVED" : "RETURNED",
        comment == null || comment.isBlank() ? null : comment.strip(),
        contentHash,
        clock.instant());
    return rows.find(approvalId).orElseThrow();
  }

  /** Withdraws a pending approval of a subject, e.g. when its text changes; no-op if none. */
  @Transactional
  public void cancelPending(String subjectType, long subjectId, String actor, String why) {
    for (ApprovalView a : rows.ofSubject(subjectType, subjectId)) {
      if (a.status() == ApprovalStatus.PENDING
          && rows.advance(
              a.id(),
              a.currentStep(),
              a.currentStep(),
              ApprovalStatus.CANCELLED,
              clock.instant())) {
        rows.decision(
            a.id(),
            a.currentStep(),
            a.waitingFor(),
            actor,
            "CANCELLED",
            why,
            a.contentHash(),
            clock.instant());
      }
    }
  }

  /**
   * The chains in which one account holding these roles would decide two steps of the same approval
   * (the four-eyes principle then rests on one person): for a warning when roles are granted.
   */
  public List<String> chainsWithTwoStepsOf(Set<Role> roles, long unitId) {
    String code = directory.get(unitId).code();
    return chains.names().stream()
        .filter(
            name ->
                chains.steps(name, code).stream().distinct().filter(roles::contains).count() > 1)
        .sorted()
        .toList();
  }

  @Transactional(readOnly = true)
  public ApprovalView get(long approvalId) {
    return rows.find(approvalId).orElseThrow(() -> new NoSuchElementException("approval"));
  }

  /** The subject's approvals, newest first. */
  @Transactional(readOnly = true)
  public List<ApprovalView> history(String subjectType, long subjectId) {
    return rows.ofSubject(subjectType, subjectId);
  }

  /** The pending approval of a subject, if any. */
  @Transactional(readOnly = true)
  public Optional<ApprovalView> pendingFor(String subjectType, long subjectId) {
    return rows.ofSubject(subjectType, subjectId).stream()
        .filter(a -> a.status() == ApprovalStatus.PENDING)
        .findFirst();
  }

  /** What waits for this staff member: pending steps of their unit for a role they hold. */
  @Transactional(readOnly = true)
  public List<ApprovalTask> inbox(StaffIdentity staff) {
    List<ApprovalTask> tasks = new ArrayList<>();
    for (ApprovalView a : rows.pendingIn(staff.unitId())) {
      if (holds(staff, a.waitingFor()) && !a.submittedBy().equals(staff.username())) {
        tasks.add(
            new ApprovalTask(
                a.id(),
                a.subjectType(),
                a.subjectId(),
                a.chain(),
                a.label(),
                a.waitingFor(),
                a.submittedBy(),
                a.submittedAt(),
                a.dueOn()));
      }
    }
    return tasks;
  }

  /** The chief procurator may decide whatever waits for the deputy chief (分管副检察长 or 检察长). */
  private static boolean holds(StaffIdentity staff, Role role) {
    return staff.hasRole(role) || role == Role.DEPUTY_CHIEF && staff.hasRole(Role.CHIEF_PROCURATOR);
  }

  private ApprovalView pending(long approvalId) {
    ApprovalView a = get(approvalId);
    if (a.status() != ApprovalStatus.PENDING) {
      throw Conflict.of("approval.approvals.closed", a.status());
    }
    return a;
  }

  private static void requireHash(String hash) {
    if (hash == null || !hash.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("contentHash: a SHA-256 in hex is required");
    }
  }
}
