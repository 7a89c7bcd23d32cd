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

/** Plain SQL for public hearings, their supervisors and observers, and the roster. */
@Repository
class HearingRows {

  record Supervisor(
      long id, long unitId, String name, String mobile, String occupation, boolean active) {}

  record Seat(
      long id,
      long supervisorId,
      String name,
      String mobile,
      String state,
      String excuse,
      long seed) {}

  record Observer(long id, long applicantId, String name, String mobile, Instant at) {}

  private static final String COLUMNS =
      "id, unit_id, case_id, kind, subject, starts_at, place, observers_admitted, observer_seats,"
          + " supervisors_needed, state, outcome, origin_id";

  private final JdbcClient jdbc;

  HearingRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(long unitId, long caseId, NewHearing h, Instant startsAt, String by, Instant now) {
    return jdbc.sql(
            """
            insert into public_hearing (unit_id, case_id, kind, subject, starts_at, place, observers_admitted,
                                        observer_seats, supervisors_needed, state, created_by, created_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'SCHEDULED', ?, ?) returning id""")
        .params(
            unitId,
            caseId,
            h.kind().name(),
            h.subject().strip(),
            Timestamp.from(startsAt),
            h.place().strip(),
            h.observersAdmitted(),
            h.observersAdmitted() ? h.observerSeats() : 0,
            h.supervisors(),
            by,
            Timestamp.from(now))
        .query(Long.class)
        .single();
  }

  Optional<PublicHearing> find(long id) {
    return jdbc.sql("select " + COLUMNS + " from public_hearing where id = ?")
        .param(id)
        .query(HearingRows::map)
        .optional();
  }

  Optional<PublicHearing> lock(long id) {
    return jdbc.sql("select " + COLUMNS + " from public_hearing where id = ? for update")
        .param(id)
        .query(HearingRows::map)
        .optional();
  }

  void save(PublicHearing h, Instant now) {
    jdbc.sql(
            """
            update public_hearing set state = ?, outcome = ?,
              announced_at = case when ? = 'ANNOUNCED' then ? else announced_at end,
              closed_at = case when ? in ('HELD', 'CANCELLED', 'WITHDRAWN') then ? else closed_at end
            where id = ?""")
        .params(
            h.state.name(),
            h.outcome,
            h.state.name(),
            Timestamp.from(now),
            h.state.name(),
            Timestamp.from(now),
            h.id)
        .update();
  }

  /** The hearings of one case of this node (not copies from another node), by id. */
  List<Long> ofCase(long caseId) {
    return jdbc.sql(
            "select id from public_hearing where case_id = ? and origin_id is null order by id")
        .param(caseId)
        .query(Long.class)
        .list();
  }

  List<PublicHearing> ofUnits(Collection<Long> units) {
    if (units.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from public_hearing where unit_id in (:units) order by starts_at desc limit 500")
        .param("units", units)
        .query(HearingRows::map)
        .list();
  }

  /** Announced hearings still ahead, and held ones (with their outcome) of the last year. */
  List<PublicHearing> published(Instant now) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from public_hearing where (state = 'ANNOUNCED' and starts_at > :now)"
                + " or (state = 'HELD' and starts_at > :since) order by starts_at desc limit 200")
        .param("now", Timestamp.from(now))
        .param("since", Timestamp.from(now.minusSeconds(366L * 24 * 3600)))
        .query(HearingRows::map)
        .list();
  }

  // The roster.

  long addSupervisor(long unitId, String name, String mobile, String occupation, Instant now) {
    return jdbc.sql(
            """
            insert into people_supervisor (unit_id, name, mobile, occupation, created_at)
            values (?, ?, ?, ?, ?) returning id""")
        .params(unitId, name, mobile, occupation, Timestamp.from(now))
        .query(Long.class)
        .single();
  }

  boolean supervisorMobileTaken(long unitId, String mobile) {
    return jdbc.sql(
            "select exists (select 1 from people_supervisor where unit_id = ? and mobile = ?)")
        .params(unitId, mobile)
        .query(Boolean.class)
        .single();
  }

  void setActive(long supervisorId, long unitId, boolean active) {
    jdbc.sql("update people_supervisor set active = ? where id = ? and unit_id = ?")
        .params(active, supervisorId, unitId)
        .update();
  }

  List<Supervisor> roster(long unitId) {
    return jdbc.sql("select * from people_supervisor where unit_id = ? order by id")
        .param(unitId)
        .query(HearingRows::supervisor)
        .list();
  }

  /** Active roster members never drawn for this hearing, by id (the order the draw shuffles). */
  List<Supervisor> candidates(long unitId, long hearingId) {
    return jdbc.sql(
            """
            select * from people_supervisor s where s.unit_id = ? and s.active
              and not exists (select 1 from hearing_supervisor h where h.hearing_id = ? and h.supervisor_id = s.id)
            order by s.id""")
        .params(unitId, hearingId)
        .query(HearingRows::supervisor)
        .list();
  }

  void seat(long hearingId, long supervisorId, long seed, String by, Instant now) {
    jdbc.sql(
            """
            insert into hearing_supervisor (hearing_id, supervisor_id, state, draw_seed, drawn_by, drawn_at)
            values (?, ?, 'INVITED', ?, ?, ?)""")
        .params(hearingId, supervisorId, seed, by, Timestamp.from(now))
        .update();
  }

  int excuse(long hearingId, long supervisorId, String reason) {
    return jdbc.sql(
            "update hearing_supervisor set state = 'EXCUSED', excuse = ? where hearing_id = ? and supervisor_id = ? and state = 'INVITED'")
        .params(reason, hearingId, supervisorId)
        .update();
  }

  List<Seat> seats(long hearingId) {
    return jdbc.sql(
            """
            select h.id, h.supervisor_id, s.name, s.mobile, h.state, h.excuse, h.draw_seed
            from hearing_supervisor h join people_supervisor s on s.id = h.supervisor_id
            where h.hearing_id = ? order by h.id""")
        .param(hearingId)
        .query(
            (rs, n) ->
                new Seat(
                    rs.getLong("id"),
                    rs.getLong("supervisor_id"),
                    rs.getString("name"),
                    rs.getString("mobile"),
                    rs.getString("state"),
                    rs.getString("excuse"),
                    rs.getLong("draw_seed")))
        .list();
  }

  // Observers.

  int observers(long hearingId) {
    // Listed from the internal node: those admitted there plus the requests on their way.
    return jdbc.sql(
            """
            select case when h.origin_id is null
              then (select count(*) from hearing_observer where hearing_id = h.id and state = 'ADMITTED')
              else h.observers_confirmed
                + (select count(*) from hearing_observer where hearing_id = h.id and state = 'REQUESTED') end
            from public_hearing h where h.id = ?""")
        .param(hearingId)
        .query(Integer.class)
        .single();
  }

  boolean observes(long hearingId, long applicantId) {
    return jdbc.sql(
                "select count(*) from hearing_observer where hearing_id = ? and applicant_id = ?")
            .params(hearingId, applicantId)
            .query(Integer.class)
            .single()
        > 0;
  }

  long addObserver(
      long hearingId, long applicantId, String name, String mobile, String state, Instant now) {
    return jdbc.sql(
            """
            insert into hearing_observer (hearing_id, applicant_id, visitor_name, mobile, state, created_at)
            values (?, ?, ?, ?, ?, ?) returning id""")
        .params(hearingId, applicantId, name, mobile, state, Timestamp.from(now))
        .query(Long.class)
        .single();
  }

  Optional<String> observerState(long id) {
    return jdbc.sql("select state from hearing_observer where id = ?")
        .param(id)
        .query(String.class)
        .optional();
  }

  List<Observer> observerList(long hearingId) {
    return jdbc.sql(
            "select * from hearing_observer where hearing_id = ? and state = 'ADMITTED' order by id")
        .param(hearingId)
        .query(
            (rs, n) ->
                new Observer(
                    rs.getLong("id"),
                    rs.getLong("applicant_id"),
                    rs.getString("visitor_name"),
                    rs.getString("mobile"),
                    rs.getTimestamp("created_at").toInstant()))
        .list();
  }

  private static Supervisor supervisor(ResultSet rs, int n) throws SQLException {
    return new Supervisor(
        rs.getLong("id"),
        rs.getLong("unit_id"),
        rs.getString("name"),
        rs.getString("mobile"),
        rs.getString("occupation"),
        rs.getBoolean("active"));
  }

  private static PublicHearing map(ResultSet rs, int n) throws SQLException {
    return new PublicHearing(
        rs.getLong("id"),
        rs.getLong("unit_id"),
        rs.getLong("case_id"),
        HearingKind.valueOf(rs.getString("kind")),
        rs.getString("subject"),
        rs.getTimestamp("starts_at").toInstant(),
        rs.getString("place"),
        rs.getBoolean("observers_admitted"),
        rs.getInt("observer_seats"),
        rs.getInt("supervisors_needed"),
        PublicHearing.State.valueOf(rs.getString("state")),
        rs.getString("outcome"),
        rs.getObject("origin_id") != null);
  }
}
