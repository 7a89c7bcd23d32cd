package org.sunshine.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.sunshine.platform.support.StaffLogin.login;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.sunshine.platform.organisation.DataScope;
import org.sunshine.platform.organisation.Role;
import org.sunshine.platform.organisation.StaffAccounts;
import org.sunshine.platform.support.PlatformTest;
import org.sunshine.platform.support.TestAccounts;

/**
 * What the audit log must hold beyond the business actions: the tries at the door and the looks.
 */
@PlatformTest
class AuditTrailTest {

  @Autowired MockMvc mvc;
  @Autowired AuditLog audit;
  @Autowired TestAccounts testAccounts;
  @Autowired StaffAccounts accounts;

  @Test
  void aFailedLoginForAnUnknownUserIsAuditedWithTheNameAsTyped() throws Exception {
    mvc.perform(formLogin().user("nobody.audited").password("guess"))
        .andExpect(redirectedUrl("/login?error"));
    assertThat(audit.countByActor("nobody.audited", "LOGIN_FAILED")).isEqualTo(1);

    mvc.perform(formLogin().user("no\u0000body").password("guess"))
        .andExpect(redirectedUrl("/login?error"));
    assertThat(audit.countByActor("nobody", "LOGIN_FAILED")).isEqualTo(1);
  }

  @Test
  void aLoginToALockedAccountIsAuditedEvenWithTheRightPassword() throws Exception {
    String user = testAccounts.open("140105", Role.CASE_HANDLER, DataScope.OWN_UNIT);
    for (int i = 0; i < 5; i++) {
      mvc.perform(formLogin().user(user).password("wrong-" + i));
    }
    mvc.perform(formLogin().user(user).password(TestAccounts.PASSWORD))
        .andExpect(redirectedUrl("/login?error"));
    assertThat(audit.countByActor(user, "LOGIN_FAILED")).isEqualTo(5);
    assertThat(audit.countByActor(user, "LOGIN_REFUSED_LOCKED")).isEqualTo(1);
  }

  @Test
  void upstreamImportsAreAudited() throws Exception {
    long cases = audit.countByActor("upstream", "IMPORT_CASES");
    long documents = audit.countByActor("upstream", "IMPORT_DOCUMENTS");
    mvc.perform(
            post("/api/import/cases")
                .header("Authorization", "Bearer test-import-token")
                .contentType("application/x-ndjson")
                .content("{\"record\":\"event\",\"caseNumber\":\"NO-SUCH-CASE\"}"))
        .andExpect(status().isOk());
    mvc.perform(
            post("/api/import/documents")
                .header("Authorization", "Bearer test-import-token")
                .contentType("application/x-ndjson")
                .content("{\"caseNumber\":\"NO-SUCH-CASE\"}"))
        .andExpect(status().isOk());
    assertThat(audit.countByActor("upstream", "IMPORT_CASES")).isEqualTo(cases + 1);
    assertThat(audit.countByActor("upstream", "IMPORT_DOCUMENTS")).isEqualTo(documents + 1);
  }

  @Test
  void viewingTheListOfApplicationsAndGrantsIsAudited() throws Exception {
    String user = testAccounts.open("140105", Role.CASE_MANAGEMENT, DataScope.OWN_UNIT);
    mvc.perform(get("/console/access").session(login(mvc, user, TestAccounts.PASSWORD)))
        .andExpect(status().isOk());
    assertThat(audit.countByActor(user, "VIEW_ACCESS_LIST")).isEqualTo(1);
  }

  @Test
  void everyEntryRecordsTheClientAddress() throws Exception {
    String user = testAccounts.open("140105", Role.CASE_HANDLER, DataScope.OWN_UNIT);
    mvc.perform(
        post("/login")
            .param("username", user)
            .param("password", "wrong")
            .with(csrf())
            .with(from("203.0.113.7")));
    long id = accounts.identity(user).orElseThrow().accountId();
    assertThat(audit.about("StaffAccount", String.valueOf(id)))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.action()).isEqualTo("LOGIN_FAILED");
              assertThat(e.clientAddress()).isEqualTo("203.0.113.7");
            });
  }

  private static RequestPostProcessor from(String address) {
    return request -> {
      request.setRemoteAddr(address);
      return request;
    };
  }
}
