package org.sunshine.platform.lawyers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunshine.platform.access.LawyerGrants;
import org.sunshine.platform.cases.Cases;
import org.sunshine.platform.organisation.StaffAccounts;
import org.sunshine.platform.support.PlatformTest;

/** A lawyer's ID number is stored encrypted, bound to the lawyer (ADR 27). */
@PlatformTest
class LawyerIdNumberAtRestTest {

  @Autowired Cases cases;
  @Autowired LawyerGrants grants;
  @Autowired LawyerServices services;
  @Autowired StaffAccounts accounts;
  @Autowired LawyerRows rows;
  @Autowired JdbcClient jdbc;

  @Test
  void aLawyersIdNumberIsNotStoredInClear() {
    long applicant = new LawyerFixtures(cases, grants, services, accounts).verifiedLawyer("周律师");
    String idNumber = rows.lawyerOf(applicant).orElseThrow().idNumber();
    assertThat(idNumber).matches("14010519800101\\d{4}");
    assertThat(
            jdbc.sql("select id_number from lawyer where applicant_id = ?")
                .param(applicant)
                .query(String.class)
                .single())
        .matches("e[0-9a-f]{8}:.+")
        .doesNotContain(idNumber);
  }
}
