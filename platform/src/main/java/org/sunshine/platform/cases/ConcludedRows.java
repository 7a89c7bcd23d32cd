package org.sunshine.platform.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the concluded cases the satisfaction survey asks about. */
@Repository
class ConcludedRows {

  private final JdbcClient jdbc;

  ConcludedRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Cases whose last CONCLUDED event falls in [from, to], with their parties. */
  List<ConcludedCase> concludedBetween(LocalDate from, LocalDate to) {
    record Head(long id, String number, long unitId, String team, LocalDate on) {}
    List<Head> heads =
        jdbc.sql(
                """
                select c.id, c.case_number, c.procuratorate_id, c.case_team, max(e.occurred_on)
                from criminal_case c join case_event e on e.case_id = c.id
                where e.event_type = 'CONCLUDED'
                group by c.id having max(e.occurred_on) between ? and ?
                order by c.id""")
            .params(from, to)
            .query(
                (rs, n) ->
                    new Head(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getLong(3),
                        rs.getString(4),
                        rs.getObject(5, LocalDate.class)))
            .list();
    if (heads.isEmpty()) {
      return List.of();
    }
    Map<Long, List<ConcludedCase.Participant>> byCase = new HashMap<>();
    jdbc.sql(
            """
            select case_id, id, role, mobile, birth_date, reporter, key_witness from case_party
            where case_id in (:ids) order by id""")
        .param("ids", heads.stream().map(Head::id).toList())
        .query(
            rs -> {
              byCase
                  .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                  .add(
                      new ConcludedCase.Participant(
                          rs.getLong(2),
                          PartyRole.valueOf(rs.getString(3)),
                          rs.getString(4),
                          rs.getObject(5, LocalDate.class),
                          rs.getBoolean(6),
                          rs.getBoolean(7)));
            });
    return heads.stream()
        .map(
            h ->
                new ConcludedCase(
                    h.id(),
                    h.number(),
                    h.unitId(),
                    h.team(),
                    h.on(),
                    byCase.getOrDefault(h.id(), List.of())))
        .toList();
  }
}
