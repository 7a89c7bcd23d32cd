package org.sunshine.platform.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunshine.platform.support.PlatformTest;

/**
 * The disclosure cache is safe only if every change to a case bumps its revision, whichever code
 * path makes it: the triggers of V7 are checked table by table.
 */
@PlatformTest
class CaseRevisionTest {

  @Autowired JdbcClient jdbc;

  private long aCase() {
    return jdbc.sql(
            "select c.id from criminal_case c where exists (select 1 from compulsory_measure m"
                + " where m.case_id = c.id) and exists (select 1 from screening_result r"
                + " where r.case_id = c.id) order by c.id desc limit 1")
        .query(Long.class)
        .single();
  }

  private long revision(long caseId) {
    return jdbc.sql("select revision from criminal_case where id = ?")
        .param(caseId)
        .query(Long.class)
        .single();
  }

  private void bumps(long caseId, String sql) {
    long before = revision(caseId);
    jdbc.sql(sql).param(caseId).update();
    assertThat(revision(caseId)).as(sql).isGreaterThan(before);
  }

  @Test
  void everyChangeToACaseOrItsPartiesEventsMeasuresAndScreeningBumpsItsRevision() {
    long id = aCase();
    bumps(id, "update criminal_case set charge = charge where id = ?");
    bumps(id, "update case_party set name = name where case_id = ?");
    bumps(id, "update case_event set detail = detail where case_id = ?");
    bumps(id, "update compulsory_measure set started_on = started_on where case_id = ?");
    bumps(id, "update screening_result set reason = reason where case_id = ?");
    long otherCase = id - 1;
    long untouched = revision(otherCase);
    bumps(id, "update case_party set name = name where case_id = ?");
    assertThat(revision(otherCase)).isEqualTo(untouched);
  }
}
