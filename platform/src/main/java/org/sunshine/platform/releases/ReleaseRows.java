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
      String unitName,
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

  private static final String SELECT =
      "select r.*, p.name as unit_name from case_release r join procuratorate p on p.id = r.procuratorate_id ";

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

  List<Row> inUnits(Collection<Long> units) {
    if (units.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(SELECT + "where r.procuratorate_id = any(?) order by r.id desc limit 500")
        .param(units.toArray(Long[]::new))
        .query((rs, n) -> row(rs))
        .list();
  }

  /** Published releases, pinned ones first (by level, while the pin lasts), then newest. */
  List<Row> published(
      Collection<Long> units, String category, LocalDate today, int offset, int limit) {
    return jdbc.sql(
            SELECT
                + "where r.status = 'PUBLISHED' and (cast(? as varchar) is null or r.category = ?)"
                + " and r.procuratorate_id = any(?)"
                + " order by case when r.pinned_until >= ? then r.pin_level else 0 end desc,"
                + " r.published_on desc, r.id desc offset ? limit ?")
        .params(category, category, units.toArray(Long[]::new), Date.valueOf(today), offset, limit)
        .query((rs, n) -> row(rs))
        .list();
  }

  List<Row> allPublished() {
    return jdbc.sql(SELECT + "where r.status = 'PUBLISHED' order by r.id")
        .query((rs, n) -> row(rs))
        .list();
  }

  void update(long id, String title, String body, Instant at) {
    jdbc.sql(
            "update case_release set title = ?, body = ?, updated_at = ? where id = ? and status = 'DRAFT'")
        .params(title, body, Timestamp.from(at), id)
        .update();
  }

  void status(long id, ReleaseStatus status, Long approvalUnit, Instant at) {
    jdbc.sql(
            "update case_release set status = ?, approval_unit_id = ?, updated_at = ? where id = ?")
        .params(status.name(), approvalUnit, Timestamp.from(at), id)
        .update();
  }

  void published(long id, LocalDate on, Instant at, String by) {
    jdbc.sql(
            "update case_release set status = 'PUBLISHED', published_on = ?, published_at = ?,"
                + " published_by = ?, updated_at = ? where id = ?")
        .params(Date.valueOf(on), Timestamp.from(at), by, Timestamp.from(at), id)
        .update();
  }

  void pin(long id, int level, LocalDate until, Instant at) {
    jdbc.sql("update case_release set pin_level = ?, pinned_until = ?, updated_at = ? where id = ?")
        .params(level, until == null ? null : Date.valueOf(until), Timestamp.from(at), id)
        .update();
  }

  void withdrawn(long id, String reason, Instant at) {
    jdbc.sql(
            "update case_release set status = 'WITHDRAWN', withdrawal_reason = ?, withdrawn_at = ?,"
                + " updated_at = ? where id = ?")
        .params(reason, Timestamp.from(at), Timestamp.from(at), id)
        .update();
  }

  private static Row row(ResultSet rs) throws SQLException {
    Date pinned = rs.getDate("pinned_until");
    Date published = rs.getDate("published_on");
    Timestamp withdrawn = rs.getTimestamp("withdrawn_at");
    return new Row(
        rs.getLong("id"),
        rs.getLong("procuratorate_id"),
        rs.getString("unit_name"),
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
