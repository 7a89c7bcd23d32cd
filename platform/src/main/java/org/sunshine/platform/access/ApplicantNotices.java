package org.sunshine.platform.access;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.sunshine.platform.notifications.Message;
import org.sunshine.platform.notifications.MessageChannel;
import org.sunshine.platform.notifications.Notifications;

/**
 * What applicants are told, by SMS and in their inbox (我的消息), queued with the change that causes
 * it: never for a decision that rolled back, never twice for one decision.
 */
@Component
class ApplicantNotices {

  private final Applicants applicants;
  private final AccessRows rows;
  private final Notifications notifications;

  ApplicantNotices(Applicants applicants, AccessRows rows, Notifications notifications) {
    this.applicants = applicants;
    this.rows = rows;
    this.notifications = notifications;
  }

  static String recipient(long applicantId) {
    return "applicant:" + applicantId;
  }

  /**
   * 案管 rejected, asked for more, or approved (a forward is not the applicant's news yet). An
   * application filed on the public node is answered there, when the decision arrives.
   */
  void answered(AccessApplication a, Instant at) {
    if (rows.fromPublicNode(a.id)) {
      return;
    }
    tell(a.id, a.applicantId, a.status(), a.handlingUnit, at);
  }

  /** On the public node: the decision on an application filed here has arrived. */
  void answeredHere(
      long applicationId, long applicantId, ApplicationStatus status, Long unit, Instant at) {
    if (status == ApplicationStatus.APPROVED
        || status == ApplicationStatus.REJECTED
        || status == ApplicationStatus.MORE_INFO_REQUESTED) {
      tell(applicationId, applicantId, status, unit, at);
    }
  }

  /** 案管 revoked a grant: the applicant hears it (not the reason, which may name others). */
  void revoked(long applicationId, long applicantId, long grantId, String caseNumber, Instant at) {
    if (rows.fromPublicNode(applicationId)) {
      return; // told on the public node when the revocation arrives
    }
    revokedHere(applicantId, grantId, caseNumber, at);
  }

  /** On the node where the applicant is: their grant was revoked. */
  void revokedHere(long applicantId, long grantId, String caseNumber, Instant at) {
    notifications.send(
        new Message(
            "grant-revoked:" + grantId,
            recipient(applicantId),
            Set.of(MessageChannel.SMS, MessageChannel.INBOX),
            applicants.mobile(applicantId),
            null,
            "grant-revoked",
            List.of(caseNumber),
            "/access",
            false,
            false,
            null));
  }

  private void tell(
      long applicationId, long applicantId, ApplicationStatus status, Long unit, Instant at) {
    notifications.send(
        new Message(
            "application:" + applicationId + ":" + status + ":" + at.toEpochMilli(),
            recipient(applicantId),
            Set.of(MessageChannel.SMS, MessageChannel.INBOX),
            applicants.mobile(applicantId),
            null,
            "application." + status,
            List.of(),
            "/access",
            false,
            false,
            unit));
  }
}
