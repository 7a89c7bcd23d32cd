package org.sunshine.platform.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.sunshine.platform.cases.Cases;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.support.OneTimeCodes;
import org.sunshine.platform.support.PlatformTest;

@PlatformTest
class ApplyPageTest {

  @Autowired MockMvc mvc;
  @Autowired Applicants applicants;
  @Autowired Directory directory;
  @Autowired JdbcClient jdbc;
  @Autowired DemoSuggestion demo;
  @Autowired Cases cases;

  private MockHttpSession signedIn(String mobile) {
    applicants.sendCode(mobile);
    long id = applicants.signIn(mobile, OneTimeCodes.lastSentTo(jdbc, mobile)).orElseThrow();
    MockHttpSession session = new MockHttpSession();
    session.setAttribute(ApplicantController.SESSION_KEY, id);
    return session;
  }

  @Test
  void aRefusedApplicationShowsTheGenericAnswerWithoutAFieldNameAndKeepsWhatWasTyped()
      throws Exception {
    long unit = directory.findByCode("140105").orElseThrow().id();
    mvc.perform(
            multipart("/access/apply")
                .file(
                    new MockMultipartFile(
                        "material_ID_CARD", "id.pdf", "application/pdf", "%PDF-1.4 id".getBytes()))
                .session(signedIn("13877700001"))
                .with(csrf())
                .param("caseNumber", "晋小检刑诉受[2026]99999号")
                .param("partyName", "无此人")
                .param("relation", "PARTY")
                .param("applicantName", "申请人乙")
                .param("idNumber", "140105199001011234")
                .param("verifyingUnitId", String.valueOf(unit)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("案号与当事人姓名未能核对一致")))
        .andExpect(content().string(not(containsString("caseNumber:"))))
        .andExpect(content().string(containsString("value=\"晋小检刑诉受[2026]99999号\"")))
        .andExpect(content().string(containsString("value=\"申请人乙\"")));
  }

  @Test
  void theDemoBannerOnAccessNamesACaseAndPartyThatCanBeAppliedForAndOnlyInTheDemo()
      throws Exception {
    var suggestion = demo.get().orElseThrow();
    mvc.perform(get("/access"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"demo-hint\"")))
        .andExpect(content().string(containsString(suggestion.caseNumber())))
        .andExpect(content().string(containsString(suggestion.partyName())));
    long unit = directory.findByCode("140105").orElseThrow().id();
    mvc.perform(
            multipart("/access/apply")
                .file(
                    new MockMultipartFile(
                        "material_ID_CARD", "id.pdf", "application/pdf", "%PDF-1.4 id".getBytes()))
                .session(signedIn("13877700002"))
                .with(csrf())
                .param("caseNumber", suggestion.caseNumber())
                .param("partyName", suggestion.partyName())
                .param("relation", "PARTY")
                .param("applicantName", suggestion.partyName())
                .param("idNumber", "140105199001011234")
                .param("verifyingUnitId", String.valueOf(unit)))
        .andExpect(redirectedUrl("/access"));
    assertThat(new DemoSuggestion(cases, false).get()).isEmpty();
  }
}
