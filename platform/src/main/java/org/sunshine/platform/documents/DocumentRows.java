package org.sunshine.platform.documents;

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
import org.sunshine.redaction.DocumentType;

/** The document tables (legal_document, redaction_finding, case_pseudonym). */
@Repository
class DocumentRows {

  record DocumentRow(
      long id,
      long caseId,
      long unitId,
      String documentNumber,
      DocumentType type,
      DocumentStatus status,
      String sourceName,
      LocalDate decidedOn,
      boolean important,
      String publicTitle,
      String originalText,
      String redactedText,
      String refusals,
      WithholdingReason withholdingReason,
      String withholdingNote,
      String withheldBy,
      LocalDate withheldOn,
      LocalDate overdueReportedOn,
      String correctionReason,
      String withdrawalReason,
      String createdBy,
      Instant createdAt,
      int revision) {}

  private static final String SELECT =
      """
      select d.* from legal_document d
      """;

  private final JdbcClient jdbc;

  DocumentRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  boolean numberTaken(String documentNumber) {
    return jdbc.sql("select count(*) from legal_document where document_number = ?")
            .param(documentNumber)
            .query(Long.class)
            .single()
        > 0;
  }

  long insert(
      long caseId,
      long unitId,
      String documentNumber,
      DocumentType type,
      String originalText,
      String sourceName,
      LocalDate decidedOn,
      boolean important,
      String createdBy,
      Instant at) {
    return jdbc.sql(
            """
            insert into legal_document (case_id, procuratorate_id, document_number, document_type, status,
                original_text, source_name, decided_on, important, created_by, created_at, updated_at)
            values (?, ?, ?, ?, 'DRAFT', ?, ?, ?, ?, ?, ?, ?) returning id""")
        .params(
            caseId,
            unitId,
            documentNumber,
            type.name(),
            originalText,
            sourceName,
            Date.valueOf(decidedOn),
            important,
            createdBy,
            Timestamp.from(at),
            Timestamp.from(at))
        .query(Long.class)
        .single();
  }

  Optional<DocumentRow> byNumber(String documentNumber) {
    return jdbc.sql(SELECT + " where d.document_number = ?")
        .param(documentNumber)
        .query((rs, n) -> row(rs))
        .optional();
  }

  Optional<DocumentRow> find(long id) {
    return jdbc.sql(SELECT + " where d.id = ?").param(id).query((rs, n) -> row(rs)).optional();
  }

  /** Locks the row for a transition, so two decisions can never interleave. */
  Optional<DocumentRow> lock(long id) {
    jdbc.sql("select id from legal_document where id = ? for update")
        .param(id)
        .query()
        .listOfRows();
    return find(id);
  }

  List<DocumentRow> ofCase(long caseId) {
    return jdbc.sql(SELECT + " where d.case_id = ? order by d.id")
        .param(caseId)
        .query((rs, n) -> row(rs))
        .list();
  }

  /**
   * The documents of a case that passed their approval and wait for their publication condition.
   */
  List<DocumentRow> waitingOf(long caseId) {
    return jdbc.sql(SELECT + " where d.case_id = ? and d.status = 'APPROVED' order by d.id")
        .param(caseId)
        .query((rs, n) -> row(rs))
        .list();
  }

  /** Every document approved and waiting for its publication condition. */
  List<DocumentRow> waiting() {
    return jdbc.sql(SELECT + " where d.status = 'APPROVED' order by d.id")
        .query((rs, n) -> row(rs))
        .list();
  }

  List<DocumentRow> inUnits(Collection<Long> units, boolean openOnly, int limit) {
    if (units.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            SELECT
                + " where d.procuratorate_id = any(?)"
                + (openOnly ? " and d.status in ('DRAFT', 'IN_APPROVAL', 'APPROVED')" : "")
                + " order by d.id desc limit ?")
        .params(units.toArray(Long[]::new), limit)
        .query((rs, n) -> row(rs))
        .list();
  }

  List<DocumentRow> open() {
    return jdbc.sql(
            SELECT + " where d.status in ('DRAFT', 'IN_APPROVAL', 'APPROVED') order by d.id")
        .query((rs, n) -> row(rs))
        .list();
  }

  void save(LegalDocument d, Instant at) {
    jdbc.sql(
            """
            update legal_document set status = ?, revision = ?, correction_reason = ?, withdrawal_reason = ?,
                withholding_reason = ?, withholding_note = ?, withheld_by = ?, withheld_on = ?, updated_at = ?
            where id = ?""")
        .params(
            d.status().name(),
            d.revision(),
            d.correctionReason(),
            d.withdrawalReason(),
            d.withholdingReason() == null ? null : d.withholdingReason().name(),
            d.withholdingNote(),
            d.withheldBy(),
            d.withheldOn() == null ? null : Date.valueOf(d.withheldOn()),
            Timestamp.from(at),
            d.id)
        .update();
  }

  void saveRedaction(
      long id, String publicTitle, String redactedText, String refusals, Instant at) {
    jdbc.sql(
            "update legal_document set public_title = ?, redacted_text = ?, refusals = ?, updated_at = ?"
                + " where id = ?")
        .params(publicTitle, redactedText, refusals, Timestamp.from(at), id)
        .update();
  }

  void markOverdueReported(long id, LocalDate on) {
    jdbc.sql("update legal_document set overdue_reported_on = ? where id = ?")
        .params(Date.valueOf(on), id)
        .update();
  }

  private static DocumentRow row(ResultSet rs) throws SQLException {
    String reason = rs.getString("withholding_reason");
    return new DocumentRow(
        rs.getLong("id"),
        rs.getLong("case_id"),
        rs.getLong("procuratorate_id"),
        rs.getString("document_number"),
        DocumentType.valueOf(rs.getString("document_type")),
        DocumentStatus.valueOf(rs.getString("status")),
        rs.getString("source_name"),
        rs.getDate("decided_on").toLocalDate(),
        rs.getBoolean("important"),
        rs.getString("public_title"),
        rs.getString("original_text"),
        rs.getString("redacted_text"),
        rs.getString("refusals"),
        reason == null ? null : WithholdingReason.valueOf(reason),
        rs.getString("withholding_note"),
        rs.getString("withheld_by"),
        date(rs, "withheld_on"),
        date(rs, "overdue_reported_on"),
        rs.getString("correction_reason"),
        rs.getString("withdrawal_reason"),
        rs.getString("created_by"),
        rs.getTimestamp("created_at").toInstant(),
        rs.getInt("revision"));
  }

  static LocalDate date(ResultSet rs, String column) throws SQLException {
    Date d = rs.getDate(column);
    return d == null ? null : d.toLocalDate();
  }
}
