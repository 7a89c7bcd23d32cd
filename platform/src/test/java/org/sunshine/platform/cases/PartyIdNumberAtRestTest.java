package org.sunshine.platform.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunshine.platform.documents.DocumentFixtures;
import org.sunshine.platform.organisation.StaffAccounts;
import org.sunshine.platform.support.PlatformTest;

/**
 * A party's full ID number is stored encrypted (ADR 27): the case record shows it to staff and the
 * redaction check uses it, but a copy of the database does not give it.
 */
@PlatformTest
class PartyIdNumberAtRestTest {

  private static final String ID = "140105198503120018"; // the fixture's suspect

  @Autowired DocumentFixtures fx;
  @Autowired Cases cases;
  @Autowired StaffAccounts accounts;
  @Autowired JdbcClient jdbc;
  @Autowired PartyIdNumbers partyIdNumbers;

  @Test
  void aPartysIdNumberIsNotStoredInClear() throws Exception {
    long caseId = fx.aCase(false, false);
    assertThat(stored(caseId)).matches("e[0-9a-f]{8}:.+").doesNotContain(ID);
    assertThat(idNumberSeenByStaff(caseId)).isEqualTo(ID);

    // Stored in clear before this version: encrypted at the next start, and read the same.
    jdbc.sql("update case_party set id_number = ? where case_id = ? and party_no = 'S1'")
        .params(ID, caseId)
        .update();
    assertThat(idNumberSeenByStaff(caseId)).isEqualTo(ID);
    assertThat(partyIdNumbers.rekey()).isPositive();
    assertThat(stored(caseId)).matches("e[0-9a-f]{8}:.+").doesNotContain(ID);
    assertThat(idNumberSeenByStaff(caseId)).isEqualTo(ID);
  }

  private String stored(long caseId) {
    return jdbc.sql("select id_number from case_party where case_id = ? and party_no = 'S1'")
        .param(caseId)
        .query(String.class)
        .single();
  }

  private String idNumberSeenByStaff(long caseId) {
    return cases
        .view(accounts.identity("casemgmt").orElseThrow(), caseId)
        .accused()
        .get(0)
        .idNumber();
  }
}
