package org.sunshine.platform.statistics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The monthly reports, their frozen lines, named entries and disputes. */
@Repository
class ReportRows {

  record Report(
      long id,
      long unitId,
      LocalDate month,
      String status,
      String contentSha256,
      Instant draftedAt,
      Instant publishedAt) {}

  record Line(
      long unitId,
      String unitName,
      int due,
      int published,
      int withheld,
      int nonCompliant,
      int overdue,
      int onTime,
      Double rate,
      int ranking) {}

  record Named(
      long id,
      long documentId,
      long unitId,
      String documentNumber,
      String reason,
      String handler,
      String handlerName,
      String departmentHead,
      LocalDate dueOn,
      boolean repeated) {}

  record Dispute(
      long id,
      long namedEntryId,
      String raisedBy,
      String reason,
      Instant raisedAt,
      String status,
      String decidedBy,
      String decisionNote,
      Instant decidedAt,
      Long correctedInReport) {}

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;

  ReportRows(JdbcClient jdbc, JdbcTemplate batch) {
    this.jdbc = jdbc;
    this.batch = batch;
  }

  /** Inserts the report's header; empty when that unit's month already has one. */
  Optional<Long> insert(long unitId, LocalDate month, Instant at) {
    return jdbc.sql(
            "insert into monthly_report (unit_id, month, status, content_sha256, drafted_at)"
                + " values (?, ?, 'DRAFT', '', ?) on conflict (unit_id, month) do nothing returning id")
        .params(unitId, month, Timestamp.from(at))
        .query(Long.class)
        .optional();
  }

  void line(long reportId, Line l) {
    jdbc.sql("insert into monthly_report_line values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            reportId,
            l.unitId(),
            l.unitName(),
            l.due(),
            l.published(),
            l.withheld(),
            l.nonCompliant(),
            l.overdue(),
            l.onTime(),
            l.rate(),
            l.ranking())
        .update();
  }

  /** Writes a report's named entries in one batch (a province's report names hundreds). */
  void named(long reportId, List<Named> entries) {
    batch.batchUpdate(
        "insert into named_entry (report_id, document_id, unit_id, document_number, reason,"
            + " handler, handler_name, department_head, due_on, repeated)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        entries.stream()
            .map(
                n ->
                    new Object[] {
                      reportId,
                      n.documentId(),
                      n.unitId(),
                      n.documentNumber(),
                      n.reason(),
                      n.handler(),
                      n.handlerName(),
                      n.departmentHead(),
                      n.dueOn(),
                      n.repeated()
                    })
            .toList());
  }

  void status(long id, String status, String sha, Instant publishedAt) {
    jdbc.sql(
            "update monthly_report set status = ?, content_sha256 = ?, published_at = ? where id = ?")
        .params(status, sha, publishedAt == null ? null : Timestamp.from(publishedAt), id)
        .update();
  }

  Optional<Report> find(long id) {
    return jdbc.sql("select * from monthly_report where id = ?")
        .param(id)
        .query((rs, n) -> report(rs))
        .optional();
  }

  Optional<Report> find(long unitId, LocalDate month) {
    return jdbc.sql("select * from monthly_report where unit_id = ? and month = ?")
        .params(unitId, month)
        .query((rs, n) -> report(rs))
        .optional();
  }

  /** The reports of the given units, newest first. */
  List<Report> ofUnits(Collection<Long> units) {
    if (units.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "select * from monthly_report where unit_id in (:units) order by month desc, id desc"
                + " limit 200")
        .param("units", units)
        .query((rs, n) -> report(rs))
        .list();
  }

  List<Line> lines(long reportId) {
    return jdbc.sql(
            "select * from monthly_report_line where report_id = ? order by ranking, unit_id")
        .param(reportId)
        .query(
            (rs, n) ->
                new Line(
                    rs.getLong("unit_id"),
                    rs.getString("unit_name"),
                    rs.getInt("due"),
                    rs.getInt("published"),
                    rs.getInt("withheld"),
                    rs.getInt("non_compliant"),
                    rs.getInt("overdue"),
                    rs.getInt("on_time"),
                    rs.getObject("rate") == null ? null : rs.getDouble("rate"),
                    rs.getInt("ranking")))
        .list();
  }

  List<Named> named(long reportId) {
    return jdbc.sql("select * from named_entry where report_id = ? order by unit_id, due_on, id")
        .param(reportId)
        .query((rs, n) -> named(rs))
        .list();
  }

  Optional<Named> namedEntry(long id) {
    return jdbc.sql("select * from named_entry where id = ?")
        .param(id)
        .query((rs, n) -> named(rs))
        .optional();
  }

  long reportOf(long namedEntryId) {
    return jdbc.sql("select report_id from named_entry where id = ?")
        .param(namedEntryId)
        .query(Long.class)
        .single();
  }

  /**
   * In how many other months of the year published reports named each person, whichever unit
   * reported them: a person whose unit moved to another city mid-year carries their months along.
   */
  Map<String, Integer> monthsNamed(Collection<String> handlers, int year, LocalDate except) {
    Map<String, Integer> months = new HashMap<>();
    if (handlers.isEmpty()) {
      return months;
    }
    jdbc.sql(
            """
            select n.handler, count(distinct r.month) from named_entry n
            join monthly_report r on r.id = n.report_id
            where n.handler in (:handlers) and r.status = 'PUBLISHED' and r.month <> :except
              and extract(year from r.month) = :year
            group by n.handler
            """)
        .param("handlers", handlers)
        .param("except", except)
        .param("year", year)
        .query(
            rs -> {
              months.put(rs.getString(1), rs.getInt(2));
            });
    return months;
  }

  /**
   * Empties a returned draft before it is drafted again: its lines, names and the corrections it
   * carried (they go to the new draft). Disputes exist only on published reports, so none is lost.
   */
  void clearDraft(long reportId) {
    jdbc.sql("delete from monthly_report_line where report_id = ?").param(reportId).update();
    jdbc.sql("delete from named_entry where report_id = ?").param(reportId).update();
    jdbc.sql("update report_dispute set corrected_in_report = null where corrected_in_report = ?")
        .param(reportId)
        .update();
  }

  /**
   * Documents whose naming in one of this unit's reports a decision found wrong, and that no later
   * report of the unit has carried yet: the report that carries the correction does not name them
   * again. Later reports, and other units' reports, name them again if they are still late.
   */
  List<Long> upheldDocuments(long unitId) {
    return jdbc.sql(
            """
            select n.document_id from report_dispute d join named_entry n on n.id = d.named_entry_id
              join monthly_report r on r.id = n.report_id
            where d.status = 'UPHELD' and d.corrected_in_report is null and r.unit_id = ?
            """)
        .param(unitId)
        .query(Long.class)
        .list();
  }

  long dispute(long namedEntryId, String by, String reason, Instant at) {
    return jdbc.sql(
            "insert into report_dispute (named_entry_id, raised_by, reason, raised_at, status)"
                + " values (?, ?, ?, ?, 'OPEN') returning id")
        .params(namedEntryId, by, reason, Timestamp.from(at))
        .query(Long.class)
        .single();
  }

  boolean openDispute(long namedEntryId) {
    return jdbc.sql(
                "select count(*) from report_dispute where named_entry_id = ? and status = 'OPEN'")
            .param(namedEntryId)
            .query(Long.class)
            .single()
        > 0;
  }

  Optional<Dispute> findDispute(long id) {
    return jdbc.sql("select * from report_dispute where id = ?")
        .param(id)
        .query((rs, n) -> dispute(rs))
        .optional();
  }

  boolean decide(long id, String status, String by, String note, Instant at) {
    return jdbc.sql(
                "update report_dispute set status = ?, decided_by = ?, decision_note = ?,"
                    + " decided_at = ? where id = ? and status = 'OPEN'")
            .params(status, by, note, Timestamp.from(at), id)
            .update()
        > 0;
  }

  /** Decided disputes of a unit's earlier reports that no report has carried yet. */
  int carryCorrections(long unitId, long intoReport) {
    return jdbc.sql(
            """
            update report_dispute d set corrected_in_report = ?
            where d.status <> 'OPEN' and d.corrected_in_report is null
              and d.named_entry_id in (select n.id from named_entry n
                join monthly_report r on r.id = n.report_id where r.unit_id = ? and r.id <> ?)
            """)
        .params(intoReport, unitId, intoReport)
        .update();
  }

  record Correction(Dispute dispute, Named entry, LocalDate month) {}

  /** The corrections a report carries, with the entry and the month they correct. */
  List<Correction> corrections(long reportId) {
    List<Dispute> carried =
        jdbc.sql("select * from report_dispute where corrected_in_report = ? order by id")
            .param(reportId)
            .query((rs, i) -> dispute(rs))
            .list();
    return carried.stream()
        .map(
            d -> {
              Named n = namedEntry(d.namedEntryId()).orElseThrow();
              return new Correction(d, n, find(reportOf(n.id())).orElseThrow().month());
            })
        .toList();
  }

  List<Dispute> disputesOf(long reportId) {
    return jdbc.sql(
            "select d.* from report_dispute d join named_entry n on n.id = d.named_entry_id"
                + " where n.report_id = ? order by d.id")
        .param(reportId)
        .query((rs, n) -> dispute(rs))
        .list();
  }

  static Report report(ResultSet rs) throws SQLException {
    Timestamp published = rs.getTimestamp("published_at");
    return new Report(
        rs.getLong("id"),
        rs.getLong("unit_id"),
        rs.getObject("month", LocalDate.class),
        rs.getString("status"),
        rs.getString("content_sha256"),
        rs.getTimestamp("drafted_at").toInstant(),
        published == null ? null : published.toInstant());
  }

  private static Named named(ResultSet rs) throws SQLException {
    return new Named(
        rs.getLong("id"),
        rs.getLong("document_id"),
        rs.getLong("unit_id"),
        rs.getString("document_number"),
        rs.getString("reason"),
        rs.getString("handler"),
        rs.getString("handler_name"),
        rs.getString("department_head"),
        rs.getObject("due_on", LocalDate.class),
        rs.getBoolean("repeated"));
  }

  private static Dispute dispute(ResultSet rs) throws SQLException {
    Timestamp decided = rs.getTimestamp("decided_at");
    long corrected = rs.getLong("corrected_in_report");
    Long correctedIn = rs.wasNull() ? null : corrected;
    return new Dispute(
        rs.getLong(1),
        rs.getLong("named_entry_id"),
        rs.getString("raised_by"),
        rs.getString("reason"),
        rs.getTimestamp("raised_at").toInstant(),
        rs.getString("status"),
        rs.getString("decided_by"),
        rs.getString("decision_note"),
        decided == null ? null : decided.toInstant(),
        correctedIn);
  }
}
