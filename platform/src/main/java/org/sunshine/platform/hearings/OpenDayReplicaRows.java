package org.sunshine.platform.hearings;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for open days and bookings crossing nodes; only this module's tables. */
@Repository
class OpenDayReplicaRows {

  private final JdbcClient jdbc;
  private final OpenDayRows bookings;

  OpenDayReplicaRows(JdbcClient jdbc, OpenDayRows bookings) {
    this.jdbc = jdbc;
    this.bookings = bookings;
  }

  /** An open day published here (not a draft, not one listed from the other node). */
  Optional<OpenDayReplicas.OpenDayReplica> openDay(long id) {
    return jdbc.sql(
            """
            select d.*, (select coalesce(sum(party_size), 0) from open_day_booking b
                         where b.open_day_id = d.id and b.state = 'BOOKED') as taken
            from open_day d where d.id = ? and d.origin_id is null and d.published_at is not null""")
        .param(id)
        .query(
            (rs, n) ->
                new OpenDayReplicas.OpenDayReplica(
                    rs.getLong("id"),
                    rs.getLong("unit_id"),
                    rs.getString("theme"),
                    rs.getTimestamp("starts_at").toInstant(),
                    rs.getTimestamp("ends_at").toInstant(),
                    rs.getString("place"),
                    rs.getInt("capacity"),
                    rs.getTimestamp("booking_deadline").toInstant(),
                    rs.getString("state"),
                    rs.getString("cancel_reason"),
                    rs.getInt("taken")))
        .optional();
  }

  List<Long> upcomingLocal(Instant now) {
    return jdbc.sql(
            // Every one ever published, cancelled ones too: an everything export is a baseline
            // the public node applies over a gap, so a lost cancellation must travel in it.
            "select id from open_day where origin_id is null and published_at is not null and ends_at > ? order by id")
        .param(Timestamp.from(now))
        .query(Long.class)
        .list();
  }

  /** The bookings from outside on the open days still to come here. */
  List<Long> upcomingAnswers(Instant now) {
    return jdbc.sql(
            """
            select b.id from open_day_booking b join open_day d on d.id = b.open_day_id
            where b.origin_key is not null and d.origin_id is null and d.state = 'PUBLISHED'
              and d.ends_at > ? order by b.id""")
        .param(Timestamp.from(now))
        .query(Long.class)
        .list();
  }

  /** The state of the listed copy of an open day, locked (empty when not listed yet). */
  Optional<String> lockReplicaState(long originId) {
    return jdbc.sql("select state from open_day where origin_id = ? for update")
        .param(originId)
        .query(String.class)
        .optional();
  }

  long upsertReplica(OpenDayReplicas.OpenDayReplica d, Instant now) {
    return jdbc.sql(
            """
            insert into open_day (unit_id, theme, starts_at, ends_at, place, capacity, booking_deadline, state,
              cancel_reason, created_by, created_at, origin_id, seats_confirmed)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'transfer', ?, ?, ?)
            on conflict (origin_id) where origin_id is not null do update set unit_id = excluded.unit_id,
              theme = excluded.theme, starts_at = excluded.starts_at, ends_at = excluded.ends_at,
              place = excluded.place, capacity = excluded.capacity,
              booking_deadline = excluded.booking_deadline, state = excluded.state,
              cancel_reason = excluded.cancel_reason, seats_confirmed = excluded.seats_confirmed
            returning id""")
        .params(
            d.unitId(),
            d.theme(),
            Timestamp.from(d.startsAt()),
            Timestamp.from(d.endsAt()),
            d.place(),
            d.capacity(),
            Timestamp.from(d.bookingDeadline()),
            d.state(),
            d.cancelReason(),
            Timestamp.from(now),
            d.originId(),
            d.seatsTaken())
        .query(Long.class)
        .single();
  }

  void refusePending(long openDayId, String reason) {
    jdbc.sql(
            "update open_day_booking set state = 'REFUSED', refusal = ? where open_day_id = ? and state = 'REQUESTED'")
        .params(reason, openDayId)
        .update();
  }

  /** A booking made here on an open day listed from the internal node. */
  Optional<OpenDayReplicas.BookingRequest> request(long id) {
    return jdbc.sql(
            """
            select b.*, d.origin_id as day_origin from open_day_booking b
            join open_day d on d.id = b.open_day_id
            where b.id = ? and d.origin_id is not null and b.state in ('REQUESTED', 'CANCELLED')""")
        .param(id)
        .query(
            (rs, n) ->
                new OpenDayReplicas.BookingRequest(
                    rs.getLong("id"),
                    rs.getObject("public_key", UUID.class),
                    rs.getLong("day_origin"),
                    rs.getString("visitor_name"),
                    rs.getString("mobile"),
                    rs.getInt("party_size"),
                    rs.getString("state"),
                    rs.getTimestamp("created_at").toInstant()))
        .optional();
  }

  Optional<OpenDayRows.Booking> byKey(UUID key) {
    return jdbc.sql("select id from open_day_booking where origin_key = ?")
        .param(key)
        .query(Long.class)
        .optional()
        .flatMap(this::booking);
  }

  /** A request from outside, booked or (with the reason) refused; no applicant here. */
  long insertFromOutside(
      long openDayId, OpenDayReplicas.BookingRequest r, String refusal, Instant now) {
    return jdbc.sql(
            """
            insert into open_day_booking (open_day_id, applicant_id, visitor_name, mobile, party_size, state,
              created_at, origin_id, origin_key, refusal)
            values (?, null, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
        .params(
            openDayId,
            r.visitorName().strip(),
            r.mobile(),
            r.partySize(),
            refusal == null ? "BOOKED" : "REFUSED",
            Timestamp.from(now),
            r.originId(),
            r.key(),
            refusal)
        .query(Long.class)
        .single();
  }

  /** The state of a booking that came from outside, by the public node's id. */
  Optional<OpenDayReplicas.BookingAnswer> answer(long id) {
    return jdbc.sql(
            "select origin_id, origin_key, state, refusal from open_day_booking where id = ? and origin_key is not null")
        .param(id)
        .query(
            (rs, n) ->
                new OpenDayReplicas.BookingAnswer(
                    rs.getLong("origin_id"),
                    rs.getObject("origin_key", UUID.class),
                    rs.getString("state"),
                    rs.getString("refusal")))
        .optional();
  }

  /** Answers a pending request; empty when it was answered (or cancelled) before. */
  Optional<OpenDayRows.Booking> answerPending(long id, UUID key, String state, String refusal) {
    int changed =
        jdbc.sql(
                "update open_day_booking set state = ?, refusal = ? where id = ? and public_key = ? and state = 'REQUESTED'")
            .params(state, refusal, id, key)
            .update();
    return changed == 0 ? Optional.empty() : booking(id);
  }

  private Optional<OpenDayRows.Booking> booking(long id) {
    return bookings.booking(id);
  }
}
