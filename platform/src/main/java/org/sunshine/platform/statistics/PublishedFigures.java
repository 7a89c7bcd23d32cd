package org.sunshine.platform.statistics;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the public reads of the monthly reports: a unit's published lines over some months. */
@Repository
class PublishedFigures {

  private final JdbcClient jdbc;

  PublishedFigures(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * A unit's published figures of some months: its lines in the published reports of the unit
   * directly above it, summed; for the top unit, every line of its own reports (its units below,
   * each rolled up, and its own documents), summed.
   */
  ReportRows.Line published(long unitId, boolean top, LocalDate from, LocalDate to) {
    // One line a month: the unit's in the report of the unit it was under when that month was
    // reported (a unit moved mid-year keeps its earlier months).
    String below =
        """
        select distinct on (r.month) l.*, r.month
        from monthly_report_line l join monthly_report r on r.id = l.report_id
        where r.status = 'PUBLISHED' and l.unit_id = :unit
          and r.unit_id <> :unit and r.month between :from and :to
        order by r.month, r.published_at desc
        """;
    String own =
        """
        select l.*, r.month
        from monthly_report_line l join monthly_report r on r.id = l.report_id
        where r.status = 'PUBLISHED' and r.unit_id = :unit and r.month between :from and :to
        """;
    return jdbc.sql(
            """
            select coalesce(sum(l.due), 0), coalesce(sum(l.published), 0), coalesce(sum(l.withheld), 0),
                   coalesce(sum(l.non_compliant), 0), coalesce(sum(l.overdue), 0), coalesce(sum(l.on_time), 0),
                   count(distinct l.month)
            from (%s) l
            """
                .formatted(top ? own : below))
        .param("unit", unitId)
        .param("from", from)
        .param("to", to)
        .query(
            (rs, n) -> {
              int due = rs.getInt(1);
              int published = rs.getInt(2);
              int withheld = rs.getInt(3);
              Double rate = due - withheld == 0 ? null : (double) published / (due - withheld);
              return new ReportRows.Line(
                  unitId,
                  "",
                  due,
                  published,
                  withheld,
                  rs.getInt(4),
                  rs.getInt(5),
                  rs.getInt(6),
                  rate,
                  rs.getInt(7));
            })
        .single();
  }
}
