package org.sunshine.platform.petitions;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunshine.platform.audit.AuditLog;
import org.sunshine.platform.audit.Channel;
import org.sunshine.platform.organisation.StaffIdentity;
import org.sunshine.platform.texts.Forbidden;

/**
 * Who holds the seats of a reception day, for the unit's 控申 and the receiving leader: each booking
 * with its matter's query code, the person and their number, the video room — and the ones not
 * seated because a public node's request found the day full, whom the office still answers in
 * writing. The look at names and numbers is audited.
 */
@Service
class ReceptionSeats {

  /** A booking of the day; {@code seated} false when the day was full when it arrived. */
  record Seat(
      long petitionId,
      String queryCode,
      String name,
      String mobile,
      boolean seated,
      String meetingLink,
      Instant bookedAt) {}

  private final JdbcClient jdbc;
  private final Receptions receptions;
  private final AuditLog audit;

  ReceptionSeats(JdbcClient jdbc, Receptions receptions, AuditLog audit) {
    this.jdbc = jdbc;
    this.receptions = receptions;
    this.audit = audit;
  }

  /** The day (of the officer's own unit) and its bookings, seated first. */
  @Transactional
  List<Seat> of(StaffIdentity staff, long dayId) {
    Receptions.Day d;
    try {
      d = receptions.dayOf(dayId);
    } catch (EmptyResultDataAccessException e) {
      throw new NoSuchElementException();
    }
    if (!PetitionAccess.office(staff) || staff.unitId() != d.unitId()) {
      throw Forbidden.of("petitions.reception-seats.bookings.forbidden");
    }
    List<Seat> seats =
        jdbc.sql(
                """
                select b.petition_id, p.query_code, r.name, r.mobile, b.status, b.meeting_link, b.created_at
                from reception_booking b join petition p on p.id = b.petition_id
                  left join petitioner r on r.petition_id = p.id
                where b.reception_day_id = ? and b.status <> 'REQUESTED'
                order by b.status = 'FULL', b.created_at""")
            .param(dayId)
            .query(
                (rs, n) ->
                    new Seat(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        "BOOKED".equals(rs.getString(5)),
                        rs.getString(6),
                        rs.getObject(7, Timestamp.class).toInstant()))
            .list();
    audit.record(
        staff.username(),
        staff.unitId(),
        "VIEW_RECEPTION_BOOKINGS",
        "ReceptionDay",
        Long.toString(dayId),
        seats.size() + " bookings",
        Channel.CONSOLE);
    return seats;
  }
}
