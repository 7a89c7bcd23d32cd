package org.sunshine.platform.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.sunshine.platform.support.StaffLogin.login;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.sunshine.platform.audit.AuditLog;
import org.sunshine.platform.audit.Channel;
import org.sunshine.platform.organisation.DataScope;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.Role;
import org.sunshine.platform.support.PlatformTest;
import org.sunshine.platform.support.TestAccounts;

/** The audit viewer: for inspectors and administrators, within their units, itself audited. */
@PlatformTest
class AuditViewerTest {

  @Autowired MockMvc mvc;
  @Autowired AuditLog audit;
  @Autowired TestAccounts accounts;
  @Autowired Directory directory;

  @Test
  void anInspectorSeesTheEntriesOfTheirUnitsAndTheirLookIsAudited() throws Exception {
    long county = directory.findByCode("140105").orElseThrow().id();
    long other = directory.findByCode("140106").orElseThrow().id();
    audit.record("viewer.subject.own", county, "VIEW_CASE", "Case", "1", null, Channel.CONSOLE);
    audit.record("viewer.subject.other", other, "VIEW_CASE", "Case", "2", null, Channel.CONSOLE);
    String inspector = accounts.open("140105", Role.INSPECTOR, DataScope.OWN_UNIT);

    String page =
        mvc.perform(
                get("/console/audit")
                    .param("action", "VIEW_CASE")
                    .session(login(mvc, inspector, TestAccounts.PASSWORD)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(page).contains("viewer.subject.own").doesNotContain("viewer.subject.other");
    assertThat(page).contains("查看案件");
    assertThat(audit.countByActor(inspector, "VIEW_AUDIT")).isEqualTo(1);
  }

  @Test
  void theChainIsCheckedOnRequest() throws Exception {
    String admin = accounts.open("140105", Role.ADMINISTRATOR, DataScope.OWN_UNIT);
    String page =
        mvc.perform(
                get("/console/audit")
                    .param("verify", "true")
                    .session(login(mvc, admin, TestAccounts.PASSWORD)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("日志完整");
  }

  @Test
  void aCaseHandlerCannotOpenTheAuditLog() throws Exception {
    String handler = accounts.open("140105", Role.CASE_HANDLER, DataScope.OWN_UNIT);
    mvc.perform(get("/console/audit").session(login(mvc, handler, TestAccounts.PASSWORD)))
        .andExpect(status().isForbidden());
  }
}
