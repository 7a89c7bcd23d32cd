package org.sunshine.platform.statistics;

import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The units a monthly report was drafted for: the reporting unit and every unit below it on the day
 * of drafting (ADR 17). A published report keeps its hierarchy: a unit moved mid-year still reads
 * the reports that named it, and does not gain the reports of its new upper unit drafted before.
 */
@Repository
class ReportAudience {

  private final JdbcClient jdbc;

  ReportAudience(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void record(long reportId, Collection<Long> units) {
    for (long unit : units) {
      jdbc.sql(
              "insert into monthly_report_audience (report_id, unit_id) values (?, ?)"
                  + " on conflict do nothing")
          .params(reportId, unit)
          .update();
    }
  }

  /**
   * Whether the unit was below the reporting unit when the report was drafted; for reports drafted
   * before audiences were recorded, whether it is below it now ({@code belowNow}).
   */
  boolean includes(long reportId, long unitId, boolean belowNow) {
    List<Long> units =
        jdbc.sql("select unit_id from monthly_report_audience where report_id = ?")
            .param(reportId)
            .query(Long.class)
            .list();
    return units.isEmpty() ? belowNow : units.contains(unitId);
  }

  /**
   * The reports a unit can open: its own, and the published ones it was drafted for (or, for those
   * without a recorded audience, published by a unit on its path today), newest first.
   */
  List<ReportRows.Report> visibleTo(long unitId, Collection<Long> path) {
    return jdbc.sql(
            """
            select * from monthly_report r
            where r.unit_id = :unit
               or (r.status = 'PUBLISHED'
                   and (exists (select 1 from monthly_report_audience a
                                where a.report_id = r.id and a.unit_id = :unit)
                        or (r.unit_id in (:path) and not exists (
                              select 1 from monthly_report_audience a where a.report_id = r.id))))
            order by r.month desc, r.id desc limit 200
            """)
        .param("unit", unitId)
        .param("path", path)
        .query((rs, n) -> ReportRows.report(rs))
        .list();
  }
}
