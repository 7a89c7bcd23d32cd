package org.sunshine.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.sunshine.platform.support.StaffLogin.login;

import jakarta.servlet.http.Cookie;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.sunshine.platform.documents.DocumentFixtures;
import org.sunshine.platform.documents.DocumentWorkflow;
import org.sunshine.platform.documents.Documents;
import org.sunshine.platform.documents.NewDocument;
import org.sunshine.platform.support.PlatformTest;
import org.sunshine.redaction.DocumentType;

/**
 * Kiosks are recognised by a device credential an administrator issued, never by their address (ADR
 * 27): behind a proxy every client has the proxy's address.
 */
@PlatformTest
class KioskCredentialTest {

  private static final Pattern SECRET = Pattern.compile("id=\"kiosk-secret\">([A-Za-z0-9_-]{43})<");

  @Autowired MockMvc mvc;
  @Autowired DocumentFixtures fx;
  @Autowired Documents documents;
  @Autowired DocumentWorkflow workflow;
  @Autowired JdbcClient jdbc;

  @Test
  void aKioskOnlyDocumentNeedsADeviceCredential() throws Exception {
    long id = aKioskOnlyDocument();
    mvc.perform(get("/kiosk/documents/" + id)).andExpect(status().isForbidden());
    mvc.perform(get("/kiosk/documents/" + id).cookie(kiosk("not-a-credential")))
        .andExpect(status().isForbidden());

    String secret = issue("admin.xiaodian", "一楼大厅东侧");
    assertThat(
            jdbc.sql("select count(*) from kiosk_device where secret_hash = ?")
                .param(secret)
                .query(Integer.class)
                .single())
        .as("only the hash is kept")
        .isZero();
    Cookie cookie = enrol(secret);
    assertThat(cookie.isHttpOnly()).isTrue();
    assertThat(cookie.getMaxAge()).isGreaterThan(300 * 24 * 3600);
    mvc.perform(get("/kiosk/documents/" + id).cookie(cookie)).andExpect(status().isOk());
    mvc.perform(get("/documents/" + id)).andExpect(status().isNotFound());
  }

  @Test
  void aRevokedKioskCredentialIsRefused() throws Exception {
    long id = aKioskOnlyDocument();
    String secret = issue("admin.xiaodian", "二楼接待室");
    Cookie cookie = enrol(secret);
    mvc.perform(get("/kiosk/documents/" + id).cookie(cookie)).andExpect(status().isOk());

    long device =
        jdbc.sql("select id from kiosk_device where secret_hash = ?")
            .param(KioskDevices.hash(secret))
            .query(Long.class)
            .single();
    MockHttpSession admin = login(mvc, "admin.xiaodian");
    mvc.perform(post("/console/kiosks/" + device + "/revoke").session(admin).with(csrf()))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get("/kiosk/documents/" + id).cookie(cookie)).andExpect(status().isForbidden());
    mvc.perform(post("/kiosk/enrol").param("credential", secret).with(csrf()))
        .andExpect(status().isBadRequest());
  }

  @Test
  void anAddressAloneNoLongerMakesAKiosk() throws Exception {
    long id = aKioskOnlyDocument();
    for (String address : new String[] {"127.0.0.1", "10.1.2.3", "192.168.1.20"}) {
      mvc.perform(
              get("/kiosk/documents/" + id)
                  .with(
                      r -> {
                        r.setRemoteAddr(address);
                        return r;
                      }))
          .andExpect(status().isForbidden());
    }
  }

  @Test
  void onlyAdministratorsIssueAndOnlyForUnitsInTheirScope() throws Exception {
    MockHttpSession handler = login(mvc, "handler");
    mvc.perform(get("/console/kiosks").session(handler)).andExpect(status().isForbidden());
    MockHttpSession county = login(mvc, "admin.xiaodian");
    long province =
        jdbc.sql("select id from procuratorate where code = '140000'").query(Long.class).single();
    mvc.perform(
            post("/console/kiosks")
                .session(county)
                .with(csrf())
                .param("unitId", Long.toString(province))
                .param("name", "省院大厅"))
        .andExpect(status().isForbidden());
  }

  private String issue(String admin, String name) throws Exception {
    MockHttpSession session = login(mvc, admin);
    long unit =
        jdbc.sql("select id from procuratorate where code = '140105'").query(Long.class).single();
    String page =
        mvc.perform(
                post("/console/kiosks")
                    .session(session)
                    .with(csrf())
                    .param("unitId", Long.toString(unit))
                    .param("name", name))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    var m = SECRET.matcher(page);
    assertThat(m.find()).as("the secret is shown once on the page").isTrue();
    return m.group(1);
  }

  private Cookie enrol(String secret) throws Exception {
    Cookie cookie =
        mvc.perform(post("/kiosk/enrol").param("credential", secret).with(csrf()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getCookie(KioskRecognition.COOKIE);
    assertThat(cookie).isNotNull();
    return cookie;
  }

  private static Cookie kiosk(String value) {
    return new Cookie(KioskRecognition.COOKIE, value);
  }

  private long aKioskOnlyDocument() throws Exception {
    long caseId = fx.aCase(true, false);
    long id =
        documents.create(
            fx.staff("handler"),
            new NewDocument(
                caseId,
                "晋小检刑不捕〔2026〕K" + System.nanoTime() + "号",
                DocumentType.ARREST_REFUSAL_DECISION,
                DocumentFixtures.indictment().replace("起 诉 书", "不批准逮捕决定书"),
                null,
                null,
                false));
    String hash = workflow.submit(fx.staff("handler"), id).contentHash();
    for (String who : new String[] {"depthead", "deputy", "casemgmt"}) {
      workflow.decide(fx.staff(who), id, true, null, hash);
    }
    return id;
  }
}
