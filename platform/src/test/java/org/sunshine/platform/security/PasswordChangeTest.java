package org.sunshine.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.sunshine.platform.audit.AuditLog;
import org.sunshine.platform.organisation.DataScope;
import org.sunshine.platform.organisation.Role;
import org.sunshine.platform.organisation.StaffAccounts;
import org.sunshine.platform.support.PlatformTest;
import org.sunshine.platform.support.StaffLogin;
import org.sunshine.platform.support.TestAccounts;

@PlatformTest
class PasswordChangeTest {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts testAccounts;
  @Autowired Credentials credentials;
  @Autowired StaffAccounts accounts;
  @Autowired AuditLog audit;

  @Test
  void guessingTheCurrentPasswordLocksTheAccountLikeLogins() throws Exception {
    String user = testAccounts.open("140105", Role.CASE_HANDLER, DataScope.OWN_UNIT);
    MockHttpSession session = StaffLogin.login(mvc, user, TestAccounts.PASSWORD);
    for (int i = 0; i < 4; i++) {
      change(session, "guess-" + i).andExpect(redirectedUrl("/console/profile/security"));
    }
    change(session, "guess-4").andExpect(redirectedUrl("/login?error"));
    assertThat(session.isInvalid()).isTrue();

    long id = accounts.identity(user).orElseThrow().accountId();
    assertThat(credentials.status(id).locked()).isTrue();
    mvc.perform(formLogin().user(user).password(TestAccounts.PASSWORD))
        .andExpect(unauthenticated());
    assertThat(audit.countByActor(user, "PASSWORD_CHANGE_FAILED")).isEqualTo(5);
  }

  @Test
  void aPasswordChangeIsAudited() throws Exception {
    String user = testAccounts.open("140105", Role.CASE_HANDLER, DataScope.OWN_UNIT);
    MockHttpSession session = StaffLogin.login(mvc, user, TestAccounts.PASSWORD);
    mvc.perform(
            post("/console/profile/security/password")
                .with(csrf())
                .session(session)
                .param("currentPassword", TestAccounts.PASSWORD)
                .param("newPassword", "Another-Password-2")
                .param("confirmPassword", "Another-Password-2"))
        .andExpect(redirectedUrl("/console/profile/security"));
    assertThat(audit.countByActor(user, "PASSWORD_CHANGED")).isEqualTo(1);
    mvc.perform(formLogin().user(user).password("Another-Password-2")).andExpect(authenticated());
  }

  @Test
  void aWeakNewPasswordIsRefusedWithTheMessageAloneNeverTheFieldName() throws Exception {
    String user = testAccounts.open("140105", Role.CASE_HANDLER, DataScope.OWN_UNIT);
    MockHttpSession session = StaffLogin.login(mvc, user, TestAccounts.PASSWORD);
    mvc.perform(
            post("/console/profile/security/password")
                .with(csrf())
                .session(session)
                .param("currentPassword", TestAccounts.PASSWORD)
                .param("newPassword", "short")
                .param("confirmPassword", "short"))
        .andExpect(redirectedUrl("/console/profile/security"));
    mvc.perform(get("/console/profile/security").session(session))
        .andExpect(content().string(containsString("密码至少 10 位")))
        .andExpect(content().string(not(containsString("newPassword:"))))
        .andExpect(content().string(not(containsString("value=\"short\""))));
  }

  @Test
  void anAccountOpenedByAnAdministratorMustChooseItsOwnPasswordBeforeAnythingElse()
      throws Exception {
    MockHttpSession admin = StaffLogin.login(mvc, "admin.taiyuan");
    mvc.perform(
        post("/console/accounts")
            .session(admin)
            .with(csrf())
            .param("username", "first.login")
            .param("displayName", "首次登录")
            .param("unitId", "3")
            .param("roles", "CASE_HANDLER")
            .param("dataScope", "OWN_UNIT")
            .param("initialPassword", "Typed-By-Admin-1"));

    MockHttpSession session = StaffLogin.login(mvc, "first.login", "Typed-By-Admin-1");
    mvc.perform(get("/console/cases").session(session))
        .andExpect(redirectedUrl("/console/profile/security?first"));
    mvc.perform(get("/api/console/cases").session(session))
        .andExpect(redirectedUrl("/console/profile/security?first"));
    mvc.perform(get("/console/profile/security").param("first", "").session(session))
        .andExpect(content().string(containsString("初始密码")));

    mvc.perform(
            post("/console/profile/security/password")
                .with(csrf())
                .session(session)
                .param("currentPassword", "Typed-By-Admin-1")
                .param("newPassword", "Chosen-By-Me-22")
                .param("confirmPassword", "Chosen-By-Me-22"))
        .andExpect(redirectedUrl("/console/profile/security"));
    mvc.perform(get("/console/cases").session(session))
        .andExpect(content().string(not(containsString("初始密码"))));
    assertThat(
            mvc.perform(get("/console/cases").session(session))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(200);
  }

  private ResultActions change(MockHttpSession session, String current) throws Exception {
    return mvc.perform(
        post("/console/profile/security/password")
            .with(csrf())
            .session(session)
            .param("currentPassword", current)
            .param("newPassword", "New-Password-9")
            .param("confirmPassword", "New-Password-9"));
  }
}
