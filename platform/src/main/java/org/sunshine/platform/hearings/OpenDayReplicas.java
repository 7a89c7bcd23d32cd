package org.sunshine.platform.hearings;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.texts.BadInput;
import org.sunshine.platform.texts.Texts;

/**
 * 检察开放日 across a split deployment (ADR 11, 28). The internal node is the truth of every open day's
 * seats: an open day published inside is listed outside with the seats booked so far; a booking
 * made outside is a request that crosses inside, where it is admitted or refused under the open
 * day's lock like any booking; the answer crosses back and the visitor is told there. So the two
 * nodes together never book more seats than the open day has. Visitors' names and mobiles only ever
 * travel inward, with their own booking; nothing personal goes out.
 */
@Service
public class OpenDayReplicas {

  /** An open day as the public node lists it (by the internal node's id); no staff name. */
  public record OpenDayReplica(
      long originId,
      long unitId,
      String theme,
      Instant startsAt,
      Instant endsAt,
      String place,
      int capacity,
      Instant bookingDeadline,
      String state,
      String cancelReason,
      int seatsTaken) {}

  /**
   * A booking made on the public node (its id and random key there), for the open day's internal
   * id: REQUESTED, or CANCELLED by the visitor.
   */
  public record BookingRequest(
      long originId,
      UUID key,
      long openDayOriginId,
      String visitorName,
      String mobile,
      int partySize,
      String state,
      Instant requestedAt) {}

  /**
   * The internal node's answer, by the public node's booking id and key: BOOKED, REFUSED,
   * CANCELLED.
   */
  public record BookingAnswer(long originId, UUID key, String state, String refusal) {}

  private final OpenDayReplicaRows rows;
  private final OpenDayRows openDayRows;
  private final OpenDays openDays;
  private final OpenDayNotices notices;
  private final Directory directory;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  OpenDayReplicas(
      OpenDayReplicaRows rows,
      OpenDayRows openDayRows,
      OpenDays openDays,
      OpenDayNotices notices,
      Directory directory,
      ApplicationEventPublisher events,
      Clock clock) {
    this.rows = rows;
    this.openDayRows = openDayRows;
    this.openDays = openDays;
    this.notices = notices;
    this.directory = directory;
    this.events = events;
    this.clock = clock;
  }

  /** An open day published here (internal node), never a draft, for the public node. */
  @Transactional(readOnly = true)
  public Optional<OpenDayReplica> exportOpenDay(long openDayId) {
    return rows.openDay(openDayId);
  }

  /**
   * The open days still to come that were ever published, cancelled ones included (internal node):
   * what a new public node, or one recovering from a lost package, is sent.
   */
  @Transactional(readOnly = true)
  public List<Long> upcomingOpenDays() {
    return rows.upcomingLocal(clock.instant());
  }

  /**
   * The answers to the bookings from outside on those days (internal node): sent again with
   * everything, for a public node rebuilt or restored from a backup.
   */
  @Transactional(readOnly = true)
  public List<Long> upcomingAnswers() {
    return rows.upcomingAnswers(clock.instant());
  }

  /**
   * Lists an open day published inside (public node); sent again it is updated, not doubled. When
   * it arrives cancelled, every visitor with a booking or request here is told, once.
   */
  @Transactional
  public void applyOpenDay(OpenDayReplica d) {
    if (directory.find(d.unitId()).isEmpty()) {
      throw BadInput.at("unitId", "hearings.open-day-replicas.unit.unknown", d.unitId());
    }
    if (d.startsAt() == null || d.endsAt() == null || !d.startsAt().isBefore(d.endsAt())) {
      throw BadInput.at("startsAt", "hearings.open-day-replicas.starts-at.invalid");
    }
    if (d.bookingDeadline() == null || d.bookingDeadline().isAfter(d.startsAt())) {
      throw BadInput.at("bookingDeadline", "hearings.open-day-replicas.booking-deadline.invalid");
    }
    OpenDay.State state = OpenDay.State.valueOf(d.state());
    if (state == OpenDay.State.SCHEDULED || d.capacity() < 1 || d.seatsTaken() < 0) {
      throw BadInput.at("state", "hearings.open-day-replicas.state.not-published");
    }
    Optional<String> before = rows.lockReplicaState(d.originId());
    long id = rows.upsertReplica(d, clock.instant());
    if (state == OpenDay.State.CANCELLED && !before.equals(Optional.of("CANCELLED"))) {
      OpenDayView view = openDays.view(openDayRows.find(id).orElseThrow());
      for (OpenDayRows.Booking b : openDayRows.bookings(id, true)) {
        notices.openDayCancelled(b, view);
      }
      // A request not yet answered is off too; the refusal that follows from inside is not told.
      rows.refusePending(id, Texts.text("hearings.open-day-replicas.pending.cancelled"));
    }
  }

  /** A booking made or cancelled here (public node), for the internal node. */
  @Transactional(readOnly = true)
  public Optional<BookingRequest> exportBooking(long bookingId) {
    return rows.request(bookingId);
  }

  /**
   * Takes in a booking made outside (internal node). It is admitted like a booking made here, under
   * the open day's lock and within its seats, as of when it was made outside (the booking deadline)
   * — or refused with the reason. The same request twice is one; a cancellation frees its seats.
   */
  @Transactional
  public void receiveBooking(BookingRequest r) {
    if (r.key() == null) {
      throw BadInput.at("key", "hearings.open-day-replicas.booking.key-missing");
    }
    if (r.visitorName() == null || r.visitorName().isBlank() || r.mobile() == null) {
      throw BadInput.at("visitorName", "hearings.open-day-replicas.booking.visitor-missing");
    }
    if (r.partySize() < 1 || r.partySize() > 5 || r.requestedAt() == null) {
      throw BadInput.at("partySize", "hearings.open-day-replicas.booking.party-size-invalid");
    }
    OpenDay d =
        openDayRows
            .lock(r.openDayOriginId())
            .filter(x -> !x.replica)
            .orElseThrow(
                () ->
                    BadInput.at(
                        "openDayOriginId",
                        "hearings.open-day-replicas.open-day.unknown",
                        r.openDayOriginId()));
    Optional<OpenDayRows.Booking> known = rows.byKey(r.key());
    if ("CANCELLED".equals(r.state())) {
      known
          .filter(OpenDayRows.Booking::live)
          .ifPresent(
              b -> {
                openDayRows.cancelBooking(b.id(), clock.instant());
                events.publishEvent(new OpenDayBookingChanged(b.id(), d.id, true));
              });
      return;
    }
    if (known.isPresent()) {
      // The same request again (a public node restored from a backup sends it anew): its answer
      // goes back again, which the public node takes only while it still waits for one.
      events.publishEvent(new OpenDayBookingChanged(known.get().id(), d.id, true));
      return;
    }
    String refusal = null;
    try {
      d.admit(openDayRows.seatsTaken(d.id), r.partySize(), r.requestedAt());
    } catch (IllegalArgumentException e) {
      refusal = Forms.reason(e);
    }
    long id = rows.insertFromOutside(d.id, r, refusal, clock.instant());
    events.publishEvent(new OpenDayBookingChanged(id, d.id, true));
  }

  /** The answer to a booking made outside (internal node), for the public node. */
  @Transactional(readOnly = true)
  public Optional<BookingAnswer> exportAnswer(long bookingId) {
    return rows.answer(bookingId);
  }

  /**
   * The answer arrives (public node): a pending request becomes booked or refused and the visitor
   * is told; once only, so the same answer again tells nobody twice.
   */
  @Transactional
  public void applyAnswer(BookingAnswer a) {
    if (a.key() == null) {
      throw BadInput.at("key", "hearings.open-day-replicas.answer.key-missing");
    }
    switch (a.state()) {
      case "BOOKED", "REFUSED" -> {
        rows.answerPending(a.originId(), a.key(), a.state(), a.refusal())
            .ifPresent(
                b -> {
                  OpenDayView view = openDays.view(openDayRows.find(b.openDayId()).orElseThrow());
                  if ("BOOKED".equals(a.state())) {
                    notices.booked(b, view);
                  } else {
                    notices.refused(b, view, a.refusal());
                  }
                });
      }
      case "CANCELLED" -> {
        // The visitor cancelled it here first; nothing more to do or say.
      }
      default -> throw BadInput.at("state", "hearings.open-day-replicas.answer.unknown", a.state());
    }
  }
}
