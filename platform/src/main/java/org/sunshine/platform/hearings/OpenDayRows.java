package org.sunshine.platform.hearings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plain SQL for open days and their bookings. */
@Repository
class OpenDayRows {

  record Booking(
      long id,
      long openDayId,
      long applicantId,
      String visitorName,
      String mobile,
      int partySize,
      String state,
      Instant createdAt) {

    /** Booked, or requested on the public node and not yet answered from inside. */
    boolean live() {
      return "BOOKED".equals(state) || "REQUESTED".equals(state);
    }

    /**
     * Made on this node by a signed-in applicant; a booking that crossed from the public node has
     * none here (0), and its visitor is told there.
     */
    boolean madeHere() {
      return applicantId > 0;
    }
  }

  private static final String COLUMNS =
      "id, unit_id, theme, starts_at, ends_at, place, capacity, booking_deadline, state, cancel_reason,"
          + " origin_id";

  private final JdbcClient jdbc;

  OpenDayRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(
      long unitId,
      NewOpenDay d,
      Instant startsAt,
      Instant endsAt,
      Instant deadline,
      String by,
      Instant now) {
    return jdbc.sql(
            """
            insert into open_day (unit_id, theme, starts_at, ends_at, place, capacity, booking_deadline, state,
                                  created_by, created_at)
            values (?, ?, ?, ?, ?, ?, ?, 'SCHEDULED', ?, ?) returning id""")
        .params(
            unitId,
            d.theme().strip(),
            Timestamp.from(startsAt),
            Timestamp.from(endsAt),
            d.place().strip(),
            d.capacity(),
            Timestamp.from(deadline),
            by,
            Timestamp.from(now))
        .query(Long.class)
        .single();
  }

  Optional<OpenDay> find(long id) {
    return jdbc.sql("select " + COLUMNS + " from open_day where id = ?")
        .param(id)
        .query(OpenDayRows::map)
        .optional();
  }

  /** The open day locked for a transition or a booking: bookings of one day queue here. */
  Optional<OpenDay> lock(long id) {
    return jdbc.sql("select " + COLUMNS + " from open_day where id = ? for update")
        .param(id)
        .query(OpenDayRows::map)
        .optional();
  }

  void save(OpenDay d, Instant now) {
    jdbc.sql(
            """
            update open_day set state = ?, cancel_reason = ?,
              published_at = case when ? = 'PUBLISHED' then ? else published_at end,
              closed_at = case when ? in ('CANCELLED', 'HELD') then ? else closed_at end
            where id = ?""")
        .params(
            d.state.name(),
            d.cancelReason,
            d.state.name(),
            Timestamp.from(now),
            d.state.name(),
            Timestamp.from(now),
            d.id)
        .update();
  }

  /**
   * Seats taken: the live bookings of an open day published here; for one listed from the internal
   * node, the seats booked there as of its last package plus the requests still on their way.
   */
  int seatsTaken(long openDayId) {
    return jdbc.sql(
            """
            select case when d.origin_id is null
              then (select coalesce(sum(party_size), 0) from open_day_booking
                    where open_day_id = d.id and state = 'BOOKED')
              else d.seats_confirmed + (select coalesce(sum(party_size), 0) from open_day_booking
                    where open_day_id = d.id and state = 'REQUESTED') end
            from open_day d where d.id = ?""")
        .param(openDayId)
        .query(Integer.class)
        .single();
  }

  boolean hasLiveBooking(long openDayId, long applicantId) {
    return jdbc.sql(
                "select count(*) from open_day_booking where open_day_id = ? and applicant_id = ? and state in ('BOOKED', 'REQUESTED')")
            .params(openDayId, applicantId)
            .query(Long.class)
            .single()
        > 0;
  }

  long insertBooking(
      long openDayId,
      long applicantId,
      String name,
      String mobile,
      int partySize,
      String state,
      Instant now) {
    return jdbc.sql(
            """
            insert into open_day_booking (open_day_id, applicant_id, visitor_name, mobile, party_size, state, created_at)
            values (?, ?, ?, ?, ?, ?, ?) returning id""")
        .params(openDayId, applicantId, name, mobile, partySize, state, Timestamp.from(now))
        .query(Long.class)
        .single();
  }

  Optional<Booking> booking(long id) {
    return jdbc.sql("select * from open_day_booking where id = ?")
        .param(id)
        .query(OpenDayRows::booking)
        .optional();
  }

  void cancelBooking(long id, Instant now) {
    jdbc.sql(
            "update open_day_booking set state = 'CANCELLED', cancelled_at = ? where id = ? and state in ('BOOKED', 'REQUESTED')")
        .params(Timestamp.from(now), id)
        .update();
  }

  List<Booking> bookings(long openDayId, boolean liveOnly) {
    return jdbc.sql(
            "select * from open_day_booking where open_day_id = ? and (not ? or state in ('BOOKED', 'REQUESTED')) order by id")
        .params(openDayId, liveOnly)
        .query(OpenDayRows::booking)
        .list();
  }

  List<Booking> ofApplicant(long applicantId) {
    return jdbc.sql(
            "select * from open_day_booking where applicant_id = ? order by id desc limit 100")
        .param(applicantId)
        .query(OpenDayRows::booking)
        .list();
  }

  /** Live bookings of published open days starting in [from, to) that have not been reminded. */
  List<Booking> toRemind(Instant from, Instant to) {
    return jdbc.sql(
            """
            select b.* from open_day_booking b join open_day d on d.id = b.open_day_id
            where b.state = 'BOOKED' and b.reminded_at is null and d.state = 'PUBLISHED'
              and b.applicant_id is not null
              and d.starts_at >= ? and d.starts_at < ? order by b.id""")
        .params(Timestamp.from(from), Timestamp.from(to))
        .query(OpenDayRows::booking)
        .list();
  }

  void reminded(long bookingId, Instant now) {
    jdbc.sql("update open_day_booking set reminded_at = ? where id = ?")
        .params(Timestamp.from(now), bookingId)
        .update();
  }

  /** Published open days whose end is still ahead, soonest first. */
  List<OpenDay> upcoming(Instant now) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from open_day where state = 'PUBLISHED' and ends_at > ? order by starts_at limit 200")
        .param(Timestamp.from(now))
        .query(OpenDayRows::map)
        .list();
  }

  /** The open days of these units starting in [from, to), any state. */
  List<OpenDay> ofUnits(Collection<Long> units, Instant from, Instant to) {
    if (units.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from open_day where unit_id in (:units) and starts_at >= :from and starts_at < :to"
                + " order by starts_at, id")
        .param("units", units)
        .param("from", Timestamp.from(from))
        .param("to", Timestamp.from(to))
        .query(OpenDayRows::map)
        .list();
  }

  private static OpenDay map(ResultSet rs, int n) throws SQLException {
    return new OpenDay(
        rs.getLong("id"),
        rs.getLong("unit_id"),
        rs.getString("theme"),
        rs.getTimestamp("starts_at").toInstant(),
        rs.getTimestamp("ends_at").toInstant(),
        rs.getString("place"),
        rs.getInt("capacity"),
        rs.getTimestamp("booking_deadline").toInstant(),
        OpenDay.State.valueOf(rs.getString("state")),
        rs.getString("cancel_reason"),
        rs.getObject("origin_id") != null);
  }

  private static Booking booking(ResultSet rs, int n) throws SQLException {
    return new Booking(
        rs.getLong("id"),
        rs.getLong("open_day_id"),
        rs.getLong("applicant_id"),
        rs.getString("visitor_name"),
        rs.getString("mobile"),
        rs.getInt("party_size"),
        rs.getString("state"),
        rs.getTimestamp("created_at").toInstant());
  }
}
