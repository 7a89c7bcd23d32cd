package org.sunshine.platform.console;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.sunshine.platform.support.StaffLogin.login;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.sunshine.platform.audit.AuditLog;
import org.sunshine.platform.support.PlatformTest;

@PlatformTest
class AccountsPageTest {

  @Autowired MockMvc mvc;
  @Autowired AuditLog audit;

  @Test
  void aCountyAdministratorSeesOnlyTheirOwnUnitsAccounts() throws Exception {
    mvc.perform(get("/console/accounts").session(login(mvc, "admin.xiaodian")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("handler")))
        .andExpect(content().string(not(containsString("admin.taiyuan"))))
        .andExpect(content().string(not(containsString("山西省人民检察院"))));
  }

  @Test
  void aCaseHandlerIsForbiddenFromAccountManagement() throws Exception {
    mvc.perform(get("/console/accounts").session(login(mvc, "handler")))
        .andExpect(status().isForbidden());
  }

  @Test
  void everyViewOfTheAccountListIsAudited() throws Exception {
    long before = audit.countByActor("inspector", "VIEW_ACCOUNT_LIST");
    mvc.perform(get("/console/accounts").session(login(mvc, "inspector")))
        .andExpect(status().isOk());
    Assertions.assertThat(audit.countByActor("inspector", "VIEW_ACCOUNT_LIST"))
        .isEqualTo(before + 1);
  }

  @Test
  void anAdministratorOpensAnAccountAndABadOneIsRefusedWithTheReason() throws Exception {
    MockHttpSession admin = login(mvc, "admin.taiyuan");
    mvc.perform(
            post("/console/accounts")
                .session(admin)
                .with(csrf())
                .param("username", "new.handler")
                .param("displayName", "新承办人")
                .param("unitId", "3")
                .param("roles", "CASE_HANDLER")
                .param("dataScope", "OWN_UNIT")
                .param("initialPassword", "weak"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get("/console/accounts").session(admin))
        .andExpect(content().string(containsString("密码至少")));
  }

  @Test
  void aFormPostWithoutCsrfTokenIsRejected() throws Exception {
    mvc.perform(post("/console/accounts/1/unlock").session(login(mvc, "admin")))
        .andExpect(status().isForbidden());
  }

  @Test
  void aRefusedFormShowsTheMessageWithoutAFieldNameAndKeepsWhatWasTypedExceptThePassword()
      throws Exception {
    MockHttpSession admin = login(mvc, "admin.taiyuan");
    mvc.perform(
            post("/console/accounts")
                .session(admin)
                .with(csrf())
                .param("username", "typed.handler")
                .param("displayName", "输入的姓名")
                .param("unitId", "3")
                .param("roles", "CASE_HANDLER", "CASE_MANAGEMENT")
                .param("dataScope", "OWN_UNIT")
                .param("initialPassword", "weak-pw"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get("/console/accounts").session(admin))
        .andExpect(content().string(containsString("密码至少 10 位")))
        .andExpect(content().string(not(containsString("Password:"))))
        .andExpect(content().string(containsString("value=\"typed.handler\"")))
        .andExpect(content().string(containsString("value=\"输入的姓名\"")))
        .andExpect(content().string(containsString("id=\"role-CASE_MANAGEMENT\" checked")))
        .andExpect(content().string(not(containsString("weak-pw"))));
  }
}
