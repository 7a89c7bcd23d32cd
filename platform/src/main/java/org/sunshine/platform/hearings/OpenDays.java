package org.sunshine.platform.hearings;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunshine.platform.access.ApplicantSignIn;
import org.sunshine.platform.audit.AuditLog;
import org.sunshine.platform.audit.Channel;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.Role;
import org.sunshine.platform.organisation.StaffIdentity;
import org.sunshine.platform.texts.BadInput;
import org.sunshine.platform.texts.Forbidden;
import org.sunshine.platform.texts.Texts;

/**
 * 检察开放日 (seed 000 §(六)): the press office or 案管 of a unit schedules and publishes its open days,
 * the public books seats with the applicant's SMS sign-in, and every visitor hears of a booking,
 * the day before, and a cancellation through notifications.
 */
@Service
public class OpenDays {

  static final String SUBJECT = "OpenDay";

  private final OpenDayRows rows;
  private final OpenDayNotices notices;
  private final Directory directory;
  private final ApplicantSignIn applicants;
  private final AuditLog audit;
  private final HearingsProperties settings;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  OpenDays(
      OpenDayRows rows,
      OpenDayNotices notices,
      Directory directory,
      ApplicantSignIn applicants,
      AuditLog audit,
      HearingsProperties settings,
      Clock clock,
      ApplicationEventPublisher events) {
    this.events = events;
    this.rows = rows;
    this.notices = notices;
    this.directory = directory;
    this.applicants = applicants;
    this.audit = audit;
    this.settings = settings;
    this.clock = clock;
  }

  /** Who organises open days: the press office and 案管 (检务公开) of a unit. */
  static boolean organiser(StaffIdentity staff) {
    return staff.hasRole(Role.PRESS_OFFICE) || staff.hasRole(Role.CASE_MANAGEMENT);
  }

  /** Schedules an open day of the staff member's own unit; returns its id. */
  @Transactional
  public long schedule(StaffIdentity staff, NewOpenDay d) {
    if (!organiser(staff)) {
      throw Forbidden.of("hearings.open-days.schedule.forbidden");
    }
    if (d.theme() == null || d.theme().isBlank() || d.theme().length() > 200) {
      throw BadInput.at("theme", "hearings.open-days.theme.required");
    }
    if (d.place() == null || d.place().isBlank() || d.place().length() > 200) {
      throw BadInput.at("place", "hearings.open-days.place.required");
    }
    if (d.capacity() < 1 || d.capacity() > 2000) {
      throw BadInput.at("capacity", "hearings.open-days.capacity.range");
    }
    if (d.startsAt() == null || d.endsAt() == null || !d.startsAt().isBefore(d.endsAt())) {
      throw BadInput.at("startsAt", "hearings.open-days.times.order");
    }
    if (!d.startsAt().isAfter(now())) {
      throw BadInput.at("startsAt", "hearings.open-days.starts-at.future");
    }
    if (d.bookingDeadline() == null || d.bookingDeadline().isAfter(d.startsAt())) {
      throw BadInput.at("bookingDeadline", "hearings.open-days.booking-deadline.after-start");
    }
    long id =
        rows.insert(
            staff.unitId(),
            d,
            instant(d.startsAt()),
            instant(d.endsAt()),
            instant(d.bookingDeadline()),
            staff.username(),
            clock.instant());
    record(staff, "SCHEDULE_OPEN_DAY", id, d.theme());
    return id;
  }

  @Transactional
  public void publish(StaffIdentity staff, long id) {
    OpenDay d = managed(staff, id);
    d.publish(clock.instant());
    rows.save(d, clock.instant());
    record(staff, "PUBLISH_OPEN_DAY", id, d.theme);
    events.publishEvent(new OpenDayChanged(id));
  }

  /** Cancels it and tells every visitor with a live booking, with the reason. */
  @Transactional
  public void cancel(StaffIdentity staff, long id, String reason) {
    OpenDay d = managed(staff, id);
    d.cancel(reason);
    rows.save(d, clock.instant());
    OpenDayView view = view(d);
    for (OpenDayRows.Booking b : rows.bookings(id, true)) {
      // One made on a public node is told there, when the cancellation arrives.
      if (b.madeHere()) {
        notices.openDayCancelled(b, view);
      }
    }
    record(staff, "CANCEL_OPEN_DAY", id, d.cancelReason);
    events.publishEvent(new OpenDayChanged(id));
  }

  @Transactional
  public void hold(StaffIdentity staff, long id) {
    OpenDay d = managed(staff, id);
    d.hold(clock.instant());
    rows.save(d, clock.instant());
    record(staff, "HOLD_OPEN_DAY", id, d.theme);
    events.publishEvent(new OpenDayChanged(id));
  }

  /**
   * Books seats for a signed-in applicant. The open day's row is locked while the seats are
   * counted, so concurrent bookings queue and the capacity is never exceeded. On a split
   * deployment's public node the booking is a request: the seats it counts are those the internal
   * node last reported plus the requests on their way, and the internal node, which counts every
   * seat, confirms or refuses it (ADR 28); the visitor is told either way.
   */
  @Transactional
  public long book(long applicantId, long openDayId, String name, int partySize) {
    if (name == null || name.isBlank() || name.strip().length() > 50) {
      throw BadInput.at("name", "hearings.open-days.name.required");
    }
    if (partySize < 1 || partySize > settings.maxPartySize()) {
      throw BadInput.at(
          "partySize", "hearings.open-days.party-size.range", settings.maxPartySize());
    }
    OpenDay d = rows.lock(openDayId).orElseThrow(NoSuchElementException::new);
    if (rows.hasLiveBooking(openDayId, applicantId)) {
      throw BadInput.at("openDay", "hearings.open-days.booking.already");
    }
    d.admit(rows.seatsTaken(openDayId), partySize, clock.instant());
    String mobile = applicants.mobile(applicantId);
    String state = d.replica ? "REQUESTED" : "BOOKED";
    long id =
        rows.insertBooking(
            openDayId, applicantId, name.strip(), mobile, partySize, state, clock.instant());
    if (d.replica) {
      notices.requested(rows.booking(id).orElseThrow(), view(d));
    } else {
      notices.booked(rows.booking(id).orElseThrow(), view(d));
    }
    events.publishEvent(new OpenDayBookingChanged(id, openDayId, false));
    return id;
  }

  /** A visitor cancels their own booking before the open day begins. */
  @Transactional
  public void cancelBooking(long applicantId, long bookingId) {
    OpenDayRows.Booking b =
        rows.booking(bookingId)
            .filter(x -> x.applicantId() == applicantId)
            .orElseThrow(NoSuchElementException::new);
    OpenDay d = rows.lock(b.openDayId()).orElseThrow(NoSuchElementException::new);
    if (!b.live()) {
      return;
    }
    d.releaseSeat(clock.instant());
    rows.cancelBooking(bookingId, clock.instant());
    notices.bookingCancelled(b, view(d));
    events.publishEvent(new OpenDayBookingChanged(bookingId, b.openDayId(), false));
  }

  @Transactional(readOnly = true)
  List<OpenDayView> upcoming() {
    return rows.upcoming(clock.instant()).stream().map(this::view).toList();
  }

  @Transactional(readOnly = true)
  OpenDayView get(long id) {
    return view(rows.find(id).orElseThrow(NoSuchElementException::new));
  }

  /** A published, cancelled or held open day as the public may see it (never a draft). */
  @Transactional(readOnly = true)
  OpenDayView published(long id) {
    OpenDay d = rows.find(id).orElseThrow(NoSuchElementException::new);
    if (d.state == OpenDay.State.SCHEDULED || !rows.wasPublished(id)) {
      throw new NoSuchElementException("open day " + id); // a draft, or one cancelled as a draft
    }
    return view(d);
  }

  /** Whether this booking waits for the internal node's answer (made on a public node). */
  @Transactional(readOnly = true)
  boolean isRequest(long bookingId) {
    return rows.booking(bookingId).map(b -> "REQUESTED".equals(b.state())).orElse(false);
  }

  @Transactional(readOnly = true)
  List<OpenDayRows.Booking> mine(long applicantId) {
    return rows.ofApplicant(applicantId);
  }

  /** Open days of the units the staff member sees, in one year. */
  @Transactional(readOnly = true)
  List<OpenDayView> ofYear(StaffIdentity staff, int year) {
    return rows
        .ofUnits(
            directory.unitsVisibleTo(staff),
            instant(LocalDate.of(year, 1, 1).atStartOfDay()),
            instant(LocalDate.of(year + 1, 1, 1).atStartOfDay()))
        .stream()
        .map(this::view)
        .toList();
  }

  /** An open day in the staff member's scope (or none, as if it did not exist). */
  @Transactional(readOnly = true)
  OpenDayView inScope(StaffIdentity staff, long id) {
    OpenDay d = rows.find(id).orElseThrow(NoSuchElementException::new);
    if (!directory.unitsVisibleTo(staff).contains(d.unitId)) {
      throw new NoSuchElementException("open day " + id);
    }
    return view(d);
  }

  /**
   * The visitors of an open day (names and mobiles): the organisers of its own unit only (an upper
   * unit sees the day and its figures, not the people), each look audited.
   */
  @Transactional
  List<OpenDayRows.Booking> bookings(StaffIdentity staff, long id) {
    OpenDayView d = inScope(staff, id);
    if (!manages(staff, d)) {
      throw Forbidden.of("hearings.open-days.bookings.forbidden");
    }
    List<OpenDayRows.Booking> list = rows.bookings(id, false);
    record(
        staff,
        "VIEW_OPEN_DAY_BOOKINGS",
        id,
        Texts.text("hearings.audit.bookings", d.theme(), list.size()));
    return list;
  }

  boolean manages(StaffIdentity staff, OpenDayView d) {
    return organiser(staff) && staff.unitId() == d.unitId();
  }

  LocalDateTime now() {
    return LocalDateTime.ofInstant(clock.instant(), zone());
  }

  private OpenDay managed(StaffIdentity staff, long id) {
    OpenDay d = rows.lock(id).orElseThrow(NoSuchElementException::new);
    if (!directory.unitsVisibleTo(staff).contains(d.unitId)) {
      throw new NoSuchElementException("open day " + id);
    }
    if (!organiser(staff) || staff.unitId() != d.unitId) {
      throw Forbidden.of("hearings.open-days.handle.forbidden");
    }
    return d;
  }

  OpenDayView view(OpenDay d) {
    return new OpenDayView(
        d.id,
        d.unitId,
        directory.get(d.unitId).name(),
        d.theme,
        local(d.startsAt),
        local(d.endsAt),
        d.place,
        d.capacity,
        rows.seatsTaken(d.id),
        local(d.bookingDeadline),
        d.state.name(),
        d.cancelReason);
  }

  private void record(StaffIdentity staff, String action, long id, String detail) {
    audit.record(
        staff.username(),
        staff.unitId(),
        action,
        SUBJECT,
        Long.toString(id),
        detail,
        Channel.CONSOLE);
  }

  private ZoneId zone() {
    return clock.getZone();
  }

  private LocalDateTime local(Instant i) {
    return LocalDateTime.ofInstant(i, zone());
  }

  private Instant instant(LocalDateTime t) {
    return t.atZone(zone()).toInstant();
  }
}
