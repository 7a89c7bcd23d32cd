package org.sunshine.platform.statistics;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Corrections (整改) and their log; the linked document is looked up in the ledger. */
@Repository
class CorrectionRows {

  record Step(String action, String actor, String note, Instant at) {}

  /** A document of a unit as the ledger holds it (what a correction can point at). */
  record LinkedDocument(long documentId, String documentNumber, String state, LocalDate dueOn) {}

  private final JdbcClient jdbc;

  CorrectionRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(Correction c, Long findingId) {
    return jdbc.sql(
            """
            insert into correction_order (inspection_id, finding_id, ordering_unit_id, unit_id, requirement,
              document_id, document_number, due_on, status, ordered_by, ordered_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
            """)
        .params(
            c.inspectionId(),
            findingId,
            c.orderingUnitId(),
            c.unitId(),
            c.requirement(),
            c.documentId(),
            c.documentNumber(),
            Date.valueOf(c.dueOn()),
            c.status(),
            c.orderedBy(),
            Timestamp.from(c.orderedAt()))
        .query(Long.class)
        .single();
  }

  /** Saves a transition, if the row is still in the state it was read in. */
  boolean save(Correction c, String from) {
    return jdbc.sql(
                "update correction_order set status = ?, reported_note = ?, confirmed_at = ?"
                    + " where id = ? and status = ?")
            .params(
                c.status(),
                c.reportedNote(),
                c.confirmedAt() == null ? null : Timestamp.from(c.confirmedAt()),
                c.id(),
                from)
            .update()
        > 0;
  }

  void step(long correctionId, String action, String actor, String note, Instant at) {
    jdbc.sql(
            "insert into correction_step (correction_id, action, actor, note, at)"
                + " values (?, ?, ?, ?, ?)")
        .params(correctionId, action, actor, note, Timestamp.from(at))
        .update();
  }

  List<Step> steps(long correctionId) {
    return jdbc.sql("select * from correction_step where correction_id = ? order by id")
        .param(correctionId)
        .query(
            (rs, n) ->
                new Step(
                    rs.getString("action"),
                    rs.getString("actor"),
                    rs.getString("note"),
                    rs.getTimestamp("at").toInstant()))
        .list();
  }

  /** Whether a reminder of this correction was already recorded today. */
  boolean remindedOn(long correctionId, Instant dayStart) {
    return jdbc.sql(
                "select count(*) from correction_step where correction_id = ?"
                    + " and action = 'REMINDED' and at >= ?")
            .params(correctionId, Timestamp.from(dayStart))
            .query(Long.class)
            .single()
        > 0;
  }

  Optional<Correction> find(long id) {
    return jdbc.sql("select * from correction_order where id = ?")
        .param(id)
        .query((rs, n) -> correction(rs))
        .optional();
  }

  List<Correction> ofInspection(long inspectionId) {
    return jdbc.sql("select * from correction_order where inspection_id = ? order by id")
        .param(inspectionId)
        .query((rs, n) -> correction(rs))
        .list();
  }

  /** Corrections required of the given units or ordered by the given unit; open ones first. */
  List<Correction> involving(Collection<Long> units, long orderingUnit) {
    return jdbc.sql(
            """
            select * from correction_order where unit_id in (:units) or ordering_unit_id = :me
            order by status = 'CONFIRMED', due_on, id limit 500
            """)
        .param("units", units.isEmpty() ? List.of(-1L) : units)
        .param("me", orderingUnit)
        .query((rs, n) -> correction(rs))
        .list();
  }

  /** Ordered and past their due date (the reminders' work list). */
  List<Correction> overdue(LocalDate today) {
    return jdbc.sql(
            "select * from correction_order where status = 'ORDERED' and due_on < ? order by id")
        .param(Date.valueOf(today))
        .query((rs, n) -> correction(rs))
        .list();
  }

  Optional<LinkedDocument> document(long unitId, String documentNumber) {
    return jdbc.sql(
            "select document_id, document_number, state, due_on from ledger_entry"
                + " where unit_id = ? and document_number = ? order by document_id desc limit 1")
        .params(unitId, documentNumber.strip())
        .query(CorrectionRows::linked)
        .optional();
  }

  Optional<LinkedDocument> document(long documentId) {
    return jdbc.sql(
            "select document_id, document_number, state, due_on from ledger_entry"
                + " where document_id = ?")
        .param(documentId)
        .query(CorrectionRows::linked)
        .optional();
  }

  private static LinkedDocument linked(ResultSet rs, int n) throws SQLException {
    return new LinkedDocument(
        rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class));
  }

  private static Correction correction(ResultSet rs) throws SQLException {
    long insp = rs.getLong("inspection_id");
    Long inspectionId = rs.wasNull() ? null : insp;
    long doc = rs.getLong("document_id");
    Long documentId = rs.wasNull() ? null : doc;
    Timestamp confirmed = rs.getTimestamp("confirmed_at");
    return new Correction(
        rs.getLong("id"),
        inspectionId,
        rs.getLong("ordering_unit_id"),
        rs.getLong("unit_id"),
        rs.getString("requirement"),
        documentId,
        rs.getString("document_number"),
        rs.getObject("due_on", LocalDate.class),
        rs.getString("status"),
        rs.getString("ordered_by"),
        rs.getTimestamp("ordered_at").toInstant(),
        rs.getString("reported_note"),
        confirmed == null ? null : confirmed.toInstant());
  }
}
