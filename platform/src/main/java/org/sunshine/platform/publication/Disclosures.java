package org.sunshine.platform.publication;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunshine.redaction.DocumentType;

/**
 * What one unit disclosed in a period, exactly as it went out, for its archive (立卷, seed 001) and
 * its annual report: every published revision of its documents (a correction is a revision of its
 * own) and every release it published, withdrawn later or not. Read only; the unit's own items, not
 * its subordinates'.
 */
@Service
public class Disclosures {

  /** One published revision of a document, as it went out. */
  public record DisclosedDocument(
      long documentId,
      int revision,
      String documentNumber,
      String typeTitle,
      String publicTitle,
      String text,
      String textSha256,
      PublicationChannel channel,
      LocalDate publishedOn,
      Instant publishedAt,
      boolean withdrawnSince) {}

  /** A release as published; its title and body are blank where a public node erased them. */
  public record DisclosedRelease(
      long releaseId,
      String category,
      String title,
      String body,
      LocalDate publishedOn,
      Instant publishedAt,
      boolean withdrawnSince) {}

  private final JdbcClient jdbc;

  Disclosures(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Revisions the unit published from {@code from} to {@code to} (both included). */
  @Transactional(readOnly = true)
  public List<DisclosedDocument> documents(long unitId, LocalDate from, LocalDate to) {
    return jdbc.sql(
            """
            select pd.*, d.withdrawn_at from published_document pd
            join public_document d on d.document_id = pd.document_id
            where pd.procuratorate_id = ? and pd.published_on between ? and ?
            order by pd.published_at, pd.id""")
        .params(unitId, Date.valueOf(from), Date.valueOf(to))
        .query(
            (rs, n) ->
                new DisclosedDocument(
                    rs.getLong("document_id"),
                    rs.getInt("revision"),
                    rs.getString("document_number"),
                    DocumentType.valueOf(rs.getString("document_type")).title(),
                    rs.getString("public_title"),
                    rs.getString("text"),
                    rs.getString("text_sha256"),
                    PublicationChannel.valueOf(rs.getString("channel")),
                    rs.getObject("published_on", LocalDate.class),
                    rs.getTimestamp("published_at").toInstant(),
                    rs.getTimestamp("withdrawn_at") != null))
        .list();
  }

  /** Releases the unit published from {@code from} to {@code to} (both included). */
  @Transactional(readOnly = true)
  public List<DisclosedRelease> releases(long unitId, LocalDate from, LocalDate to) {
    return jdbc.sql(
            """
            select e.*, r.withdrawn_at from published_release e
            join public_release r on r.release_id = e.release_id
            where e.procuratorate_id = ? and e.published_on between ? and ?
            order by e.published_at, e.release_id""")
        .params(unitId, Date.valueOf(from), Date.valueOf(to))
        .query(
            (rs, n) ->
                new DisclosedRelease(
                    rs.getLong("release_id"),
                    rs.getString("category"),
                    rs.getString("title"),
                    rs.getString("body"),
                    rs.getObject("published_on", LocalDate.class),
                    rs.getTimestamp("published_at").toInstant(),
                    rs.getTimestamp("withdrawn_at") != null))
        .list();
  }
}
