package org.sunshine.platform.petitions;

import java.security.SecureRandom;
import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HexFormat;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunshine.platform.notifications.Message;
import org.sunshine.platform.notifications.MessageChannel;
import org.sunshine.platform.notifications.Notifications;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.StaffIdentity;

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

  record Booking(long petitionId, String queryCode, String meetingLink) {}

  private final SecureRandom random = new SecureRandom();
  private final JdbcClient jdbc;
  private final PetitionIntake intake;
  private final Directory directory;
  private final Notifications notifications;
  private final HallProperties settings;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Receptions(
      JdbcClient jdbc,
      PetitionIntake intake,
      Directory directory,
      Notifications notifications,
      HallProperties settings,
      ApplicationEventPublisher events,
      Clock clock) {
    this.events = events;
    this.jdbc = jdbc;
    this.intake = intake;
    this.directory = directory;
    this.notifications = notifications;
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
      throw new AccessDeniedException("只有控告申诉检察部门可以发布接访日");
    }
    if (day == null || day.isBefore(LocalDate.now(clock))) {
      throw new IllegalArgumentException("day: 接访日期不能早于今天");
    }
    if (from == null || to == null || !from.isBefore(to)) {
      throw new IllegalArgumentException("startsAt: 请填写接访起止时间");
    }
    if (leader == null || leader.isBlank() || slots < 1 || slots > 50) {
      throw new IllegalArgumentException("leader: 请填写接访领导和 1–50 个名额");
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

  /** Published days from today on, of one unit or of all. */
  @Transactional(readOnly = true)
  List<Day> upcoming(Long unitId) {
    return jdbc.sql(
            """
            select d.*, (select count(*) from reception_booking b where b.reception_day_id = d.id) as booked
            from reception_day d where d.day >= :today and (:unit = -1 or d.unit_id = :unit)
            order by d.day, d.starts_at limit 200""")
        .param("today", Date.valueOf(LocalDate.now(clock)))
        .param("unit", unitId == null ? -1L : unitId)
        .query(
            (rs, n) ->
                new Day(
                    rs.getLong("id"),
                    rs.getLong("unit_id"),
                    directory.get(rs.getLong("unit_id")).name(),
                    rs.getDate("day").toLocalDate(),
                    rs.getTime("starts_at").toLocalTime(),
                    rs.getTime("ends_at").toLocalTime(),
                    rs.getString("leader"),
                    rs.getInt("slots"),
                    rs.getInt("booked"),
                    rs.getBoolean("video")))
        .list();
  }

  Day day(long id) {
    return upcoming(null).stream()
        .filter(d -> d.id() == id)
        .findFirst()
        .orElseThrow(NoSuchElementException::new);
  }

  /**
   * Books a slot: the matter is registered (channel RECEPTION) with its clocks, and the person is
   * told the time (and the link of a video session) without the subject.
   */
  @Transactional
  Booking book(long applicantId, String mobile, long dayId, NewPetition matter) {
    jdbc.sql("select id from reception_day where id = ? for update")
        .param(dayId)
        .query(Long.class)
        .optional()
        .orElseThrow(NoSuchElementException::new);
    Day d = day(dayId);
    if (d.full()) {
      throw new IllegalArgumentException("day: 该接访日名额已满，请选择其他日期");
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
      throw new IllegalArgumentException("day: 您已预约该接访日");
    }
    Receipt r = intake.take(matter, applicantId, "applicant:" + applicantId);
    String link =
        d.video()
            ? settings.videoService().replace("{room}", HexFormat.of().formatHex(room()))
            : null;
    long booking =
        jdbc.sql(
                """
            insert into reception_booking (reception_day_id, applicant_id, petition_id, video, meeting_link, created_at)
            values (?, ?, ?, ?, ?, ?) returning id""")
            .params(dayId, applicantId, r.id(), d.video(), link, Timestamp.from(clock.instant()))
            .query(Long.class)
            .single();
    // After commit: on a public node the transfer carries the booking and its matter inside.
    events.publishEvent(new ReceptionBooked(booking));
    notifications.send(
        new Message(
            "reception-booked:" + r.id(),
            "applicant:" + applicantId,
            Set.of(MessageChannel.INBOX, MessageChannel.SMS),
            mobile,
            null,
            d.video() ? "reception-video" : "reception-booked",
            List.of(
                d.unitName(),
                d.day().toString(),
                d.startsAt().toString(),
                link == null ? "" : link),
            "/petitions/mine/" + r.id(),
            false,
            false,
            d.unitId()));
    return new Booking(r.id(), r.queryCode(), link);
  }

  private byte[] room() {
    byte[] b = new byte[8];
    random.nextBytes(b);
    return b;
  }
}
