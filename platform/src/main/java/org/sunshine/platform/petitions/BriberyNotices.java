package org.sunshine.platform.petitions;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.sunshine.platform.access.ApplicantSignIn;
import org.sunshine.platform.notifications.Message;
import org.sunshine.platform.notifications.MessageChannel;
import org.sunshine.platform.notifications.Notifications;
import org.sunshine.platform.organisation.Directory;

/**
 * Tells the applicant that the 行贿犯罪档案查询 is answered, on the node where they asked: inside when it
 * was asked inside, on the public node when the answer arrives there. The message says only that
 * there is an answer; the names checked and the finding stay behind the sign-in.
 */
@Component
class BriberyNotices {

  private final Notifications notifications;
  private final ApplicantSignIn applicants;
  private final Directory directory;

  BriberyNotices(Notifications notifications, ApplicantSignIn applicants, Directory directory) {
    this.notifications = notifications;
    this.applicants = applicants;
    this.directory = directory;
  }

  /** In the answer's transaction, so the message and the answer commit together. */
  void answered(long checkId, long applicantId, long unitId) {
    notifications.send(
        new Message(
            "bribery-check-answered:" + checkId,
            "applicant:" + applicantId,
            Set.of(MessageChannel.INBOX, MessageChannel.SMS),
            applicants.mobile(applicantId),
            null,
            "bribery-check-answered",
            List.of(directory.get(unitId).name()),
            "/bribery-checks",
            false,
            false,
            unitId));
  }
}
