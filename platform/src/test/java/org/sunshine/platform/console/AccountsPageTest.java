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
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.StaffAccounts;
import org.sunshine.platform.support.PlatformTest;

@PlatformTest
class AccountsPageTest {

  @Autowired MockMvc mvc;
  @Autowired AuditLog audit;
  @Autowired StaffAccounts accounts;
  @Autowired Directory directory;

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
  void aCountyAdministratorCannotGrantTheAdministratorRole() throws Exception {
    MockHttpSession admin = login(mvc, "admin.xiaodian");
    mvc.perform(
            post("/console/accounts")
                .session(admin)
                .with(csrf())
                .param("username", "second.admin")
                .param("displayName", "又一个管理员")
                .param("unitId", String.valueOf(xiaodian()))
                .param("roles", "ADMINISTRATOR", "CASE_HANDLER")
                .param("dataScope", "OWN_UNIT")
                .param("initialPassword", "Strong-Password-1"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get("/console/accounts").session(admin))
        .andExpect(content().string(containsString("不能授予系统管理员")));
    Assertions.assertThat(accounts.identity("second.admin")).isEmpty();
  }

  @Test
  void twoStepsOfOneApprovalChainInOneAccountAreWarnedAndTheRolesAudited() throws Exception {
    MockHttpSession admin = login(mvc, "admin.xiaodian");
    mvc.perform(
            post("/console/accounts")
                .session(admin)
                .with(csrf())
                .param("username", "two.steps")
                .param("displayName", "两步")
                .param("unitId", String.valueOf(xiaodian()))
                .param("roles", "DEPARTMENT_HEAD", "DEPUTY_CHIEF")
                .param("dataScope", "OWN_UNIT")
                .param("initialPassword", "Strong-Password-1"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get("/console/accounts").session(admin))
        .andExpect(content().string(containsString("文书公开审批")))
        .andExpect(content().string(containsString("两个步骤")));
    long id = accounts.identity("two.steps").orElseThrow().accountId();
    Assertions.assertThat(audit.about("StaffAccount", String.valueOf(id)))
        .anyMatch(
            e -> e.detail().contains("DEPARTMENT_HEAD") && e.detail().contains("DEPUTY_CHIEF"));
  }

  private long xiaodian() {
    return directory.findByCode("140105").orElseThrow().id();
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
