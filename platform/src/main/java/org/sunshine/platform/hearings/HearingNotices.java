package org.sunshine.platform.hearings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.sunshine.platform.notifications.Message;
import org.sunshine.platform.notifications.MessageChannel;
import org.sunshine.platform.notifications.Notifications;

/**
 * What a drawn 人民监督员 and an admitted observer are told. A supervisor has no account: the message
 * goes to their mobile. Neither message names a party: the subject is public wording already.
 */
@Component
class HearingNotices {

  private final Notifications notifications;
  private final MessageSource messages;

  HearingNotices(Notifications notifications, MessageSource messages) {
    this.notifications = notifications;
    this.messages = messages;
  }

  void invited(HearingView h, HearingRows.Supervisor s) {
    notifications.send(
        new Message(
            "hearing-supervisor-invited:" + h.id() + ":" + s.id(),
            "mobile:" + s.mobile(),
            Set.of(MessageChannel.SMS),
            s.mobile(),
            null,
            "hearing-supervisor-invited",
            List.of(s.name(), h.unitName(), kind(h), when(h), h.place()),
            null,
            false,
            false,
            h.unitId()));
  }

  void released(HearingView h, HearingRows.Seat s) {
    notifications.send(
        new Message(
            "hearing-supervisor-released:" + h.id() + ":" + s.supervisorId(),
            "mobile:" + s.mobile(),
            Set.of(MessageChannel.SMS),
            s.mobile(),
            null,
            "hearing-supervisor-released",
            List.of(s.name(), h.unitName(), kind(h), when(h)),
            null,
            false,
            false,
            h.unitId()));
  }

  /** The hearing was called off: an invited supervisor is told on their mobile. */
  void cancelledForSupervisor(HearingView h, HearingRows.Seat s) {
    notifications.send(
        new Message(
            "hearing-cancelled-supervisor:" + h.id() + ":" + s.supervisorId(),
            "mobile:" + s.mobile(),
            Set.of(MessageChannel.SMS),
            s.mobile(),
            null,
            "hearing-cancelled-supervisor",
            List.of(s.name(), h.unitName(), kind(h), when(h)),
            null,
            false,
            false,
            h.unitId()));
  }

  /** The hearing was called off: an admitted observer is told where they applied. */
  void cancelledForObserver(HearingView h, long observerId, long applicantId, String mobile) {
    observer("hearing-cancelled-observer", h, observerId, applicantId, mobile, null);
  }

  /** Its case turned out to be withheld by law: the hearing is no longer open to the public. */
  void withdrawnForObserver(HearingView h, long observerId, long applicantId, String mobile) {
    observer("hearing-withdrawn-observer", h, observerId, applicantId, mobile, null);
  }

  void admitted(HearingView h, long observerId, long applicantId, String mobile) {
    observer("hearing-observer-admitted", h, observerId, applicantId, mobile, null);
  }

  /** An application made on a split deployment's public node, before the inside answers it. */
  void requested(HearingView h, long observerId, long applicantId, String mobile) {
    observer("hearing-observer-requested", h, observerId, applicantId, mobile, null);
  }

  /** The inside could not admit it (the seats went, or the hearing began or was called off). */
  void refused(HearingView h, long observerId, long applicantId, String mobile, String reason) {
    observer("hearing-observer-refused", h, observerId, applicantId, mobile, reason);
  }

  private void observer(
      String template,
      HearingView h,
      long observerId,
      long applicantId,
      String mobile,
      String reason) {
    List<Object> args = new ArrayList<>(List.of(h.unitName(), kind(h), when(h), h.place()));
    if (reason != null) {
      args.add(reason);
    }
    notifications.send(
        new Message(
            template + ":" + observerId,
            "applicant:" + applicantId,
            Set.of(MessageChannel.INBOX, MessageChannel.SMS),
            mobile,
            null,
            template,
            args,
            "/hearings/" + h.id(),
            false,
            false,
            h.unitId()));
  }

  private String kind(HearingView h) {
    return messages.getMessage("hearings.kind." + h.kind(), null, Locale.CHINA);
  }

  private static String when(HearingView h) {
    return h.startsAt().format(OpenDayNotices.WHEN);
  }
}
