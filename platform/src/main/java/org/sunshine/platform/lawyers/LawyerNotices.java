package org.sunshine.platform.lawyers;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.sunshine.platform.access.LawyerGrants;
import org.sunshine.platform.notifications.Message;
import org.sunshine.platform.notifications.MessageChannel;
import org.sunshine.platform.notifications.Notifications;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.ProcuratorateView;

/**
 * Pushes to the lawyer (2023 意见: every matter answered, key decisions pushed): each step of a
 * request and the verification of the account, in the inbox and by SMS, with the office phone of
 * the unit handling the case. Case progress itself reaches the lawyer as every grant holder (the
 * access module's push).
 */
@Component
class LawyerNotices {

  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

  private final Notifications notifications;
  private final LawyerGrants grants;
  private final Directory directory;
  private final MessageSource messages;

  LawyerNotices(
      Notifications notifications,
      LawyerGrants grants,
      Directory directory,
      MessageSource messages) {
    this.notifications = notifications;
    this.grants = grants;
    this.directory = directory;
    this.messages = messages;
  }

  static String recipient(long applicantId) {
    return "applicant:" + applicantId;
  }

  /** A request moved: the lawyer hears what it is now and whom to call. */
  void requestChanged(long applicantId, LawyerRequest r, Instant at) {
    // The decider's office phone once there is one, the unit's service phone before.
    String phone =
        r.handlerPhone != null
            ? r.handlerPhone
            : directory.find(r.unitId).map(ProcuratorateView::servicePhone).orElse("12309");
    send(
        "lawyer-request:" + r.id + ":" + r.status + ":" + at.toEpochMilli(),
        applicantId,
        "lawyer-request",
        List.of(
            r.caseNumber,
            text("lawyers.type." + r.type),
            text("lawyers.status." + r.status),
            phone == null ? "12309" : phone),
        "/lawyers/me/requests/" + r.id,
        r.unitId);
  }

  /** 案管 verified the account or refused it. */
  void verified(long applicantId, long lawyerId, boolean ok, long unitId, Instant at) {
    send(
        "lawyer-verified:" + lawyerId + ":" + at.toEpochMilli(),
        applicantId,
        ok ? "lawyer-verified" : "lawyer-refused",
        List.of(),
        "/lawyers/me",
        unitId);
  }

  private void send(
      String key, long applicantId, String template, List<Object> args, String link, Long unit) {
    notifications.send(
        new Message(
            key,
            recipient(applicantId),
            Set.of(MessageChannel.SMS, MessageChannel.INBOX),
            grants.mobile(applicantId),
            null,
            template,
            args,
            link,
            false,
            false,
            unit));
  }

  private String text(String key) {
    return messages.getMessage(key, null, key, ZH);
  }
}
