package org.sunshine.platform.lawyers;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.sunshine.platform.approval.ApprovalSubjectPages;
import org.sunshine.platform.approval.Approvals;
import org.sunshine.platform.organisation.Role;
import org.sunshine.platform.organisation.StaffIdentity;
import org.sunshine.platform.texts.Conflict;
import org.sunshine.platform.texts.Texts;

/**
 * 案管 routes a request to the handling procurators through the existing task inbox (待办): a one-step
 * approval chain {@code lawyer-request} waiting for 承办检察官 of the unit, with the request's due date.
 * The handler's answer on the request page clears the task; 案管 answering it clears it too.
 */
@Component
class Routing implements ApprovalSubjectPages {

  static final String SUBJECT = "LawyerRequest";
  static final String CHAIN = "lawyer-request";

  private final Approvals approvals;
  private final MessageSource messages;

  Routing(Approvals approvals, MessageSource messages) {
    this.approvals = approvals;
    this.messages = messages;
  }

  @Override
  public String subjectType() {
    return SUBJECT;
  }

  @Override
  public String pageOf(long subjectId) {
    return "/console/lawyers/requests/" + subjectId;
  }

  void route(StaffIdentity caseManagement, LawyerRequest r) {
    if (!r.status.open() || routed(r.id)) {
      throw Conflict.of("lawyers.routing.routed");
    }
    String label =
        messages.getMessage("lawyers.type." + r.type, null, Locale.SIMPLIFIED_CHINESE)
            + " · "
            + r.caseNumber;
    approvals.submit(caseManagement, SUBJECT, r.id, CHAIN, r.unitId, label, hash(r), r.dueOn);
  }

  boolean routed(long requestId) {
    return approvals.pendingFor(SUBJECT, requestId).isPresent();
  }

  /** The request was answered: the handler's task is done (or withdrawn when 案管 answered). */
  void answered(StaffIdentity staff, LawyerRequest r) {
    approvals
        .pendingFor(SUBJECT, r.id)
        .ifPresent(
            a -> {
              if (staff.hasRole(Role.CASE_HANDLER) && !a.submittedBy().equals(staff.username())) {
                approvals.decide(staff, a.id(), true, null, a.contentHash());
              } else {
                approvals.cancelPending(
                    SUBJECT, r.id, staff.username(), Texts.text("lawyers.routing.step.answered"));
              }
            });
  }

  private static String hash(LawyerRequest r) {
    try {
      byte[] d =
          MessageDigest.getInstance("SHA-256")
              .digest((r.id + "\n" + r.type + "\n" + r.details).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
