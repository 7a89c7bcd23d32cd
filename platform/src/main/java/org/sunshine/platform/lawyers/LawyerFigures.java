package org.sunshine.platform.lawyers;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.StaffIdentity;

/**
 * Per unit and month (by the day a request was submitted, in the platform's time zone): requests by
 * type, on-time rate (decided on or before the due date, among those decided), median hours from
 * submission to decision, refusals by reason.
 */
@Component
class LawyerFigures {

  private final JdbcClient jdbc;
  private final Directory directory;
  private final Clock clock;

  LawyerFigures(JdbcClient jdbc, Directory directory, Clock clock) {
    this.jdbc = jdbc;
    this.directory = directory;
    this.clock = clock;
  }

  List<LawyerServices.MonthFigures> of(StaffIdentity staff, YearMonth month) {
    Set<Long> units = directory.unitsVisibleTo(staff);
    if (units.isEmpty()) {
      return List.of();
    }
    Timestamp from = Timestamp.from(month.atDay(1).atStartOfDay(clock.getZone()).toInstant());
    Timestamp to =
        Timestamp.from(month.plusMonths(1).atDay(1).atStartOfDay(clock.getZone()).toInstant());
    String where =
        " from lawyer_request where unit_id in (:units) and submitted_at >= :from and submitted_at < :to";
    Map<Long, Map<String, Long>> byType = new LinkedHashMap<>();
    jdbc.sql(
            "select unit_id, type, count(*)"
                + where
                + " group by unit_id, type order by unit_id, type")
        .param("units", units)
        .param("from", from)
        .param("to", to)
        .query(
            (rs, n) ->
                byType
                    .computeIfAbsent(rs.getLong(1), u -> new LinkedHashMap<>())
                    .put(rs.getString(2), rs.getLong(3)))
        .list();
    Map<Long, Map<String, Long>> refusals = new LinkedHashMap<>();
    jdbc.sql(
            "select unit_id, reason_code, count(*)"
                + where
                + " and outcome = 'REFUSED' group by unit_id, reason_code order by 1, 2")
        .param("units", units)
        .param("from", from)
        .param("to", to)
        .query(
            (rs, n) ->
                refusals
                    .computeIfAbsent(rs.getLong(1), u -> new LinkedHashMap<>())
                    .put(rs.getString(2), rs.getLong(3)))
        .list();
    List<LawyerServices.MonthFigures> list = new ArrayList<>();
    jdbc.sql(
            """
            select unit_id, count(decided_at),
              count(*) filter (where decided_at is not null
                and (decided_at at time zone :zone)::date <= due_on),
              percentile_cont(0.5) within group (order by extract(epoch from decided_at - submitted_at) / 3600.0)
                filter (where decided_at is not null)"""
                + where
                + " group by unit_id order by unit_id")
        .param("zone", clock.getZone().getId())
        .param("units", units)
        .param("from", from)
        .param("to", to)
        .query(
            (rs, n) -> {
              long unit = rs.getLong(1);
              long decided = rs.getLong(2);
              long onTime = rs.getLong(3);
              double median = rs.getDouble(4);
              Double medianOrNull = rs.wasNull() ? null : Math.round(median * 10) / 10.0;
              return list.add(
                  new LawyerServices.MonthFigures(
                      unit,
                      month,
                      byType.getOrDefault(unit, Map.of()),
                      decided,
                      onTime,
                      decided == 0 ? null : Math.round(1000.0 * onTime / decided) / 10.0,
                      medianOrNull,
                      refusals.getOrDefault(unit, Map.of())));
            })
        .list();
    return list;
  }
}
