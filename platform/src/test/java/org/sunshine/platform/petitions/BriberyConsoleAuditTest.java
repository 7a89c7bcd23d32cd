package org.sunshine.platform.petitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.sunshine.platform.access.LawyerGrants;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.StaffAccounts;
import org.sunshine.platform.support.PlatformTest;
import org.sunshine.platform.support.StaffLogin;

/** The 行贿犯罪档案查询 console shows who asked, about whom, and the result. */
@PlatformTest
class BriberyConsoleAuditTest {

  @Autowired BriberyChecks checks;
  @Autowired StaffAccounts accounts;
  @Autowired Directory directory;
  @Autowired LawyerGrants applicants;
  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  @Test
  void theBriberyCheckConsoleWithRequestersAndResultsIsAudited() throws Exception {
    long unit = directory.findByCode("140105").orElseThrow().id();
    long id =
        checks.request(
            applicants.applicantFor("13900099871"), unit, "太原某商贸有限公司", "太原某商贸有限公司、赵某某", "政府采购投标");
    checks.answer(accounts.identity("kongshen").orElseThrow(), id, false, null);
    long before = jdbc.sql("select count(*) from audit_entry").query(Long.class).single();

    MockHttpSession office = StaffLogin.login(mvc, "kongshen");
    String page =
        mvc.perform(get("/console/petitions/bribery-checks").session(office))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("赵某某");

    // Any record of this look: a view action, or one naming the check shown.
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(
                        jdbc.sql(
                                """
                                select count(*) from audit_entry where id > ? and actor = 'kongshen'
                                  and action <> 'CHECK_BRIBERY_RECORDS' and action not like 'LOGIN%'
                                  and action not like 'SIGN%'""")
                            .param(before)
                            .query(Long.class)
                            .single())
                    .as("the look at requesters, named persons and results is audited")
                    .isPositive());
  }
}
