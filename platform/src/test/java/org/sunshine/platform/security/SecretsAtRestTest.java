package org.sunshine.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.sunshine.platform.support.StaffLogin.login;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.sunshine.platform.infrastructure.KeyRotations;
import org.sunshine.platform.organisation.DataScope;
import org.sunshine.platform.organisation.Role;
import org.sunshine.platform.support.PlatformTest;
import org.sunshine.platform.support.TestAccounts;

/**
 * TOTP secrets are encrypted at rest with a key outside the database (ADR 27): a copy of the
 * database alone does not give anyone's second factor, and rotating the key changes nothing for the
 * people signing in.
 */
@PlatformTest
@TestPropertySource(properties = "sunshine.security.mfa-required=true")
class SecretsAtRestTest {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts testAccounts;
  @Autowired Totp totp;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationContext context;
  @Autowired CredentialRows credentialRows;

  @Test
  void aTotpSecretIsNotStoredInClear() throws Exception {
    String user = testAccounts.open("140105", Role.CASE_HANDLER, DataScope.OWN_UNIT);
    String secret = enrol(user);
    String stored = storedSecret(user);
    assertThat(stored).matches("e[0-9a-f]{8}:.+").doesNotContain(secret);

    // A secret stored before encryption (in clear) is encrypted at the next start, and still works.
    jdbc.sql(
            "update staff_credential set totp_secret = ? where account_id ="
                + " (select id from staff_account where username = ?)")
        .params(secret, user)
        .update();
    assertThat(credentialRows.rekey()).isPositive();
    assertThat(storedSecret(user)).matches("e[0-9a-f]{8}:.+").doesNotContain(secret);
    signInWithCode(user, secret);
  }

  @Test
  void rotatingKeysKeepsSignInsWorking() throws Exception {
    String user = testAccounts.open("140105", Role.CASE_HANDLER, DataScope.OWN_UNIT);
    String secret = enrol(user);
    String before = storedSecret(user);

    assertThat(KeyRotations.rotate(context)).isPositive();

    String after = storedSecret(user);
    assertThat(after).matches("e[0-9a-f]{8}:.+").doesNotContain(secret);
    assertThat(after.substring(0, 9)).isNotEqualTo(before.substring(0, 9));
    signInWithCode(user, secret);
  }

  private String storedSecret(String user) {
    return jdbc.sql(
            "select c.totp_secret from staff_credential c join staff_account a on a.id = c.account_id"
                + " where a.username = ?")
        .param(user)
        .query(String.class)
        .single();
  }

  private void signInWithCode(String user, String secret) throws Exception {
    MockHttpSession session = login(mvc, user, TestAccounts.PASSWORD);
    mvc.perform(get("/console").session(session)).andExpect(redirectedUrl("/mfa"));
    mvc.perform(
            post("/mfa").param("code", totp.codeAt(secret, step())).session(session).with(csrf()))
        .andExpect(redirectedUrl("/console"));
    mvc.perform(get("/console").session(session)).andExpect(status().isOk());
  }

  private String enrol(String user) throws Exception {
    MockHttpSession session = login(mvc, user, TestAccounts.PASSWORD);
    var page = mvc.perform(get("/mfa/enrol").session(session)).andReturn();
    TotpEnrolment enrolment = (TotpEnrolment) page.getModelAndView().getModel().get("enrolment");
    mvc.perform(
        post("/mfa/enrol")
            .param("code", totp.codeAt(enrolment.secret(), step() - 1))
            .session(session)
            .with(csrf()));
    return enrolment.secret();
  }

  private static long step() {
    return Instant.now().getEpochSecond() / Totp.PERIOD_SECONDS;
  }
}
