package org.sunshine.platform.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.support.OneTimeCodes;
import org.sunshine.platform.support.PlatformTest;

/** The public forms that carry ID-card scans are rate-limited per client address. */
@PlatformTest
class AccessFormRateLimitTest {

  @Autowired MockMvc mvc;
  @Autowired Applicants applicants;
  @Autowired Directory directory;
  @Autowired JdbcClient jdbc;

  /**
   * Brief (security): rate limits on public writes. Petitions, surveys and hearings each declare a
   * PublicRateLimit; the access application form (POST /access/apply, with up to several uploaded
   * files per request) has none: one address may post it without limit once signed in.
   */
  @Test
  void theAccessApplicationFormIsRateLimitedPerAddress() throws Exception {
    String mobile = "13877712345";
    applicants.sendCode(mobile);
    long id = applicants.signIn(mobile, OneTimeCodes.lastSentTo(jdbc, mobile)).orElseThrow();
    MockHttpSession session = new MockHttpSession();
    session.setAttribute(ApplicantController.SESSION_KEY, id);
    long unit = directory.findByCode("140105").orElseThrow().id();
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      int n = i;
      statuses.add(
          mvc.perform(
                  multipart("/access/apply")
                      .file(
                          new MockMultipartFile(
                              "material_ID_CARD",
                              "id.pdf",
                              "application/pdf",
                              "%PDF-1.4 id".getBytes()))
                      .session(session)
                      .with(csrf())
                      .with(
                          r -> {
                            r.setRemoteAddr("203.0.113.77");
                            return r;
                          })
                      .param("caseNumber", "晋小检刑诉受[2026]9" + n + "号")
                      .param("partyName", "无此人")
                      .param("relation", "PARTY")
                      .param("applicantName", "申请人")
                      .param("idNumber", "140105199001011234")
                      .param("verifyingUnitId", String.valueOf(unit)))
              .andReturn()
              .getResponse()
              .getStatus());
    }
    assertThat(statuses).as("40 applications in a minute from one address").contains(429);
  }
}
