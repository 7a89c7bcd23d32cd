package org.sunshine.platform.publication;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.sunshine.platform.texts.Texts;

/** The public read model's rows as they are copied between nodes (ids kept). */
@Repository
class ReplicaRows {

  /** Published revisions are written by 案管's publishing step; a replica names the role. */
  static final String PUBLISHER = Texts.text("publication.replica-rows.publisher");

  record PublicRecord(long documentId, long unitId, long caseRef, Instant withdrawnAt) {}

  private final JdbcClient jdbc;

  ReplicaRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<PublicRecord> publicRecord(long documentId) {
    return jdbc.sql("select * from public_document where document_id = ?")
        .param(documentId)
        .query(
            (rs, n) ->
                new PublicRecord(
                    rs.getLong("document_id"),
                    rs.getLong("procuratorate_id"),
                    rs.getLong("case_ref"),
                    instant(rs, "withdrawn_at")))
        .optional();
  }

  List<Long> internetDocumentIds() {
    return jdbc.sql(
            """
            select distinct document_id from published_document where channel = 'INTERNET'
            order by document_id""")
        .query(Long.class)
        .list();
  }

  List<DocumentReplica.Revision> internetRevisions(long documentId) {
    return jdbc.sql(
            """
            select * from published_document where document_id = ? and channel = 'INTERNET'
            order by revision""")
        .param(documentId)
        .query(
            (rs, n) ->
                new DocumentReplica.Revision(
                    rs.getLong("id"),
                    rs.getInt("revision"),
                    rs.getString("document_type"),
                    rs.getString("document_number"),
                    rs.getString("public_title"),
                    rs.getString("text"),
                    rs.getString("text_sha256"),
                    rs.getString("charge"),
                    rs.getDate("decided_on").toLocalDate(),
                    rs.getDate("published_on").toLocalDate(),
                    instant(rs, "published_at"),
                    rs.getLong("approval_id")))
        .list();
  }

  List<DocumentReplica.Correction> corrections(long documentId) {
    return jdbc.sql("select * from document_correction where document_id = ? order by id")
        .param(documentId)
        .query(
            (rs, n) ->
                new DocumentReplica.Correction(
                    rs.getLong("id"),
                    rs.getString("kind"),
                    rs.getString("reason"),
                    (Long) rs.getObject("ordered_by_unit", Long.class),
                    instant(rs, "occurred_at")))
        .list();
  }

  boolean insertRevision(long documentId, long unitId, DocumentReplica.Revision v) {
    return jdbc.sql(
                """
                insert into published_document (id, document_id, revision, procuratorate_id, document_type,
                    document_number, channel, public_title, text, text_sha256, charge, decided_on, published_on,
                    published_at, published_by, approval_id)
                overriding system value
                values (?, ?, ?, ?, ?, ?, 'INTERNET', ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict do nothing""")
            .params(
                v.id(),
                documentId,
                v.revision(),
                unitId,
                v.type(),
                v.number(),
                v.title(),
                v.text(),
                v.sha256(),
                v.charge(),
                Date.valueOf(v.decidedOn()),
                Date.valueOf(v.publishedOn()),
                Timestamp.from(v.publishedAt()),
                PUBLISHER,
                v.approvalId())
            .update()
        > 0;
  }

  boolean insertCorrection(long documentId, DocumentReplica.Correction c) {
    return jdbc.sql(
                """
                insert into document_correction (id, document_id, kind, reason, decided_by, ordered_by_unit,
                    occurred_at)
                overriding system value values (?, ?, ?, ?, ?, ?, ?)
                on conflict do nothing""")
            .params(
                c.id(),
                documentId,
                c.kind(),
                c.reason(),
                PUBLISHER,
                c.orderedByUnit(),
                Timestamp.from(c.occurredAt()))
            .update()
        > 0;
  }

  /** Erases a withdrawn or superseded revision's text (the one update the trigger allows). */
  boolean eraseText(long documentId, int revision) {
    return jdbc.sql(
                "update published_document set text = '' where document_id = ? and revision = ? and text <> ''")
            .params(documentId, revision)
            .update()
        > 0;
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }
}
