package org.sunshine.platform.archives;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.texts.BadInput;

/**
 * Published annual reports on a split deployment: the internal node exports each one, the public
 * node holds a copy so {@code /reports/annual} reads it there. A published report never changes, so
 * the first copy of a unit's year stands and a second one changes nothing.
 */
@Service
public class AnnualReportReplicas {

  /** What crosses: the published report, nothing of its drafting or approval. */
  public record AnnualReportReplica(
      long unitId,
      int year,
      String active,
      String request,
      String objection,
      String problems,
      String oversight,
      String figures,
      String contentSha256,
      Instant publishedAt) {}

  private final AnnualReportRows rows;
  private final JdbcClient jdbc;
  private final Directory directory;

  AnnualReportReplicas(AnnualReportRows rows, JdbcClient jdbc, Directory directory) {
    this.rows = rows;
    this.jdbc = jdbc;
    this.directory = directory;
  }

  /** The published report for the public node (internal node); empty for any other state. */
  @Transactional(readOnly = true)
  public Optional<AnnualReportReplica> export(long reportId) {
    return rows.find(reportId)
        .filter(r -> r.status() == AnnualReport.Status.PUBLISHED)
        .map(
            r ->
                new AnnualReportReplica(
                    r.unitId(),
                    r.year(),
                    r.sections().active(),
                    r.sections().request(),
                    r.sections().objection(),
                    r.sections().problems(),
                    r.sections().oversight(),
                    r.figures().serialise(),
                    r.contentSha256(),
                    r.publishedAt()));
  }

  /** Every published report, for a full export. */
  @Transactional(readOnly = true)
  public List<Long> publishedIds() {
    return jdbc.sql("select id from annual_report where status = 'PUBLISHED' order by id")
        .query(Long.class)
        .list();
  }

  /** The copy arrives (public node); a year already held stays as it is. */
  @Transactional
  public void apply(AnnualReportReplica r) {
    if (directory.find(r.unitId()).isEmpty()) {
      throw BadInput.at("unitId", "archives.annual-report-replicas.unit.unknown", r.unitId());
    }
    if (r.publishedAt() == null || r.year() < 2000) {
      throw BadInput.at("publishedAt", "archives.annual-report-replicas.published-only");
    }
    AnnualReport.Sections s =
        new AnnualReport.Sections(
            r.active(), r.request(), r.objection(), r.problems(), r.oversight());
    AnnualFigures f = AnnualFigures.parse(r.figures());
    jdbc.sql(
            """
            insert into annual_report (unit_id, year, status, active_text, request_text, objection_text,
                problems_text, oversight_text, figures, content_sha256, drafted_at, updated_at, updated_by,
                published_at)
            values (?, ?, 'PUBLISHED', ?, ?, ?, ?, ?, ?, ?, ?, ?, 'transfer', ?)
            on conflict (unit_id, year) do nothing""")
        .params(
            r.unitId(),
            r.year(),
            s.active(),
            s.request(),
            s.objection(),
            s.problems(),
            s.oversight(),
            f.serialise(),
            r.contentSha256(),
            Timestamp.from(r.publishedAt()),
            Timestamp.from(r.publishedAt()),
            Timestamp.from(r.publishedAt()))
        .update();
  }
}
