package org.sunshine.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.List;
import org.assertj.core.api.Assertions;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.sunshine.platform.organisation.DataScope;
import org.sunshine.platform.organisation.Role;
import org.sunshine.platform.organisation.StaffAccounts;
import org.sunshine.platform.support.PlatformTest;
import org.sunshine.platform.support.TestAccounts;

@PlatformTest
class LoginAndLockoutTest {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts testAccounts;
  @Autowired Credentials credentials;
  @Autowired StaffAccounts accounts;

  @Test
  void staffPagesNeedALoginAndPublicPagesDoNot() throws Exception {
    mvc.perform(get("/console")).andExpect(redirectedUrl("/login"));
    mvc.perform(get("/directory")).andExpect(content().string(Matchers.containsString("山西省人民检察院")));
  }

  @Test
  void correctPasswordLogsIn() throws Exception {
    String user = testAccounts.open("140105", Role.CASE_HANDLER, DataScope.OWN_UNIT);
    mvc.perform(formLogin().user(user).password(TestAccounts.PASSWORD))
        .andExpect(authenticated().withUsername(user))
        .andExpect(redirectedUrl("/console"));
  }

  @Test
  void wrongPasswordAndUnknownUserGetTheSameAnswer() throws Exception {
    String user = testAccounts.open("140105", Role.CASE_HANDLER, DataScope.OWN_UNIT);
    mvc.perform(formLogin().user(user).password("wrong-password"))
        .andExpect(unauthenticated())
        .andExpect(redirectedUrl("/login?error"));
    mvc.perform(formLogin().user("nobody.here").password("wrong-password"))
        .andExpect(unauthenticated())
        .andExpect(redirectedUrl("/login?error"));
  }

  @Test
  void fiveFailuresLockTheAccountEvenAgainstTheRightPassword() throws Exception {
    String user = testAccounts.open("140105", Role.CASE_HANDLER, DataScope.OWN_UNIT);
    for (int i = 0; i < 5; i++) {
      mvc.perform(formLogin().user(user).password("wrong-" + i)).andExpect(unauthenticated());
    }
    mvc.perform(formLogin().user(user).password(TestAccounts.PASSWORD))
        .andExpect(unauthenticated())
        .andExpect(redirectedUrl("/login?error"));
    long id = accounts.identity(user).orElseThrow().accountId();
    assertThat(credentials.status(id).locked()).isTrue();
  }

  @Test
  void anAdministratorSeesTheLockAndLiftsIt() throws Exception {
    String user = testAccounts.open("140105", Role.CASE_HANDLER, DataScope.OWN_UNIT);
    for (int i = 0; i < 5; i++) {
      mvc.perform(formLogin().user(user).password("wrong-" + i));
    }
    var admin = accounts.identity("admin.xiaodian").orElseThrow();
    long id = accounts.identity(user).orElseThrow().accountId();
    assertThat(credentials.statuses(List.of(id)).get(id).locked()).isTrue();
    credentials.unlock(admin, id);
    mvc.perform(formLogin().user(user).password(TestAccounts.PASSWORD)).andExpect(authenticated());
  }

  @Test
  void anAdministratorCannotUnlockAnAccountOutsideTheirScope() {
    String user = testAccounts.open("140106", Role.CASE_HANDLER, DataScope.OWN_UNIT);
    var countyAdmin = accounts.identity("admin.xiaodian").orElseThrow();
    long id = accounts.identity(user).orElseThrow().accountId();
    Assertions.assertThatThrownBy(() -> credentials.unlock(countyAdmin, id))
        .isInstanceOf(AccessDeniedException.class);
  }
}
