package org.sunshine.platform.documents;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.sunshine.platform.support.StaffLogin.login;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.sunshine.platform.support.PlatformTest;

/**
 * Issue 15: an approved document that waits for its publication condition says what it waits for in
 * the console lists, and the last approval says so instead of a bare 已审批通过.
 */
@PlatformTest
class WaitingDocumentListsTest {

  private static final String WAITS_FOR = "公开条件：法院判决、裁定生效后（尚未生效）";

  @Autowired MockMvc mvc;
  @Autowired DocumentFixtures fx;
  @Autowired Documents documents;
  @Autowired DocumentWorkflow workflow;

  private void approveOnPage(String username, long id, String expectedFlash) throws Exception {
    String hash = documents.view(fx.staff("handler"), id).contentHash();
    mvc.perform(
            post("/console/documents/" + id + "/decision")
                .param("approve", "true")
                .param("contentHash", hash)
                .session(login(mvc, username))
                .with(csrf()))
        .andExpect(flash().attribute("message", containsString(expectedFlash)));
  }

  @Test
  void theLastApprovalOfADocumentWhoseConditionIsNotMetSaysWhatItWaitsFor() throws Exception {
    long caseId = fx.aCase(false, false);
    long id = fx.anIndictment(caseId);
    workflow.submit(fx.staff("handler"), id);
    approveOnPage("depthead", id, "已审批通过");
    approveOnPage("deputy", id, "已审批通过");
    approveOnPage("casemgmt", id, "文书等待公开：" + WAITS_FOR);

    mvc.perform(get("/console/documents").session(login(mvc, "handler")))
        .andExpect(content().string(containsString(WAITS_FOR)));
    mvc.perform(get("/console/cases/" + caseId + "/documents").session(login(mvc, "handler")))
        .andExpect(content().string(containsString(WAITS_FOR)));
  }
}
