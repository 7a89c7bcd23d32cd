package org.sunshine.platform.lawyers;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.sunshine.platform.access.LawyerGrants;
import org.sunshine.platform.texts.Conflict;

/** The lawyers' requests and their steps (plain SQL on this module's tables). */
@Repository
class RequestRows {

  private final JdbcClient jdbc;

  RequestRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  record RequestRow(
      long id,
      long lawyerId,
      long grantId,
      long caseId,
      long partyId,
      String caseNumber,
      String partyName,
      long unitId,
      RequestType type,
      RequestStatus status,
      String details,
      String proposedTimes,
      Instant submittedAt,
      LocalDate dueOn,
      String dueBasis,
      LocalDate pausedOn,
      int pausedDays,
      String note,
      RequestStatus outcome,
      String reasonCode,
      String reasonText,
      String decidedBy,
      Instant decidedAt,
      Instant closedAt,
      int remindedLevel,
      int version,
      String handlerPhone) {}

  private static final String REQUEST = "select * from lawyer_request";

  long insertRequest(
      long lawyerId,
      LawyerGrants.Bound bound,
      long unitId,
      RequestType type,
      String details,
      String proposedTimes,
      Instant now,
      DueDates.Due due) {
    return jdbc.sql(
            """
            insert into lawyer_request (lawyer_id, grant_id, case_id, party_id, case_number, party_name, unit_id, type,
              status, details, proposed_times, submitted_at, due_on, due_basis)
            values (?, ?, ?, ?, ?, ?, ?, ?, 'SUBMITTED', ?, ?, ?, ?, ?) returning id""")
        .params(
            lawyerId,
            bound.grantId(),
            bound.caseId(),
            bound.partyId(),
            bound.caseNumber(),
            bound.partyName(),
            unitId,
            type.name(),
            details,
            proposedTimes,
            Timestamp.from(now),
            Date.valueOf(due.dueOn()),
            due.basis())
        .query(Long.class)
        .single();
  }

  long filedSince(long lawyerId, Instant since) {
    return jdbc.sql("select count(*) from lawyer_request where lawyer_id = ? and submitted_at >= ?")
        .params(lawyerId, Timestamp.from(since))
        .query(Long.class)
        .single();
  }

  Optional<LawyerRequest> request(long id) {
    return jdbc.sql(REQUEST + " where id = ?")
        .param(id)
        .query(RequestRows::request)
        .optional()
        .map(LawyerRequest::new);
  }

  List<LawyerRequest> requestsOf(long lawyerId) {
    return jdbc
        .sql(REQUEST + " where lawyer_id = ? order by id desc")
        .param(lawyerId)
        .query(RequestRows::request)
        .list()
        .stream()
        .map(LawyerRequest::new)
        .toList();
  }

  /** 案管's queue: open requests of these units, the earliest due first, then the longest waiting. */
  List<LawyerRequest> openIn(Set<Long> units) {
    if (units.isEmpty()) {
      return List.of();
    }
    return jdbc
        .sql(
            REQUEST
                + " where unit_id in (:units) and status in ('SUBMITTED', 'ACCEPTED', 'NEEDS_SUPPLEMENT')"
                + " order by (status = 'NEEDS_SUPPLEMENT'), due_on, submitted_at limit 500")
        .param("units", units)
        .query(RequestRows::request)
        .list()
        .stream()
        .map(LawyerRequest::new)
        .toList();
  }

  /** Every request whose clock runs (submitted or accepted, not paused), in every unit. */
  List<LawyerRequest> running() {
    return jdbc
        .sql(REQUEST + " where status in ('SUBMITTED', 'ACCEPTED')")
        .query(RequestRows::request)
        .list()
        .stream()
        .map(LawyerRequest::new)
        .toList();
  }

  /** Granted and waiting to be carried out, or decided and waiting to be filed. */
  List<LawyerRequest> decidedIn(Set<Long> units) {
    if (units.isEmpty()) {
      return List.of();
    }
    return jdbc
        .sql(
            REQUEST
                + " where unit_id in (:units) and status in ('GRANTED', 'PARTLY_GRANTED', 'REFUSED', 'FULFILLED')"
                + " order by decided_at desc limit 200")
        .param("units", units)
        .query(RequestRows::request)
        .list()
        .stream()
        .map(LawyerRequest::new)
        .toList();
  }

  /** Every open request past its due date, on every unit (the reminder job). */
  List<LawyerRequest> overdue(LocalDate today) {
    return jdbc
        .sql(REQUEST + " where status in ('SUBMITTED', 'ACCEPTED') and due_on < ? order by id")
        .param(Date.valueOf(today))
        .query(RequestRows::request)
        .list()
        .stream()
        .map(LawyerRequest::new)
        .toList();
  }

  /** The office phone given with this person's latest decision, or null. */
  String lastPhoneOf(String username) {
    return jdbc.sql(
            "select handler_phone from lawyer_request where decided_by = ? and handler_phone is not null"
                + " order by decided_at desc limit 1")
        .param(username)
        .query(String.class)
        .optional()
        .orElse(null);
  }

  /** Saves a transition; a concurrent change of the same request fails instead of being lost. */
  void save(LawyerRequest r) {
    int n =
        jdbc.sql(
                """
            update lawyer_request set status = ?, due_on = ?, due_basis = ?, paused_on = ?, paused_days = ?, note = ?,
              outcome = ?, reason_code = ?, reason_text = ?, decided_by = ?, decided_at = ?, closed_at = ?,
              reminded_level = ?, handler_phone = ?, version = version + 1
            where id = ? and version = ?""")
            .params(
                r.status.name(),
                Date.valueOf(r.dueOn),
                r.dueBasis,
                r.pausedOn == null ? null : Date.valueOf(r.pausedOn),
                r.pausedDays,
                r.note,
                r.outcome == null ? null : r.outcome.name(),
                r.reasonCode,
                r.reasonText,
                r.decidedBy,
                ts(r.decidedAt),
                ts(r.closedAt),
                r.remindedLevel,
                r.handlerPhone,
                r.id,
                r.version)
            .update();
    if (n != 1) {
      throw Conflict.of("lawyers.request-rows.taken");
    }
  }

  void step(long requestId, RequestStatus status, String actor, String note, Instant at) {
    jdbc.sql(
            "insert into lawyer_request_step (request_id, status, actor, note, at) values (?, ?, ?, ?, ?)")
        .params(requestId, status.name(), actor, note, Timestamp.from(at))
        .update();
  }

  record Step(RequestStatus status, String actor, String note, Instant at) {}

  List<Step> steps(long requestId) {
    return jdbc.sql(
            "select status, actor, note, at from lawyer_request_step where request_id = ? order by id")
        .param(requestId)
        .query(
            (rs, n) ->
                new Step(
                    RequestStatus.valueOf(rs.getString(1)),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getTimestamp(4).toInstant()))
        .list();
  }

  private static RequestRow request(ResultSet rs, int n) throws SQLException {
    String outcome = rs.getString("outcome");
    Date paused = rs.getDate("paused_on");
    return new RequestRow(
        rs.getLong("id"),
        rs.getLong("lawyer_id"),
        rs.getLong("grant_id"),
        rs.getLong("case_id"),
        rs.getLong("party_id"),
        rs.getString("case_number"),
        rs.getString("party_name"),
        rs.getLong("unit_id"),
        RequestType.valueOf(rs.getString("type")),
        RequestStatus.valueOf(rs.getString("status")),
        rs.getString("details"),
        rs.getString("proposed_times"),
        rs.getTimestamp("submitted_at").toInstant(),
        rs.getDate("due_on").toLocalDate(),
        rs.getString("due_basis"),
        paused == null ? null : paused.toLocalDate(),
        rs.getInt("paused_days"),
        rs.getString("note"),
        outcome == null ? null : RequestStatus.valueOf(outcome),
        rs.getString("reason_code"),
        rs.getString("reason_text"),
        rs.getString("decided_by"),
        instant(rs, "decided_at"),
        instant(rs, "closed_at"),
        rs.getInt("reminded_level"),
        rs.getInt("version"),
        rs.getString("handler_phone"));
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }

  static Timestamp ts(Instant i) {
    return i == null ? null : Timestamp.from(i);
  }
}
