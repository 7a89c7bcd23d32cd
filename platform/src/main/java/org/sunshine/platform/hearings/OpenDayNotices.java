package org.sunshine.platform.hearings;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.sunshine.platform.notifications.Message;
import org.sunshine.platform.notifications.MessageChannel;
import org.sunshine.platform.notifications.Notifications;

/**
 * What a visitor is told about their booking, by SMS and in their inbox: the confirmation, the
 * reminder the day before, and a cancellation by either side. Each key names the booking, so an
 * event or a job run twice tells nobody twice.
 */
@Component
class OpenDayNotices {

  static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final Notifications notifications;

  OpenDayNotices(Notifications notifications) {
    this.notifications = notifications;
  }

  void booked(OpenDayRows.Booking b, OpenDayView d) {
    send(
        "open-day-booked",
        b,
        d,
        List.of(d.unitName(), when(d), d.place(), b.partySize(), d.theme()));
  }

  /** A request made on a split deployment's public node, before the internal node answers it. */
  void requested(OpenDayRows.Booking b, OpenDayView d) {
    send(
        "open-day-requested",
        b,
        d,
        List.of(d.unitName(), when(d), d.place(), b.partySize(), d.theme()));
  }

  /** The internal node could not take the request (the seats went, or booking closed). */
  void refused(OpenDayRows.Booking b, OpenDayView d, String reason) {
    send(
        "open-day-refused",
        b,
        d,
        List.of(d.unitName(), when(d), reason == null ? "" : reason, d.theme()));
  }

  void reminder(OpenDayRows.Booking b, OpenDayView d) {
    send("open-day-reminder", b, d, List.of(d.unitName(), when(d), d.place(), d.theme()));
  }

  void bookingCancelled(OpenDayRows.Booking b, OpenDayView d) {
    send("open-day-booking-cancelled", b, d, List.of(d.unitName(), when(d), d.theme()));
  }

  void openDayCancelled(OpenDayRows.Booking b, OpenDayView d) {
    send(
        "open-day-cancelled",
        b,
        d,
        // In the template's order: {1} when, {2} the reason, {3} the theme.
        List.of(
            d.unitName(), when(d), d.cancelReason() == null ? "" : d.cancelReason(), d.theme()));
  }

  private static String when(OpenDayView d) {
    return d.startsAt().format(WHEN);
  }

  private void send(String template, OpenDayRows.Booking b, OpenDayView d, List<Object> args) {
    notifications.send(
        new Message(
            template + ":" + b.id(),
            "applicant:" + b.applicantId(),
            Set.of(MessageChannel.INBOX, MessageChannel.SMS),
            b.mobile(),
            null,
            template,
            args,
            "/open-days/mine",
            false,
            false,
            d.unitId()));
  }
}
