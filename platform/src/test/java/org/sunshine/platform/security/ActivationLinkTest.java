package org.sunshine.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.sunshine.platform.support.StaffLogin.login;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.sunshine.platform.audit.AuditLog;
import org.sunshine.platform.notifications.Notifications;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.StaffAccounts;
import org.sunshine.platform.support.PlatformTest;

/** Issue 15: a new account gets an activation link instead of a password an administrator typed. */
@PlatformTest
class ActivationLinkTest {

  private static final AtomicInteger SEQ = new AtomicInteger();

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired StaffAccounts accounts;
  @Autowired Credentials credentials;
  @Autowired AuditLog audit;
  @Autowired Directory directory;
  @Autowired ActivationRows rows;
  @Autowired CredentialRows credentialRows;
  @Autowired Notifications notifications;
  @Autowired StaffSecurityProperties properties;
  @Autowired Clock clock;

  /** An administrator opens an account with a mobile; returns the link path the SMS carries. */
  private String openWithMobile(String username, String mobile) throws Exception {
    mvc.perform(
            post("/console/accounts")
                .session(login(mvc, "admin.xiaodian"))
                .with(csrf())
                .param("username", username)
                .param("displayName", "新来的承办人")
                .param("unitId", String.valueOf(xiaodian()))
                .param("roles", "CASE_HANDLER")
                .param("dataScope", "OWN_UNIT")
                .param("mobile", mobile))
        .andExpect(flash().attribute("created", username))
        .andExpect(flash().attribute("activationSent", true));
    String sms =
        jdbc.sql(
                "select body from notification where address = ? and channel = 'SMS'"
                    + " order by id desc limit 1")
            .param(mobile)
            .query(String.class)
            .single();
    return sms.replaceAll("(?s).*(/activate/[A-Za-z0-9_-]+).*", "$1");
  }

  private long xiaodian() {
    return directory.findByCode("140105").orElseThrow().id();
  }

  private static String mobile() {
    return "1390000" + String.format("%04d", SEQ.incrementAndGet() + 4000);
  }

  @Test
  void anActivationLinkWorksOnceAndExpires() throws Exception {
    String user = "activated" + SEQ.incrementAndGet();
    String link = openWithMobile(user, mobile());
    long id = accounts.identity(user).orElseThrow().accountId();
    assertThat(credentials.mustChangePassword(id)).isTrue();
    mvc.perform(get("/console/accounts").param("q", user).session(login(mvc, "admin.xiaodian")))
        .andExpect(content().string(containsString("待激活")));

    mvc.perform(get(link))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(user)));
    // A refused password leaves the link usable.
    mvc.perform(
            post(link).with(csrf()).param("newPassword", "short").param("confirmPassword", "short"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("密码至少")));
    mvc.perform(
            post(link)
                .with(csrf())
                .param("newPassword", "My-Own-Password-9")
                .param("confirmPassword", "My-Own-Password-9"))
        .andExpect(redirectedUrl("/login?activated"));
    mvc.perform(formLogin().user(user).password("My-Own-Password-9")).andExpect(authenticated());
    assertThat(credentials.mustChangePassword(id)).isFalse();
    mvc.perform(get("/console/accounts").param("q", user).session(login(mvc, "admin.xiaodian")))
        .andExpect(content().string(not(containsString("待激活"))));
    assertThat(audit.countByActor(user, "ACCOUNT_ACTIVATED")).isEqualTo(1);
    assertThat(audit.countByActor("admin.xiaodian", "SEND_ACTIVATION")).isPositive();

    // Once used, the link opens nothing and changes nothing.
    mvc.perform(get(link)).andExpect(status().isGone());
    mvc.perform(
            post(link)
                .with(csrf())
                .param("newPassword", "Someone-Else-77")
                .param("confirmPassword", "Someone-Else-77"))
        .andExpect(status().isGone());
    mvc.perform(formLogin().user(user).password("Someone-Else-77")).andExpect(unauthenticated());

    // A fresh link past its validity opens nothing either.
    String other = "expiring" + SEQ.incrementAndGet();
    String token = openWithMobile(other, mobile()).substring("/activate/".length());
    StaffActivations later =
        new StaffActivations(
            rows,
            credentialRows,
            credentials,
            accounts,
            notifications,
            properties,
            audit,
            Clock.offset(clock, properties.activationValidity().plus(Duration.ofMinutes(1))));
    assertThat(later.usernameFor(token)).isEmpty();
    assertThatThrownBy(() -> later.activate(token, "My-Own-Password-9", "My-Own-Password-9"))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void theTokenIsStoredOnlyAsItsHashAndTheNewAccountCannotSignInBeforeActivation()
      throws Exception {
    String user = "hashed" + SEQ.incrementAndGet();
    String token = openWithMobile(user, mobile()).substring("/activate/".length());
    long id = accounts.identity(user).orElseThrow().accountId();
    String stored =
        jdbc.sql("select token_hash from staff_activation where account_id = ?")
            .param(id)
            .query(String.class)
            .single();
    assertThat(stored).isEqualTo(StaffActivations.hash(token)).doesNotContain(token);
    mvc.perform(formLogin().user(user).password("")).andExpect(unauthenticated());
  }

  @Test
  void anAccountWithoutMobileEmailOrPasswordIsNotOpened() throws Exception {
    mvc.perform(
            post("/console/accounts")
                .session(login(mvc, "admin.xiaodian"))
                .with(csrf())
                .param("username", "nocontact")
                .param("displayName", "无联系方式")
                .param("unitId", String.valueOf(xiaodian()))
                .param("roles", "CASE_HANDLER")
                .param("dataScope", "OWN_UNIT"))
        .andExpect(flash().attribute("createError", containsString("激活链接")));
    assertThat(accounts.identity("nocontact")).isEmpty();
  }

  @Test
  void theActivationPageIsRateLimitedPerAddress() throws Exception {
    LoginRateLimiter limiter = new LoginRateLimiter(3);
    int[] statuses = new int[4];
    for (int i = 0; i < statuses.length; i++) {
      MockHttpServletRequest request = new MockHttpServletRequest("GET", "/activate/guess" + i);
      request.setRemoteAddr("198.51.100.77");
      MockHttpServletResponse response = new MockHttpServletResponse();
      limiter.doFilter(request, response, new MockFilterChain());
      statuses[i] = response.getStatus();
    }
    assertThat(statuses).containsExactly(200, 200, 200, 429);
  }
}
