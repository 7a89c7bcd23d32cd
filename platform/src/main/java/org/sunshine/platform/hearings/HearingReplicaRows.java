package org.sunshine.platform.hearings;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for hearings and observers crossing nodes; only this module's tables. */
@Repository
class HearingReplicaRows {

  /** A pending application answered on the public node: whom to tell. */
  record Answered(long hearingId, long applicantId, String mobile) {}

  private final JdbcClient jdbc;

  HearingReplicaRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A hearing of this node, once announced; the case and supervisors stay here. */
  Optional<HearingReplicas.HearingReplica> hearing(long id) {
    return jdbc.sql(
            """
            select h.*, (select count(*) from hearing_observer o
                         where o.hearing_id = h.id and o.state = 'ADMITTED') as taken
            from public_hearing h where h.id = ? and h.origin_id is null and h.announced_at is not null""")
        .param(id)
        .query(
            (rs, n) ->
                new HearingReplicas.HearingReplica(
                    rs.getLong("id"),
                    rs.getLong("unit_id"),
                    rs.getString("kind"),
                    rs.getString("subject"),
                    rs.getTimestamp("starts_at").toInstant(),
                    rs.getString("place"),
                    rs.getBoolean("observers_admitted"),
                    rs.getInt("observer_seats"),
                    rs.getInt("taken"),
                    rs.getString("state"),
                    // A withdrawn hearing's outcome never leaves: the public must not see it.
                    "WITHDRAWN".equals(rs.getString("state")) ? null : rs.getString("outcome")))
        .optional();
  }

  List<Long> publicLocal() {
    return jdbc.sql(
            // Cancelled ones too, once announced: a baseline must carry a cancellation whose
            // package was lost.
            "select id from public_hearing where origin_id is null and announced_at is not null order by id")
        .query(Long.class)
        .list();
  }

  /** The applications from outside to observe the hearings announced here. */
  List<Long> announcedAnswers() {
    return jdbc.sql(
            """
            select o.id from hearing_observer o join public_hearing h on h.id = o.hearing_id
            where o.origin_key is not null and h.origin_id is null and h.state = 'ANNOUNCED'
            order by o.id""")
        .query(Long.class)
        .list();
  }

  Optional<String> lockReplicaState(long originId) {
    return jdbc.sql("select state from public_hearing where origin_id = ? for update")
        .param(originId)
        .query(String.class)
        .optional();
  }

  long upsertReplica(HearingReplicas.HearingReplica h, Instant now) {
    return jdbc.sql(
            """
            insert into public_hearing (unit_id, case_id, kind, subject, starts_at, place, observers_admitted,
              observer_seats, supervisors_needed, state, outcome, created_by, created_at, origin_id,
              observers_confirmed)
            values (?, null, ?, ?, ?, ?, ?, ?, 0, ?, ?, 'transfer', ?, ?, ?)
            on conflict (origin_id) where origin_id is not null do update set unit_id = excluded.unit_id,
              kind = excluded.kind, subject = excluded.subject, starts_at = excluded.starts_at,
              place = excluded.place, observers_admitted = excluded.observers_admitted,
              observer_seats = excluded.observer_seats, state = excluded.state, outcome = excluded.outcome,
              observers_confirmed = excluded.observers_confirmed
            returning id""")
        .params(
            h.unitId(),
            h.kind(),
            h.subject(),
            Timestamp.from(h.startsAt()),
            h.place(),
            h.observersAdmitted(),
            h.observerSeats(),
            h.state(),
            h.outcome(),
            Timestamp.from(now),
            h.originId(),
            h.observers())
        .query(Long.class)
        .single();
  }

  void refusePending(long hearingId, String reason) {
    jdbc.sql(
            "update hearing_observer set state = 'REFUSED', refusal = ? where hearing_id = ? and state = 'REQUESTED'")
        .params(reason, hearingId)
        .update();
  }

  /** An application made here to a hearing listed from the internal node. */
  Optional<HearingReplicas.ObserverRequest> request(long id) {
    return jdbc.sql(
            """
            select o.*, h.origin_id as hearing_origin from hearing_observer o
            join public_hearing h on h.id = o.hearing_id
            where o.id = ? and h.origin_id is not null and o.state = 'REQUESTED'""")
        .param(id)
        .query(
            (rs, n) ->
                new HearingReplicas.ObserverRequest(
                    rs.getLong("id"),
                    rs.getObject("public_key", UUID.class),
                    rs.getLong("hearing_origin"),
                    rs.getString("visitor_name"),
                    rs.getString("mobile"),
                    rs.getTimestamp("created_at").toInstant()))
        .optional();
  }

  Optional<Long> byKey(UUID key) {
    return jdbc.sql("select id from hearing_observer where origin_key = ?")
        .param(key)
        .query(Long.class)
        .optional();
  }

  long insertFromOutside(
      long hearingId, HearingReplicas.ObserverRequest r, String refusal, Instant now) {
    return jdbc.sql(
            """
            insert into hearing_observer (hearing_id, applicant_id, visitor_name, mobile, state, refusal,
              created_at, origin_id, origin_key)
            values (?, null, ?, ?, ?, ?, ?, ?, ?) returning id""")
        .params(
            hearingId,
            r.visitorName().strip(),
            r.mobile(),
            refusal == null ? "ADMITTED" : "REFUSED",
            refusal,
            Timestamp.from(now),
            r.originId(),
            r.key())
        .query(Long.class)
        .single();
  }

  Optional<HearingReplicas.ObserverAnswer> answer(long id) {
    return jdbc.sql(
            "select origin_id, origin_key, state, refusal from hearing_observer where id = ? and origin_key is not null")
        .param(id)
        .query(
            (rs, n) ->
                new HearingReplicas.ObserverAnswer(
                    rs.getLong("origin_id"),
                    rs.getObject("origin_key", UUID.class),
                    rs.getString("state"),
                    rs.getString("refusal")))
        .optional();
  }

  /** Answers a pending application; empty when it was answered before. */
  Optional<Answered> answerPending(long id, UUID key, String state, String refusal) {
    return jdbc.sql(
            """
            update hearing_observer set state = ?, refusal = ?
            where id = ? and public_key = ? and state = 'REQUESTED'
            returning hearing_id, applicant_id, mobile""")
        .params(state, refusal, id, key)
        .query((rs, n) -> new Answered(rs.getLong(1), rs.getLong(2), rs.getString(3)))
        .optional();
  }
}
