package org.sunshine.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.sunshine.platform.support.StaffLogin.login;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.sunshine.platform.organisation.DataScope;
import org.sunshine.platform.organisation.Role;
import org.sunshine.platform.support.PlatformTest;
import org.sunshine.platform.support.TestAccounts;

/** With the production setting: a password alone never opens the console. */
@PlatformTest
@TestPropertySource(properties = "sunshine.security.mfa-required=true")
class SecondFactorTest {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts testAccounts;
  @Autowired Totp totp;

  /** Enrols through the pages, as a person would; returns the secret and the recovery codes. */
  @SuppressWarnings("unchecked")
  private Enrolled enrol(String user) throws Exception {
    MockHttpSession session = login(mvc, user, TestAccounts.PASSWORD);
    mvc.perform(get("/console").session(session)).andExpect(redirectedUrl("/mfa"));
    mvc.perform(get("/mfa").session(session)).andExpect(redirectedUrl("/mfa/enrol"));
    var page = mvc.perform(get("/mfa/enrol").session(session)).andReturn();
    TotpEnrolment enrolment = (TotpEnrolment) page.getModelAndView().getModel().get("enrolment");
    assertThat(enrolment.qrDataUri()).startsWith("data:image/png;base64,");
    String code = totp.codeAt(enrolment.secret(), currentStep() - 1);
    var done =
        mvc.perform(post("/mfa/enrol").param("code", code).session(session).with(csrf()))
            .andReturn();
    List<String> codes = (List<String>) done.getModelAndView().getModel().get("recoveryCodes");
    mvc.perform(get("/console").session(session)).andExpect(status().isOk());
    return new Enrolled(enrolment.secret(), codes);
  }

  record Enrolled(String secret, List<String> recoveryCodes) {}

  private static long currentStep() {
    return Instant.now().getEpochSecond() / Totp.PERIOD_SECONDS;
  }

  @Test
  void firstLoginMustEnrolAnAuthenticatorBeforeTheConsoleOpens() throws Exception {
    Enrolled enrolled = enrol(testAccounts.open("140105", Role.CASE_HANDLER, DataScope.OWN_UNIT));
    assertThat(enrolled.recoveryCodes())
        .hasSize(Credentials.RECOVERY_CODE_COUNT)
        .doesNotHaveDuplicates();
  }

  @Test
  void laterLoginsNeedAValidCodeAndAWrongOneKeepsTheConsoleShut() throws Exception {
    String user = testAccounts.open("140105", Role.CASE_HANDLER, DataScope.OWN_UNIT);
    Enrolled enrolled = enrol(user);
    MockHttpSession session = login(mvc, user, TestAccounts.PASSWORD);
    mvc.perform(get("/console").session(session)).andExpect(redirectedUrl("/mfa"));
    mvc.perform(post("/mfa").param("code", "000000").session(session).with(csrf()))
        .andExpect(status().isOk());
    mvc.perform(get("/console").session(session)).andExpect(redirectedUrl("/mfa"));
    String code = totp.codeAt(enrolled.secret(), currentStep());
    mvc.perform(post("/mfa").param("code", code).session(session).with(csrf()))
        .andExpect(redirectedUrl("/console"));
  }

  @Test
  void aRecoveryCodeWorksExactlyOnce() throws Exception {
    String user = testAccounts.open("140105", Role.CASE_HANDLER, DataScope.OWN_UNIT);
    Enrolled enrolled = enrol(user);
    String recovery = enrolled.recoveryCodes().get(0);
    MockHttpSession first = login(mvc, user, TestAccounts.PASSWORD);
    mvc.perform(post("/mfa").param("code", recovery).session(first).with(csrf()))
        .andExpect(redirectedUrl("/console"));
    MockHttpSession second = login(mvc, user, TestAccounts.PASSWORD);
    mvc.perform(post("/mfa").param("code", recovery).session(second).with(csrf()))
        .andExpect(status().isOk());
    mvc.perform(get("/console").session(second)).andExpect(redirectedUrl("/mfa"));
  }

  @Test
  void aTotpCodeCannotBeReplayed() throws Exception {
    String user = testAccounts.open("140105", Role.CASE_HANDLER, DataScope.OWN_UNIT);
    Enrolled enrolled = enrol(user);
    String code = totp.codeAt(enrolled.secret(), currentStep());
    MockHttpSession first = login(mvc, user, TestAccounts.PASSWORD);
    mvc.perform(post("/mfa").param("code", code).session(first).with(csrf()))
        .andExpect(redirectedUrl("/console"));
    MockHttpSession second = login(mvc, user, TestAccounts.PASSWORD);
    mvc.perform(post("/mfa").param("code", code).session(second).with(csrf()))
        .andExpect(status().isOk());
    mvc.perform(get("/console").session(second)).andExpect(redirectedUrl("/mfa"));
  }

  @Test
  void aPercentEncodedConsolePathStillNeedsTheSecondFactor() throws Exception {
    String user = testAccounts.open("140105", Role.CASE_HANDLER, DataScope.OWN_UNIT);
    enrol(user);
    MockHttpSession session = login(mvc, user, TestAccounts.PASSWORD);
    mvc.perform(get(URI.create("/%63onsole")).session(session)).andExpect(redirectedUrl("/mfa"));
    mvc.perform(get(URI.create("/api/%63onsole/cases")).session(session))
        .andExpect(redirectedUrl("/mfa"));
  }
}
