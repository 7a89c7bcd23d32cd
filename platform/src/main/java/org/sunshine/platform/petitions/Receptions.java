package org.sunshine.platform.petitions;

import java.security.SecureRandom;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HexFormat;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.StaffIdentity;
import org.sunshine.platform.texts.BadInput;
import org.sunshine.platform.texts.Forbidden;

/**
 * 院领导接访 and 视频接访 (row 26; glossary LeaderReception / VideoReception): 控申 publishes each unit's
 * reception days; a signed-in person books a slot with the subject, and the visit is registered at
 * once as a matter on the same clocks. A video session gets its meeting link from the configured
 * video service.
 */
@Service
class Receptions {

  record Day(
      long id,
      long unitId,
      String unitName,
      LocalDate day,
      LocalTime startsAt,
      LocalTime endsAt,
      String leader,
      int slots,
      int booked,
      boolean video) {
    public boolean full() {
      return booked >= slots;
    }
  }

  /** A booking made; {@code requested}: on a public node, a seat asked of the inside. */
  record Booking(long petitionId, String queryCode, String meetingLink, boolean requested) {}

  private final SecureRandom random = new SecureRandom();
  private final JdbcClient jdbc;
  private final PetitionIntake intake;
  private final Directory directory;
  private final ReceptionNotices notices;
  private final HallProperties settings;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Receptions(
      JdbcClient jdbc,
      PetitionIntake intake,
      Directory directory,
      ReceptionNotices notices,
      HallProperties settings,
      ApplicationEventPublisher events,
      Clock clock) {
    this.events = events;
    this.jdbc = jdbc;
    this.intake = intake;
    this.directory = directory;
    this.notices = notices;
    this.settings = settings;
    this.clock = clock;
  }

  @Transactional
  long publish(
      StaffIdentity staff,
      LocalDate day,
      LocalTime from,
      LocalTime to,
      String leader,
      int slots,
      boolean video) {
    if (!PetitionAccess.office(staff)) {
      throw Forbidden.of("petitions.receptions.publish.forbidden");
    }
    if (day == null || day.isBefore(LocalDate.now(clock))) {
      throw BadInput.at("day", "petitions.receptions.day.past");
    }
    if (from == null || to == null || !from.isBefore(to)) {
      throw BadInput.at("startsAt", "petitions.receptions.times.required");
    }
    if (leader == null || leader.isBlank() || slots < 1 || slots > 50) {
      throw BadInput.at("leader", "petitions.receptions.leader.required");
    }
    long id =
        jdbc.sql(
                """
            insert into reception_day (unit_id, day, starts_at, ends_at, leader, slots, video, created_by, created_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
            .params(
                staff.unitId(),
                Date.valueOf(day),
                Time.valueOf(from),
                Time.valueOf(to),
                leader.strip(),
                slots,
                video,
                staff.username(),
                Timestamp.from(clock.instant()))
            .query(Long.class)
            .single();
    // After commit: on an internal node the transfer lists it on the public node.
    events.publishEvent(new ReceptionDayPublished(id));
    return id;
  }

  // Seats taken: here, the bookings seated; on a day listed from the internal node, the seats it
  // last said were taken plus the ones asked for here and not yet answered (until it has said, as
  // after the upgrade to V63, the bookings seated here).
  private static final String DAYS =
      """
      select d.*, case when d.origin_id is null then
          (select count(*) from reception_booking b where b.reception_day_id = d.id and b.status = 'BOOKED')
        else coalesce(d.taken, (select count(*) from reception_booking b
            where b.reception_day_id = d.id and b.status = 'BOOKED')) + (select count(*) from reception_booking b
          where b.reception_day_id = d.id and b.status = 'REQUESTED') end as booked
      from reception_day d\s""";

  /** Published days from today on, of one unit or of all. */
  @Transactional(readOnly = true)
  List<Day> upcoming(Long unitId) {
    return jdbc.sql(
            DAYS
                + "where d.day >= :today and (:unit = -1 or d.unit_id = :unit)"
                + " order by d.day, d.starts_at limit 200")
        .param("today", Date.valueOf(LocalDate.now(clock)))
        .param("unit", unitId == null ? -1L : unitId)
        .query(this::row)
        .list();
  }

  /** A published day still to come (a past one cannot be booked). */
  Day day(long id) {
    return jdbc.sql(DAYS + "where d.id = ? and d.day >= ?")
        .params(id, Date.valueOf(LocalDate.now(clock)))
        .query(this::row)
        .optional()
        .orElseThrow(NoSuchElementException::new);
  }

  /** A published day, past or to come: what an answer that crossed late is about. */
  Day dayOf(long id) {
    return jdbc.sql(DAYS + "where d.id = ?").param(id).query(this::row).single();
  }

  private Day row(ResultSet rs, int n) throws SQLException {
    return new Day(
        rs.getLong("id"),
        rs.getLong("unit_id"),
        directory.get(rs.getLong("unit_id")).name(),
        rs.getDate("day").toLocalDate(),
        rs.getTime("starts_at").toLocalTime(),
        rs.getTime("ends_at").toLocalTime(),
        rs.getString("leader"),
        rs.getInt("slots"),
        rs.getInt("booked"),
        rs.getBoolean("video"));
  }

  /**
   * Books a slot: the matter is registered (channel RECEPTION) with its clocks, and the person is
   * told the time (and the link of a video session) without the subject. On a day listed from the
   * internal node the seat is asked for: the inside, the truth of every seat, answers.
   */
  @Transactional
  Booking book(long applicantId, String mobile, long dayId, NewPetition matter) {
    boolean listed =
        jdbc.sql("select origin_id is not null from reception_day where id = ? for update")
            .param(dayId)
            .query(Boolean.class)
            .optional()
            .orElseThrow(NoSuchElementException::new);
    Day d = day(dayId);
    if (d.full()) {
      throw BadInput.at("day", "petitions.receptions.day.full");
    }
    boolean again =
        jdbc.sql(
                    // A booking that crossed from a public node carries that node's applicant id.
                    "select count(*) from reception_booking where reception_day_id = ?"
                        + " and applicant_id = ? and origin_id is null")
                .params(dayId, applicantId)
                .query(Long.class)
                .single()
            > 0;
    if (again) {
      throw BadInput.at("day", "petitions.receptions.day.booked");
    }
    Receipt r = intake.take(matter, applicantId, "applicant:" + applicantId);
    String link =
        d.video()
            ? settings.videoService().replace("{room}", HexFormat.of().formatHex(room()))
            : null;
    long booking =
        jdbc.sql(
                """
            insert into reception_booking (reception_day_id, applicant_id, petition_id, video, meeting_link,
              created_at, status)
            values (?, ?, ?, ?, ?, ?, ?) returning id""")
            .params(
                dayId,
                applicantId,
                r.id(),
                d.video(),
                link,
                Timestamp.from(clock.instant()),
                listed ? "REQUESTED" : "BOOKED")
            .query(Long.class)
            .single();
    // After commit: on a public node the transfer carries the booking and its matter inside; on
    // the internal node the day's seats go out again.
    events.publishEvent(new ReceptionBooked(booking));
    if (!listed) {
      events.publishEvent(new ReceptionSeatsChanged(dayId, booking, false));
    }
    notices.tell(
        listed ? ReceptionNotices.Told.REQUESTED : ReceptionNotices.Told.BOOKED,
        d,
        applicantId,
        mobile,
        r.id(),
        link);
    return new Booking(r.id(), r.queryCode(), link, listed);
  }

  private byte[] room() {
    byte[] b = new byte[8];
    random.nextBytes(b);
    return b;
  }
}
