package org.sunshine.platform.petitions;

import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for receptions and bribery checks crossing nodes; only this module's tables. */
@Repository
class HallReplicaRows {

  /** A booking as the public node holds it, with its key and the internal node's id of its day. */
  record BookingRow(
      long petitionId,
      UUID key,
      long dayOriginId,
      long applicantId,
      boolean video,
      String meetingLink) {}

  private final JdbcClient jdbc;
  private final Clock clock;

  HallReplicaRows(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** A day published here (not one listed from the other node). */
  Optional<HallReplicas.ReceptionDay> receptionDay(long id) {
    return jdbc.sql(
            """
            select d.*, (select count(*) from reception_booking b
              where b.reception_day_id = d.id and b.status = 'BOOKED') as seated
            from reception_day d where d.id = ? and d.origin_id is null""")
        .param(id)
        .query(
            (rs, n) ->
                new HallReplicas.ReceptionDay(
                    rs.getLong("id"),
                    rs.getLong("unit_id"),
                    rs.getDate("day").toLocalDate(),
                    rs.getTime("starts_at").toLocalTime(),
                    rs.getTime("ends_at").toLocalTime(),
                    rs.getString("leader"),
                    rs.getInt("slots"),
                    rs.getBoolean("video"),
                    rs.getInt("seated")))
        .optional();
  }

  List<Long> upcomingDays() {
    return jdbc.sql("select id from reception_day where origin_id is null and day >= ? order by id")
        .param(Date.valueOf(LocalDate.now(clock)))
        .query(Long.class)
        .list();
  }

  /** Locks a day published here for its seats to be counted; its slots, empty if not one. */
  Optional<Integer> lockLocalDay(long id) {
    return jdbc.sql("select slots from reception_day where id = ? and origin_id is null for update")
        .param(id)
        .query(Integer.class)
        .optional();
  }

  long seated(long dayId) {
    return jdbc.sql(
            "select count(*) from reception_booking where reception_day_id = ? and status = 'BOOKED'")
        .param(dayId)
        .query(Long.class)
        .single();
  }

  void upsertDay(HallReplicas.ReceptionDay d) {
    jdbc.sql(
            """
            insert into reception_day (unit_id, day, starts_at, ends_at, leader, slots, video, created_by,
              created_at, origin_id, taken)
            values (?, ?, ?, ?, ?, ?, ?, 'transfer', ?, ?, ?)
            on conflict (origin_id) where origin_id is not null do update set unit_id = excluded.unit_id,
              day = excluded.day, starts_at = excluded.starts_at, ends_at = excluded.ends_at,
              leader = excluded.leader, slots = excluded.slots, video = excluded.video,
              taken = excluded.taken""")
        .params(
            d.unitId(),
            Date.valueOf(d.day()),
            Time.valueOf(d.startsAt()),
            Time.valueOf(d.endsAt()),
            d.leader(),
            d.slots(),
            d.video(),
            Timestamp.from(clock.instant()),
            d.originId(),
            d.taken())
        .update();
  }

  /** A booking made here on a day listed from the internal node. */
  Optional<BookingRow> booking(long id) {
    return jdbc.sql(
            """
            select b.petition_id, b.public_key, d.origin_id, b.applicant_id, b.video, b.meeting_link
            from reception_booking b join reception_day d on d.id = b.reception_day_id
            where b.id = ? and d.origin_id is not null""")
        .param(id)
        .query(
            (rs, n) ->
                new BookingRow(
                    rs.getLong(1),
                    rs.getObject(2, UUID.class),
                    rs.getLong(3),
                    rs.getLong(4),
                    rs.getBoolean(5),
                    rs.getString(6)))
        .optional();
  }

  /** Inside: the booking from outside with its seat's answer; empty when it came before. */
  Optional<Long> insertBooking(HallReplicas.Booking b, long petitionId, boolean seated) {
    return jdbc.sql(
            """
            insert into reception_booking (reception_day_id, applicant_id, petition_id, video, meeting_link,
              created_at, origin_id, origin_key, status)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (origin_key) where origin_key is not null do nothing
            returning id""")
        .params(
            b.dayOriginId(),
            b.applicantId(),
            petitionId,
            b.video(),
            seated ? b.meetingLink() : null, // a room nobody was seated for is no room
            Timestamp.from(clock.instant()),
            b.originId(),
            b.originKey(),
            seated ? "BOOKED" : "FULL")
        .query(Long.class)
        .optional();
  }

  Optional<Long> bookingByKey(UUID originKey) {
    return jdbc.sql("select id from reception_booking where origin_key = ?")
        .param(originKey)
        .query(Long.class)
        .optional();
  }

  List<Long> upcomingAnswers() {
    return jdbc.sql(
            """
            select b.id from reception_booking b join reception_day d on d.id = b.reception_day_id
            where b.origin_key is not null and d.origin_id is null and d.day >= ? order by b.id""")
        .param(Date.valueOf(LocalDate.now(clock)))
        .query(Long.class)
        .list();
  }

  /** Inside: the answer to a booking that came from outside. */
  Optional<HallReplicas.BookingAnswer> bookingAnswer(long id) {
    return jdbc.sql(
            "select origin_id, origin_key, status from reception_booking where id = ? and origin_key is not null")
        .param(id)
        .query(
            (rs, n) ->
                new HallReplicas.BookingAnswer(
                    rs.getLong(1), rs.getObject(2, UUID.class), "BOOKED".equals(rs.getString(3))))
        .optional();
  }

  /** Outside, once: the booking asked for here takes the inside's answer; empty if it had one. */
  Optional<Answered> applyBookingAnswer(HallReplicas.BookingAnswer a) {
    return jdbc.sql(
            """
            update reception_booking set status = ?, meeting_link = case when ? then meeting_link end
            where public_key = ? and status = 'REQUESTED'
            returning reception_day_id, applicant_id, petition_id, meeting_link""")
        .params(a.seated() ? "BOOKED" : "FULL", a.seated(), a.originKey())
        .query(
            (rs, n) ->
                new Answered(
                    rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), a.seated()))
        .optional();
  }

  /** A booking outside that took its answer. */
  record Answered(
      long dayId, long applicantId, long petitionId, String meetingLink, boolean seated) {}

  /** A check requested here, not one that came from the other node. */
  Optional<HallReplicas.BriberyRequest> briberyRequest(long id) {
    return jdbc.sql("select * from bribery_check where id = ? and not filed_outside")
        .param(id)
        .query(
            (rs, n) ->
                new HallReplicas.BriberyRequest(
                    rs.getLong("id"),
                    rs.getObject("public_key", UUID.class),
                    rs.getLong("unit_id"),
                    rs.getLong("applicant_id"),
                    rs.getString("requester"),
                    rs.getString("names"),
                    rs.getString("purpose"),
                    rs.getDate("received_on").toLocalDate(),
                    rs.getDate("due_on").toLocalDate()))
        .optional();
  }

  void insertBriberyRequest(HallReplicas.BriberyRequest r) {
    jdbc.sql(
            """
            insert into bribery_check (unit_id, applicant_id, requester, names, purpose, state, received_on,
              due_on, created_at, origin_id, origin_key, filed_outside)
            values (?, ?, ?, ?, ?, 'REQUESTED', ?, ?, ?, ?, ?, true)
            on conflict (origin_key) where origin_key is not null do nothing""")
        .params(
            r.unitId(),
            r.applicantId(),
            r.requester().strip(),
            r.names().strip(),
            r.purpose().strip(),
            Date.valueOf(r.receivedOn()),
            Date.valueOf(r.dueOn()),
            Timestamp.from(clock.instant()),
            r.originId(),
            r.originKey())
        .update();
  }

  /** The answer to a check filed outside, by the public node's id. */
  Optional<HallReplicas.BriberyAnswer> briberyAnswer(long id) {
    return jdbc.sql(
            "select * from bribery_check where id = ? and filed_outside and state = 'ANSWERED'")
        .param(id)
        .query(
            (rs, n) ->
                new HallReplicas.BriberyAnswer(
                    rs.getLong("origin_id"),
                    rs.getObject("origin_key", UUID.class),
                    rs.getBoolean("found"),
                    rs.getString("finding"),
                    rs.getString("verification_code"),
                    rs.getDate("answered_on").toLocalDate()))
        .optional();
  }

  /**
   * Once: a check already answered here keeps its answer. The id, applicant and unit of the check
   * the answer applied to, found by its key (by id only for a check that crossed before keys, V60);
   * empty when it was applied before.
   */
  Optional<long[]> applyBriberyAnswer(HallReplicas.BriberyAnswer a) {
    return jdbc.sql(
            """
            update bribery_check set state = 'ANSWERED', found = ?, finding = ?, verification_code = ?,
              answered_on = ?, answered_by = 'transfer'
            where (public_key = ? or (cast(? as uuid) is null and id = ?))
              and state = 'REQUESTED' and not filed_outside
            returning id, applicant_id, unit_id""")
        .params(
            a.found(),
            a.found() ? a.finding() : null,
            a.verificationCode(),
            Date.valueOf(a.answeredOn()),
            a.originKey(),
            a.originKey(),
            a.originId())
        .query(
            (rs, n) ->
                new long[] {rs.getLong("id"), rs.getLong("applicant_id"), rs.getLong("unit_id")})
        .optional();
  }
}
