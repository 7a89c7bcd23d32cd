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
  private final Notifications notifications;

  ApplicantNotices(Applicants applicants, Notifications notifications) {
    this.applicants = applicants;
    this.notifications = notifications;
  }

  static String recipient(long applicantId) {
    return "applicant:" + applicantId;
  }

  /** 案管 rejected, asked for more, or approved (a forward is not the applicant's news yet). */
  void answered(AccessApplication a, Instant at) {
    notifications.send(
        new Message(
            "application:" + a.id + ":" + a.status() + ":" + at.toEpochMilli(),
            recipient(a.applicantId),
            Set.of(MessageChannel.SMS, MessageChannel.INBOX),
            applicants.mobile(a.applicantId),
            null,
            "application." + a.status(),
            List.of(),
            "/access",
            false,
            false,
            a.handlingUnit));
  }
}
