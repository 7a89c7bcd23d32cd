package org.sunshine.platform.cases;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only look-up of effective judgments against named accused parties (行贿犯罪档案查询 reads it). A
 * charge matches when the case's charge contains one of the given offence names, so 单位行贿罪 is found
 * by its own name and not by 受贿罪.
 */
@Service
public class Convictions {

  private final JdbcClient jdbc;

  Convictions(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The convictions of these exact names for any of these charges whose judgment took effect on or
   * after {@code since}; a party's own judgment event counts, as does the case's.
   */
  @Transactional(readOnly = true)
  public List<Conviction> of(
      Collection<String> names, Collection<String> charges, LocalDate since) {
    if (names.isEmpty() || charges.isEmpty()) {
      return List.of();
    }
    return jdbc
        .sql(
            """
            select distinct p.name, c.case_number, c.charge, e.occurred_on
            from case_party p
            join criminal_case c on c.id = p.case_id
            join case_event e on e.case_id = c.id and (e.party_id is null or e.party_id = p.id)
            where p.name in (:names) and p.role in ('SUSPECT', 'DEFENDANT')
              and e.event_type = 'JUDGMENT_EFFECTIVE' and e.occurred_on >= :since
            order by e.occurred_on desc, c.case_number""")
        .param("names", names)
        .param("since", Date.valueOf(since))
        .query(
            (rs, n) ->
                new Conviction(
                    rs.getString("name"),
                    rs.getString("case_number"),
                    rs.getString("charge"),
                    rs.getDate("occurred_on").toLocalDate()))
        .list()
        .stream()
        .filter(v -> v.charge() != null && charges.stream().anyMatch(v.charge()::contains))
        .toList();
  }
}
