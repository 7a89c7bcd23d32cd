package org.sunshine.platform.releases;

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

/** The case_release table. */
@Repository
class ReleaseRows {

  record Row(
      long id,
      long unitId,
      String category,
      String title,
      String body,
      Long caseId,
      ReleaseStatus status,
      Escalation escalation,
      Long approvalUnitId,
      int pinLevel,
      LocalDate pinnedUntil,
      LocalDate publishedOn,
      String withdrawalReason,
      Instant withdrawnAt,
      String createdBy) {}

  private static final String SELECT = "select r.* from case_release r ";

  private final JdbcClient jdbc;

  ReleaseRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(
      long unitId, NewRelease r, Long caseId, Escalation escalation, String by, Instant at) {
    return jdbc.sql(
            """
            insert into case_release (procuratorate_id, category, title, body, case_id, status, escalation,
                created_by, created_at, updated_at)
            values (?, ?, ?, ?, ?, 'DRAFT', ?, ?, ?, ?) returning id""")
        .params(
            unitId,
            r.category(),
            r.title().strip(),
            r.body().strip(),
            caseId,
            escalation.name(),
            by,
            Timestamp.from(at),
            Timestamp.from(at))
        .query(Long.class)
        .single();
  }

  Optional<Row> find(long id) {
    return jdbc.sql(SELECT + "where r.id = ?").param(id).query((rs, n) -> row(rs)).optional();
  }

  Optional<Row> lock(long id) {
    jdbc.sql("select id from case_release where id = ? for update").param(id).query().listOfRows();
    return find(id);
  }

  /** The releases about one case, by id. */
  List<Long> ofCase(long caseId) {
    return jdbc.sql("select id from case_release where case_id = ? order by id")
        .param(caseId)
        .query(Long.class)
        .list();
  }

  List<Row> inUnits(Collection<Long> units) {
    if (units.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(SELECT + "where r.procuratorate_id = any(?) order by r.id desc limit 500")
        .param(units.toArray(Long[]::new))
        .query((rs, n) -> row(rs))
        .list();
  }

  /** Writes the aggregate's state (its transitions decided it). */
  void save(Release r, String publishedBy, Instant at) {
    jdbc.sql(
            """
            update case_release set title = ?, body = ?, status = ?, approval_unit_id = ?, pin_level = ?,
                pinned_until = ?, published_on = ?, published_at = coalesce(published_at, ?),
                published_by = coalesce(published_by, ?), withdrawal_reason = ?, withdrawn_at = ?, updated_at = ?
            where id = ?""")
        .params(
            r.title(),
            r.body(),
            r.status().name(),
            r.approvalUnitId(),
            r.pinLevel(),
            r.pinnedUntil() == null ? null : Date.valueOf(r.pinnedUntil()),
            r.publishedOn() == null ? null : Date.valueOf(r.publishedOn()),
            r.publishedOn() == null ? null : Timestamp.from(at),
            publishedBy,
            r.withdrawalReason(),
            r.withdrawnAt() == null ? null : Timestamp.from(r.withdrawnAt()),
            Timestamp.from(at),
            r.id)
        .update();
  }

  private static Row row(ResultSet rs) throws SQLException {
    Date pinned = rs.getDate("pinned_until");
    Date published = rs.getDate("published_on");
    Timestamp withdrawn = rs.getTimestamp("withdrawn_at");
    return new Row(
        rs.getLong("id"),
        rs.getLong("procuratorate_id"),
        rs.getString("category"),
        rs.getString("title"),
        rs.getString("body"),
        (Long) rs.getObject("case_id", Long.class),
        ReleaseStatus.valueOf(rs.getString("status")),
        Escalation.valueOf(rs.getString("escalation")),
        (Long) rs.getObject("approval_unit_id", Long.class),
        rs.getInt("pin_level"),
        pinned == null ? null : pinned.toLocalDate(),
        published == null ? null : published.toLocalDate(),
        rs.getString("withdrawal_reason"),
        withdrawn == null ? null : withdrawn.toInstant(),
        rs.getString("created_by"));
  }
}
