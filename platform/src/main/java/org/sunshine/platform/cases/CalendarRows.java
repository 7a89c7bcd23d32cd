package org.sunshine.platform.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The calendar_day and calendar_change tables. */
@Repository
class CalendarRows {

  private final JdbcClient jdbc;

  CalendarRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<CalendarChange> marks() {
    return jdbc.sql("select day, mark, reason, changed_by, changed_at from calendar_day")
        .query(CalendarRows::map)
        .list();
  }

  List<CalendarChange> marksIn(int year) {
    return jdbc.sql(
            """
            select day, mark, reason, changed_by, changed_at from calendar_day
            where day >= ? and day < ? order by day""")
        .params(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1))
        .query(CalendarRows::map)
        .list();
  }

  List<CalendarChange> recentChanges(int limit) {
    return jdbc.sql(
            """
            select day, mark, reason, changed_by, changed_at from calendar_change
            order by changed_at desc, id desc limit ?""")
        .param(limit)
        .query(CalendarRows::map)
        .list();
  }

  void save(CalendarChange c) {
    Timestamp at = Timestamp.from(c.changedAt());
    if (c.mark() == DayMark.CLEARED) {
      jdbc.sql("delete from calendar_day where day = ?").param(c.day()).update();
    } else {
      jdbc.sql(
              """
              insert into calendar_day (day, mark, reason, changed_by, changed_at)
              values (?, ?, ?, ?, ?)
              on conflict (day) do update set mark = excluded.mark, reason = excluded.reason,
                changed_by = excluded.changed_by, changed_at = excluded.changed_at""")
          .params(c.day(), c.mark().name(), c.reason(), c.changedBy(), at)
          .update();
    }
    jdbc.sql(
            """
            insert into calendar_change (day, mark, reason, changed_by, changed_at)
            values (?, ?, ?, ?, ?)""")
        .params(c.day(), c.mark().name(), c.reason(), c.changedBy(), at)
        .update();
  }

  private static CalendarChange map(ResultSet rs, int row) throws SQLException {
    Instant at = rs.getTimestamp("changed_at").toInstant();
    return new CalendarChange(
        rs.getObject("day", LocalDate.class),
        DayMark.valueOf(rs.getString("mark")),
        rs.getString("reason"),
        rs.getString("changed_by"),
        at);
  }
}
