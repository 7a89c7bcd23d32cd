package org.sunshine.platform.petitions;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only, and only a yes/no about a number: whether a mobile number belongs to someone who
 * reported (举报) one of these cases. The satisfaction survey asks it so that a 举报人 is never
 * contacted about the case they reported (seed 003); no name or petition leaves the module.
 */
@Service
public class Reporters {

  private final JdbcClient jdbc;

  Reporters(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The mobile numbers given on reports (举报) naming any of these case numbers. */
  @Transactional(readOnly = true)
  public Set<String> mobilesAbout(Collection<String> caseNumbers) {
    if (caseNumbers.isEmpty()) {
      return Set.of();
    }
    return new TreeSet<>(
        jdbc.sql(
                """
                select distinct r.mobile from petition p join petitioner r on r.petition_id = p.id
                where p.kind = 'REPORT' and r.mobile is not null and p.case_number in (:numbers)""")
            .param("numbers", List.copyOf(caseNumbers))
            .query(String.class)
            .list());
  }
}
