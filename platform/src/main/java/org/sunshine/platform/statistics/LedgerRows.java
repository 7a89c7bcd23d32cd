package org.sunshine.platform.statistics;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.sunshine.platform.texts.BadInput;

/** The ledger's own tables: {@code ledger_entry} and {@code ledger_movement}. */
@Repository
class LedgerRows {

  private final JdbcClient jdbc;

  LedgerRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<LedgerEntry> find(long documentId) {
    return jdbc.sql("select * from ledger_entry where document_id = ?")
        .param(documentId)
        .query((rs, n) -> entry(rs))
        .optional();
  }

  List<LedgerEntry> all() {
    return jdbc.sql("select * from ledger_entry where source = 'DOCUMENTS' order by document_id")
        .query((rs, n) -> entry(rs))
        .list();
  }

  /** Inserts or replaces the entry: applying the same state twice changes nothing. */
  void upsert(LedgerEntry e, Instant at) {
    touch(e.documentId(), e.dueMonth());
    jdbc.sql(
            """
            insert into ledger_entry (document_id, case_id, unit_id, document_number, doc_type, channel,
              handler, department_id, publishable_from, due_on, due_month, state, published_on,
              withheld_reason, withdrawn_on, withdrawal_reason, revisions, updated_at, source)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (document_id) do update set case_id = excluded.case_id,
              unit_id = excluded.unit_id, document_number = excluded.document_number,
              doc_type = excluded.doc_type, channel = excluded.channel, handler = excluded.handler,
              department_id = excluded.department_id, publishable_from = excluded.publishable_from,
              due_on = excluded.due_on, due_month = excluded.due_month, state = excluded.state,
              published_on = excluded.published_on, withheld_reason = excluded.withheld_reason,
              withdrawn_on = excluded.withdrawn_on, withdrawal_reason = excluded.withdrawal_reason,
              revisions = excluded.revisions, updated_at = excluded.updated_at
            """)
        .params(
            e.documentId(),
            e.caseId(),
            e.unitId(),
            e.documentNumber(),
            e.type(),
            e.channel(),
            e.handler(),
            e.departmentId(),
            Date.valueOf(e.publishableFrom()),
            Date.valueOf(e.dueOn()),
            Date.valueOf(e.dueMonth()),
            e.state(),
            date(e.publishedOn()),
            e.withheldReason(),
            date(e.withdrawnOn()),
            e.withdrawalReason(),
            e.revisions(),
            Timestamp.from(at),
            e.documentId() < 0 ? "HISTORY" : "DOCUMENTS")
        .update();
  }

  /** Records a movement once per event key; false when that event was already applied. */
  boolean move(
      long documentId,
      String kind,
      String eventKey,
      String from,
      String to,
      LocalDate on,
      Instant at) {
    return jdbc.sql(
                """
                insert into ledger_movement (document_id, kind, event_key, from_state, to_state,
                  occurred_on, recorded_at) values (?, ?, ?, ?, ?, ?, ?)
                on conflict (event_key) do nothing
                """)
            .params(documentId, kind, eventKey, from, to, Date.valueOf(on), Timestamp.from(at))
            .update()
        > 0;
  }

  record Movement(String kind, String fromState, String toState, LocalDate occurredOn) {}

  List<Movement> movements(long documentId) {
    return jdbc.sql(
            "select kind, from_state, to_state, occurred_on from ledger_movement"
                + " where document_id = ? order by id")
        .param(documentId)
        .query(
            (rs, n) ->
                new Movement(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getObject(4, LocalDate.class)))
        .list();
  }

  /**
   * Moves the version of every month an entry counts in — its due month (old and new) and the plans
   * that carried it — so their summaries are recomputed (V34, {@link MonthSummaries}).
   */
  void touch(long documentId, LocalDate dueMonth) {
    jdbc.sql(
            """
            insert into ledger_month_version (month, version)
            select m, 1 from (
              select cast(:due as date) as m
              union select due_month from ledger_entry where document_id = :id
              union select month from monthly_plan_item where document_id = :id and carried) x
            where m is not null
            on conflict (month) do update set version = ledger_month_version.version + 1
            """)
        .param("due", dueMonth == null ? null : Date.valueOf(dueMonth))
        .param("id", documentId)
        .update();
  }

  int deleteAll() {
    jdbc.sql("update ledger_month_version set version = version + 1").update();
    return jdbc.sql("delete from ledger_entry where source = 'DOCUMENTS'").update();
  }

  void delete(long documentId) {
    touch(documentId, null);
    jdbc.sql("delete from ledger_entry where document_id = ?").param(documentId).update();
  }

  /** Records an entry of the previous platform as it was (its id is negative). */
  void history(LedgerEntry e, Instant at) {
    if (e.documentId() >= 0) {
      throw BadInput.at("documentId", "statistics.ledger-rows.history.id-negative");
    }
    upsert(e, at);
  }

  private static Date date(LocalDate d) {
    return d == null ? null : Date.valueOf(d);
  }

  static LedgerEntry entry(ResultSet rs) throws SQLException {
    long dep = rs.getLong("department_id");
    Long department = rs.wasNull() ? null : dep;
    return new LedgerEntry(
        rs.getLong("document_id"),
        rs.getLong("case_id"),
        rs.getLong("unit_id"),
        rs.getString("document_number"),
        rs.getString("doc_type"),
        rs.getString("channel"),
        rs.getString("handler"),
        department,
        rs.getObject("publishable_from", LocalDate.class),
        rs.getObject("due_on", LocalDate.class),
        rs.getObject("due_month", LocalDate.class),
        rs.getString("state"),
        rs.getObject("published_on", LocalDate.class),
        rs.getString("withheld_reason"),
        rs.getObject("withdrawn_on", LocalDate.class),
        rs.getString("withdrawal_reason"),
        rs.getInt("revisions"));
  }
}
