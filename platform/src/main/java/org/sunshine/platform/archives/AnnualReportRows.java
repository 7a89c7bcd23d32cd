package org.sunshine.platform.archives;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Annual reports: one per unit and year. */
@Repository
class AnnualReportRows {

  private final JdbcClient jdbc;

  AnnualReportRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Inserts a draft unless the unit's year has one; returns the id if new. */
  Optional<Long> insert(
      long unitId, int year, AnnualReport.Sections s, AnnualFigures f, Instant at) {
    return jdbc.sql(
            """
            insert into annual_report (unit_id, year, status, active_text, request_text, objection_text,
                problems_text, oversight_text, figures, drafted_at, updated_at, updated_by)
            values (?, ?, 'DRAFT', ?, ?, ?, ?, ?, ?, ?, ?, 'system')
            on conflict (unit_id, year) do nothing returning id""")
        .params(
            unitId,
            year,
            s.active(),
            s.request(),
            s.objection(),
            s.problems(),
            s.oversight(),
            f.serialise(),
            Timestamp.from(at),
            Timestamp.from(at))
        .query(Long.class)
        .optional();
  }

  /** Writes the report's state whole. */
  void save(AnnualReport r) {
    jdbc.sql(
            """
            update annual_report set status = ?, active_text = ?, request_text = ?, objection_text = ?,
                problems_text = ?, oversight_text = ?, figures = ?, content_sha256 = ?, updated_at = ?,
                updated_by = ?, published_at = ?
            where id = ?""")
        .params(
            r.status().name(),
            r.sections().active(),
            r.sections().request(),
            r.sections().objection(),
            r.sections().problems(),
            r.sections().oversight(),
            r.figures().serialise(),
            r.contentSha256(),
            Timestamp.from(r.updatedAt()),
            r.updatedBy(),
            r.publishedAt() == null ? null : Timestamp.from(r.publishedAt()),
            r.id())
        .update();
  }

  Optional<AnnualReport> find(long id) {
    return jdbc.sql("select * from annual_report where id = ?")
        .param(id)
        .query((rs, n) -> report(rs))
        .optional();
  }

  Optional<AnnualReport> find(long unitId, int year) {
    return jdbc.sql("select * from annual_report where unit_id = ? and year = ?")
        .params(unitId, year)
        .query((rs, n) -> report(rs))
        .optional();
  }

  List<AnnualReport> ofUnits(Collection<Long> units) {
    if (units.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "select * from annual_report where unit_id in (:units) order by year desc, unit_id")
        .param("units", units)
        .query((rs, n) -> report(rs))
        .list();
  }

  List<AnnualReport> published(int year) {
    return jdbc.sql(
            "select * from annual_report where status = 'PUBLISHED' and year = ? order by unit_id")
        .param(year)
        .query((rs, n) -> report(rs))
        .list();
  }

  List<Integer> publishedYears() {
    return jdbc.sql(
            "select distinct year from annual_report where status = 'PUBLISHED' order by year desc")
        .query(Integer.class)
        .list();
  }

  private static AnnualReport report(ResultSet rs) throws SQLException {
    Timestamp published = rs.getTimestamp("published_at");
    return new AnnualReport(
        rs.getLong("id"),
        rs.getLong("unit_id"),
        rs.getInt("year"),
        AnnualReport.Status.valueOf(rs.getString("status")),
        new AnnualReport.Sections(
            rs.getString("active_text"),
            rs.getString("request_text"),
            rs.getString("objection_text"),
            rs.getString("problems_text"),
            rs.getString("oversight_text")),
        AnnualFigures.parse(rs.getString("figures")),
        rs.getString("content_sha256"),
        rs.getTimestamp("updated_at").toInstant(),
        rs.getString("updated_by"),
        published == null ? null : published.toInstant());
  }
}
