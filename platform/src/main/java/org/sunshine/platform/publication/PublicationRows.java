package org.sunshine.platform.publication;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Published revisions (immutable) and the public correction log. */
@Repository
class PublicationRows {

  /** A public document: its newest revision and whether it was withdrawn. */
  record PublicRow(
      PublishedRevision latest,
      String documentNumber,
      String typeName,
      long unitId,
      String charge,
      LocalDate decidedOn,
      boolean withdrawn) {}

  private static final String PUBLIC =
      """
      select pd.*, d.withdrawn_at
      from published_document pd
      join public_document d on d.document_id = pd.document_id
      where pd.revision = (select max(x.revision) from published_document x where x.document_id = pd.document_id)
      """;

  private final JdbcClient jdbc;

  PublicationRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The document's public record, written before its first published revision. */
  /** Returns whether the record was new (a replica applied twice changes nothing). */
  boolean registerPublic(long documentId, long unitId, long caseRef) {
    return jdbc.sql(
                """
                insert into public_document (document_id, procuratorate_id, case_ref) values (?, ?, ?)
                on conflict (document_id) do nothing""")
            .params(documentId, unitId, caseRef)
            .update()
        > 0;
  }

  /** Returns whether it was live until now. */
  boolean markWithdrawn(long documentId, Instant at) {
    return jdbc.sql(
                "update public_document set withdrawn_at = ? where document_id = ? and withdrawn_at is null")
            .params(Timestamp.from(at), documentId)
            .update()
        > 0;
  }

  long insert(DocumentRevision r, String sha256, Instant at) {
    return jdbc.sql(
            """
            insert into published_document (document_id, revision, procuratorate_id, document_type, document_number,
                channel, public_title, text, text_sha256, charge, decided_on, published_on, published_at,
                published_by, approval_id)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
        .params(
            r.documentId(),
            r.revision(),
            r.unitId(),
            r.type().name(),
            r.documentNumber(),
            r.channel().name(),
            r.title(),
            r.text(),
            sha256,
            r.charge(),
            Date.valueOf(r.decidedOn()),
            Date.valueOf(r.publishedOn()),
            Timestamp.from(at),
            r.publishedBy(),
            r.approvalId())
        .query(Long.class)
        .single();
  }

  List<PublishedRevision> revisions(long documentId) {
    return jdbc.sql("select * from published_document where document_id = ? order by revision desc")
        .param(documentId)
        .query((rs, n) -> revision(rs))
        .list();
  }

  Optional<PublicRow> publicDocument(long documentId, PublicationChannel channel) {
    return jdbc.sql(PUBLIC + " and pd.document_id = ? and pd.channel = ?")
        .params(documentId, channel.name())
        .query((rs, n) -> publicRow(rs))
        .optional();
  }

  List<PublicRow> publicList(
      PublicationChannel channel, Long[] units, String type, int offset, int limit) {
    return jdbc.sql(
            PUBLIC
                + " and pd.channel = ? and d.withdrawn_at is null"
                + " and (cast(? as bigint[]) is null or pd.procuratorate_id = any(?))"
                + " and (cast(? as varchar) is null or pd.document_type = ?)"
                + " order by pd.published_on desc, pd.id desc offset ? limit ?")
        .params(channel.name(), units, units, type, type, offset, limit)
        .query((rs, n) -> publicRow(rs))
        .list();
  }

  /** The types of the documents live on a channel. */
  List<String> liveTypes(PublicationChannel channel) {
    return jdbc.sql(
            """
            select distinct pd.document_type from published_document pd
            join public_document d on d.document_id = pd.document_id
            where pd.channel = ? and d.withdrawn_at is null""")
        .param(channel.name())
        .query(String.class)
        .list();
  }

  long publicCount(PublicationChannel channel, Long[] units, String type) {
    return jdbc.sql(
            """
            select count(distinct pd.document_id) from published_document pd
            join public_document d on d.document_id = pd.document_id
            where pd.channel = ? and d.withdrawn_at is null
              and (cast(? as bigint[]) is null or pd.procuratorate_id = any(?))
              and (cast(? as varchar) is null or pd.document_type = ?)""")
        .params(channel.name(), units, units, type, type)
        .query(Long.class)
        .single();
  }

  /** Live documents and their live revision's fingerprint, without loading any text. */
  Map<Long, String> liveFingerprints(PublicationChannel channel) {
    Map<Long, String> out = new HashMap<>();
    jdbc.sql(
            """
            select distinct on (pd.document_id) pd.document_id, pd.text_sha256
            from published_document pd join public_document d on d.document_id = pd.document_id
            where pd.channel = ? and d.withdrawn_at is null
            order by pd.document_id, pd.revision desc""")
        .param(channel.name())
        .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
        .list()
        .forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  List<PublicRow> related(long documentId) {
    return jdbc.sql(
            PUBLIC
                + " and pd.channel = 'INTERNET' and d.withdrawn_at is null and pd.document_id <> ?"
                + " and d.case_ref = (select case_ref from public_document where document_id = ?)"
                + " order by pd.published_on desc limit 20")
        .params(documentId, documentId)
        .query((rs, n) -> publicRow(rs))
        .list();
  }

  Set<Long> withdrawnAmong(Collection<Long> ids) {
    return new HashSet<>(
        jdbc.sql(
                "select document_id from public_document where withdrawn_at is not null and document_id = any(?)")
            .param(ids.toArray(Long[]::new))
            .query(Long.class)
            .list());
  }

  void correction(
      long documentId, String kind, String reason, String by, Long orderedByUnit, Instant at) {
    jdbc.sql(
            """
            insert into document_correction (document_id, kind, reason, decided_by, ordered_by_unit, occurred_at)
            values (?, ?, ?, ?, ?, ?)""")
        .params(documentId, kind, reason, by, orderedByUnit, Timestamp.from(at))
        .update();
  }

  List<CorrectionEntry> corrections(long documentId) {
    return jdbc.sql(
            """
            select kind, reason, occurred_at, ordered_by_unit from document_correction
            where document_id = ? order by id desc""")
        .param(documentId)
        .query(
            (rs, n) ->
                new CorrectionEntry(
                    rs.getString("kind"),
                    rs.getString("reason"),
                    rs.getTimestamp("occurred_at").toInstant(),
                    rs.getObject("ordered_by_unit") != null))
        .list();
  }

  private static PublicRow publicRow(ResultSet rs) throws SQLException {
    return new PublicRow(
        revision(rs),
        rs.getString("document_number"),
        rs.getString("document_type"),
        rs.getLong("procuratorate_id"),
        rs.getString("charge"),
        rs.getDate("decided_on").toLocalDate(),
        rs.getTimestamp("withdrawn_at") != null);
  }

  private static PublishedRevision revision(ResultSet rs) throws SQLException {
    return new PublishedRevision(
        rs.getLong("id"),
        rs.getLong("document_id"),
        rs.getInt("revision"),
        rs.getString("public_title"),
        rs.getString("text"),
        rs.getString("text_sha256"),
        PublicationChannel.valueOf(rs.getString("channel")),
        rs.getDate("published_on").toLocalDate(),
        rs.getTimestamp("published_at").toInstant(),
        rs.getString("published_by"));
  }
}
