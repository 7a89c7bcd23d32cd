package org.sunshine.platform.petitions;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.sunshine.platform.access.ApplicantSignIn;
import org.sunshine.platform.notifications.Message;
import org.sunshine.platform.notifications.MessageChannel;
import org.sunshine.platform.notifications.Notifications;

/**
 * Tells a person where their reception booking stands, on the node where they booked: booked (with
 * the time, and the link of a video session), asked for (a public node waits for the inside's
 * seat), or not seated because the day filled up meanwhile (the matter stays registered).
 */
@Component
class ReceptionNotices {

  /** What the person is told. */
  enum Told {
    BOOKED,
    REQUESTED,
    FULL
  }

  private final Notifications notifications;
  private final ApplicantSignIn applicants;

  ReceptionNotices(Notifications notifications, ApplicantSignIn applicants) {
    this.notifications = notifications;
    this.applicants = applicants;
  }

  /**
   * In the answer's transaction, so the message commits with it; to the number they signed in with.
   */
  void tell(Told told, Receptions.Day d, long applicantId, long petitionId, String meetingLink) {
    tell(told, d, applicantId, applicants.mobile(applicantId), petitionId, meetingLink);
  }

  /** In the booking's transaction, so the message commits with it. */
  void tell(
      Told told,
      Receptions.Day d,
      long applicantId,
      String mobile,
      long petitionId,
      String meetingLink) {
    String template =
        switch (told) {
          case BOOKED -> d.video() ? "reception-video" : "reception-booked";
          case REQUESTED -> "reception-requested";
          case FULL -> "reception-full";
        };
    notifications.send(
        new Message(
            template + ":" + petitionId,
            "applicant:" + applicantId,
            Set.of(MessageChannel.INBOX, MessageChannel.SMS),
            mobile,
            null,
            template,
            List.of(
                d.unitName(),
                d.day().toString(),
                d.startsAt().toString(),
                meetingLink == null ? "" : meetingLink),
            "/petitions/mine/" + petitionId,
            false,
            false,
            d.unitId()));
  }
}
