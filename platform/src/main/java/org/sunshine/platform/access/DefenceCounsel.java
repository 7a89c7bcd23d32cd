package org.sunshine.platform.access;

import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only: the defence lawyers (辩护人) bound to cases through an approved binding, with the mobile
 * number they sign in with — whom the satisfaction survey (seed 003) may ask about a concluded
 * case. A binding revoked before the case concluded still counts: the lawyer defended in it.
 */
@Service
public class DefenceCounsel {

  private final JdbcClient jdbc;

  DefenceCounsel(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A defence lawyer of one case: the applicant account and its mobile number. */
  public record Counsel(long caseId, long applicantId, String mobile) {}

  /** The defence lawyers of these cases, one line per lawyer and case. */
  @Transactional(readOnly = true)
  public List<Counsel> of(Collection<Long> caseIds) {
    if (caseIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            """
            select distinct g.case_id, g.applicant_id, a.mobile from case_access_grant g
            join applicant a on a.id = g.applicant_id
            where g.relation = 'DEFENCE_COUNSEL' and g.case_id in (:ids)
            order by g.case_id, g.applicant_id""")
        .param("ids", List.copyOf(caseIds))
        .query((rs, n) -> new Counsel(rs.getLong(1), rs.getLong(2), rs.getString(3)))
        .list();
  }
}
