package org.sunshine.platform.petitions;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.texts.BadInput;

/**
 * Receptions and 行贿犯罪档案查询 across a split deployment (ADR 11, 16), the way petitions cross: the
 * reception days 控申 publishes inside are listed outside with the seats taken; a booking made
 * outside is a request that crosses inside with its matter (which then travels back as any
 * petition's state), is seated there or not, and its answer crosses back; a check requested outside
 * is answered inside and its answer crosses back, where the 告知函 is read and its code verified.
 */
@Service
public class HallReplicas {

  /**
   * A published reception day, as the public node lists it (by the internal node's id), with the
   * seats taken inside when it was sent ({@code null} from a node older than V63).
   */
  public record ReceptionDay(
      long originId,
      long unitId,
      LocalDate day,
      LocalTime startsAt,
      LocalTime endsAt,
      String leader,
      int slots,
      boolean video,
      Integer taken) {}

  /**
   * The inside's answer to a booking made outside, for the booking with this key: seated, or not
   * because the day filled up first (its matter stays registered either way).
   */
  public record BookingAnswer(long originId, UUID originKey, boolean seated) {}

  /**
   * A slot booked on the public node, with the matter registered for the visit; known inside by its
   * key (the public node's id is for reading: a rebuilt or second public node numbers from 1
   * again).
   */
  public record Booking(
      long originId,
      UUID originKey,
      long dayOriginId,
      long applicantId,
      boolean video,
      String meetingLink,
      PetitionReplica matter) {}

  /** A check requested on the public node, known on both nodes by its key (as a booking). */
  public record BriberyRequest(
      long originId,
      UUID originKey,
      long unitId,
      long applicantId,
      String requester,
      String names,
      String purpose,
      LocalDate receivedOn,
      LocalDate dueOn) {}

  /**
   * 控申's answer to a check requested outside, for the check with this key; no officer crosses. A
   * check that crossed before keys (V60) has none and is found by the public node's id.
   */
  public record BriberyAnswer(
      long originId,
      UUID originKey,
      boolean found,
      String finding,
      String verificationCode,
      LocalDate answeredOn) {}

  private final HallReplicaRows rows;
  private final PetitionReplicas petitions;
  private final PetitionRows petitionRows;
  private final Directory directory;
  private final BriberyNotices briberyNotices;
  private final ReceptionNotices notices;
  private final Receptions receptions;
  private final ApplicationEventPublisher events;

  HallReplicas(
      HallReplicaRows rows,
      PetitionReplicas petitions,
      PetitionRows petitionRows,
      Directory directory,
      BriberyNotices briberyNotices,
      ReceptionNotices notices,
      Receptions receptions,
      ApplicationEventPublisher events) {
    this.briberyNotices = briberyNotices;
    this.notices = notices;
    this.receptions = receptions;
    this.events = events;
    this.rows = rows;
    this.petitions = petitions;
    this.petitionRows = petitionRows;
    this.directory = directory;
  }

  /** A reception day published here (internal node), for the public node. */
  @Transactional(readOnly = true)
  public Optional<ReceptionDay> exportReceptionDay(long dayId) {
    return rows.receptionDay(dayId);
  }

  /** The days still to come (internal node): what a new public node is sent. */
  @Transactional(readOnly = true)
  public List<Long> upcomingReceptionDays() {
    return rows.upcomingDays();
  }

  /** Lists a day published inside (public node); sent again, it is updated, not doubled. */
  @Transactional
  public void applyReceptionDay(ReceptionDay d) {
    requireUnit(d.unitId());
    if (d.day() == null || d.startsAt() == null || d.endsAt() == null || d.slots() < 1) {
      throw BadInput.at("day", "petitions.hall-replicas.day.invalid");
    }
    rows.upsertDay(d);
  }

  /** A booking made here (public node) with its matter, for the internal node. */
  @Transactional(readOnly = true)
  public Optional<Booking> exportBooking(long bookingId) {
    return rows.booking(bookingId)
        .flatMap(
            b ->
                petitions
                    .exportPetition(b.petitionId())
                    .map(
                        m ->
                            new Booking(
                                bookingId,
                                b.key(),
                                b.dayOriginId(),
                                b.applicantId(),
                                b.video(),
                                b.meetingLink(),
                                m)));
  }

  /**
   * Takes in a booking made outside (internal node): the visit's matter is registered, filed
   * outside, so its state and replies go back; the seat is given under the day's row lock if one is
   * left (two public nodes may each have asked for the last one), and the answer goes back. The
   * same booking twice is one.
   */
  @Transactional
  public void receiveBooking(Booking b) {
    requireKey(b.originKey());
    if (b.matter() == null || b.matter().channelOrOnline() != PetitionChannel.RECEPTION) {
      throw BadInput.at("matter", "petitions.hall-replicas.booking.matter-missing");
    }
    int slots =
        rows.lockLocalDay(b.dayOriginId())
            .orElseThrow(
                () ->
                    BadInput.at(
                        "dayOriginId", "petitions.hall-replicas.day.unknown", b.dayOriginId()));
    boolean seated = rows.seated(b.dayOriginId()) < slots;
    petitions.receivePetition(b.matter());
    long petitionId = petitionRows.byCode(b.matter().queryCode()).orElseThrow().petition().id;
    // The same booking again (a public node restored from a backup sends it anew): its answer
    // goes back again, which the public node takes only while it still waits for one.
    long id =
        rows.insertBooking(b, petitionId, seated)
            .orElseGet(() -> rows.bookingByKey(b.originKey()).orElseThrow());
    events.publishEvent(new ReceptionSeatsChanged(b.dayOriginId(), id, true));
  }

  /**
   * The answers to the bookings from outside on days still to come (internal node): sent again with
   * everything, for a public node rebuilt or restored from a backup.
   */
  @Transactional(readOnly = true)
  public List<Long> upcomingBookingAnswers() {
    return rows.upcomingAnswers();
  }

  /** The answer to a booking made outside (internal node), for the public node. */
  @Transactional(readOnly = true)
  public Optional<BookingAnswer> exportBookingAnswer(long bookingId) {
    return rows.bookingAnswer(bookingId);
  }

  /** The inside's answer arrives (public node): the person is told, once. */
  @Transactional
  public void applyBookingAnswer(BookingAnswer a) {
    requireKey(a.originKey());
    rows.applyBookingAnswer(a)
        .ifPresent(
            x ->
                notices.tell(
                    x.seated() ? ReceptionNotices.Told.BOOKED : ReceptionNotices.Told.FULL,
                    receptions.dayOf(x.dayId()),
                    x.applicantId(),
                    x.petitionId(),
                    x.meetingLink()));
  }

  /** A check requested here (public node), for the internal node. */
  @Transactional(readOnly = true)
  public Optional<BriberyRequest> exportBriberyRequest(long checkId) {
    return rows.briberyRequest(checkId);
  }

  /** Takes in a check requested outside (internal node); the same one twice is one. */
  @Transactional
  public void receiveBriberyRequest(BriberyRequest r) {
    requireKey(r.originKey());
    requireUnit(r.unitId());
    if (blank(r.requester()) || blank(r.names()) || blank(r.purpose()) || r.dueOn() == null) {
      throw BadInput.at("names", "petitions.hall-replicas.check.incomplete");
    }
    rows.insertBriberyRequest(r);
  }

  /** The answer to a check requested outside (internal node), for the public node. */
  @Transactional(readOnly = true)
  public Optional<BriberyAnswer> exportBriberyAnswer(long checkId) {
    return rows.briberyAnswer(checkId);
  }

  /** The answer arrives (public node): the 告知函 is there to read and its code to verify. */
  @Transactional
  public void applyBriberyAnswer(BriberyAnswer a) {
    if (a.verificationCode() == null || !a.verificationCode().matches("XH[0-9A-Z]{10}")) {
      throw BadInput.at("verificationCode", "petitions.hall-replicas.check.code-invalid");
    }
    if (a.found() && blank(a.finding())) {
      throw BadInput.at("finding", "petitions.hall-replicas.check.finding-required");
    }
    rows.applyBriberyAnswer(a)
        .ifPresent(applied -> briberyNotices.answered(applied[0], applied[1], applied[2]));
  }

  private static void requireKey(UUID key) {
    if (key == null) {
      throw BadInput.at("originKey", "petitions.hall-replicas.origin-key.missing");
    }
  }

  private void requireUnit(long unitId) {
    if (directory.find(unitId).isEmpty()) {
      throw BadInput.at("unitId", "petitions.hall-replicas.unit.unknown", unitId);
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
