package org.sunshine.platform.statistics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Inspections, their checklist answers and findings. */
@Repository
class InspectionRows {

  record Check(String item, String result, String note, String checkedBy) {}

  record Finding(long id, String text, String recordedBy, Instant recordedAt) {}

  private final JdbcClient jdbc;

  InspectionRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A new inspection; empty when the unit's half-year already has one. */
  Optional<Long> insert(
      long unitId, long inspectorUnit, int year, int half, String by, Instant at) {
    return jdbc.sql(
            """
            insert into inspection (unit_id, inspector_unit_id, year, half, status, opened_by, opened_at)
            values (?, ?, ?, ?, 'RECORDING', ?, ?) on conflict (unit_id, year, half) do nothing returning id
            """)
        .params(unitId, inspectorUnit, year, half, by, Timestamp.from(at))
        .query(Long.class)
        .optional();
  }

  Optional<Inspection> find(long id) {
    return jdbc.sql("select * from inspection where id = ?")
        .param(id)
        .query((rs, n) -> inspection(rs))
        .optional();
  }

  /** Inspections of the given units, or made by the given unit; newest first. */
  List<Inspection> of(Collection<Long> units, long inspectorUnit) {
    return jdbc.sql(
            "select * from inspection where unit_id in (:units) or inspector_unit_id = :me"
                + " order by year desc, half desc, id desc limit 300")
        .param("units", units.isEmpty() ? List.of(-1L) : units)
        .param("me", inspectorUnit)
        .query((rs, n) -> inspection(rs))
        .list();
  }

  void complete(Inspection i) {
    jdbc.sql(
            "update inspection set status = ?, completed_by = ?, completed_at = ?, summary = ?"
                + " where id = ? and status = 'RECORDING'")
        .params(i.status(), i.completedBy(), Timestamp.from(i.completedAt()), i.summary(), i.id())
        .update();
  }

  void check(long inspectionId, String item, String result, String note, String by, Instant at) {
    jdbc.sql(
            """
            insert into inspection_check (inspection_id, item, result, note, checked_by, checked_at)
            values (?, ?, ?, ?, ?, ?) on conflict (inspection_id, item) do update set
              result = excluded.result, note = excluded.note, checked_by = excluded.checked_by,
              checked_at = excluded.checked_at
            """)
        .params(inspectionId, item, result, note, by, Timestamp.from(at))
        .update();
  }

  Map<String, Check> checks(long inspectionId) {
    Map<String, Check> out = new LinkedHashMap<>();
    jdbc.sql("select * from inspection_check where inspection_id = ? order by item")
        .param(inspectionId)
        .query(
            rs -> {
              out.put(
                  rs.getString("item"),
                  new Check(
                      rs.getString("item"),
                      rs.getString("result"),
                      rs.getString("note"),
                      rs.getString("checked_by")));
            });
    return out;
  }

  long finding(long inspectionId, String text, String by, Instant at) {
    return jdbc.sql(
            "insert into inspection_finding (inspection_id, text, recorded_by, recorded_at)"
                + " values (?, ?, ?, ?) returning id")
        .params(inspectionId, text, by, Timestamp.from(at))
        .query(Long.class)
        .single();
  }

  List<Finding> findings(long inspectionId) {
    return jdbc.sql("select * from inspection_finding where inspection_id = ? order by id")
        .param(inspectionId)
        .query(
            (rs, n) ->
                new Finding(
                    rs.getLong("id"),
                    rs.getString("text"),
                    rs.getString("recorded_by"),
                    rs.getTimestamp("recorded_at").toInstant()))
        .list();
  }

  private static Inspection inspection(ResultSet rs) throws SQLException {
    Timestamp done = rs.getTimestamp("completed_at");
    return new Inspection(
        rs.getLong("id"),
        rs.getLong("unit_id"),
        rs.getLong("inspector_unit_id"),
        rs.getInt("year"),
        rs.getInt("half"),
        rs.getString("status"),
        rs.getString("opened_by"),
        rs.getTimestamp("opened_at").toInstant(),
        rs.getString("completed_by"),
        done == null ? null : done.toInstant(),
        rs.getString("summary"));
  }
}
