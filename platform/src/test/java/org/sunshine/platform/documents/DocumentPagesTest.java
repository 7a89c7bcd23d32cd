package org.sunshine.platform.documents;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.sunshine.platform.support.StaffLogin.login;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.sunshine.platform.support.PlatformTest;
import org.sunshine.redaction.DocumentType;

@PlatformTest
class DocumentPagesTest {

  @Autowired MockMvc mvc;
  @Autowired DocumentFixtures fx;
  @Autowired Documents documents;
  @Autowired DocumentWorkflow workflow;

  @Test
  void theConsolePagesRenderForTheHandlerWithTheOriginalAndThePublicTextSideBySide()
      throws Exception {
    long caseId = fx.aCase(true, false);
    long id = fx.anIndictment(caseId);
    MockHttpSession session = login(mvc, "handler");
    mvc.perform(get("/console/documents/" + id).session(session))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"original-text\"")))
        .andExpect(content().string(containsString("class=\"finding accepted")))
        .andExpect(content().string(containsString("起诉书（张某甲涉嫌盗窃案）")));
    mvc.perform(get("/console/cases/" + caseId + "/documents").session(session))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("技术处理中")));
    mvc.perform(get("/console/cases/" + caseId + "/documents/new").session(session))
        .andExpect(status().isOk());
    mvc.perform(get("/console/documents").session(session)).andExpect(status().isOk());
    mvc.perform(get("/console/documents?overdue=true").session(session)).andExpect(status().isOk());
    mvc.perform(get("/console/tasks").session(login(mvc, "depthead"))).andExpect(status().isOk());
  }

  @Test
  void theTaskInboxShowsWhatWaitsForTheRoleWithItsDueDate() throws Exception {
    long id = fx.anIndictment(fx.aCase(true, false));
    workflow.submit(fx.staff("handler"), id);
    String number = documents.view(fx.staff("handler"), id).summary().documentNumber();
    mvc.perform(get("/console/tasks").session(login(mvc, "depthead")))
        .andExpect(content().string(containsString(number)));
    mvc.perform(get("/console/tasks").session(login(mvc, "deputy")))
        .andExpect(content().string(not(containsString(number))));
  }

  @Test
  void thePublicSeesPublishedDocumentsOnlyAndGetsAPdf() throws Exception {
    long draft = fx.anIndictment(fx.aCase(true, false));
    mvc.perform(get("/documents/" + draft)).andExpect(status().isNotFound());
    mvc.perform(get("/documents/" + draft + ".pdf")).andExpect(status().isNotFound());
    long id = fx.anIndictment(fx.aCase(true, false));
    String hash = workflow.submit(fx.staff("handler"), id).contentHash();
    for (String who : new String[] {"depthead", "deputy", "casemgmt"}) {
      workflow.decide(fx.staff(who), id, true, null, hash);
    }
    mvc.perform(get("/documents"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("/documents/" + id)));
    mvc.perform(get("/documents/" + id))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("起诉书（张某甲涉嫌盗窃案）")))
        .andExpect(content().string(not(containsString("张伟强"))));
    mvc.perform(get("/documents/" + id + ".pdf"))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", "application/pdf"));
    workflow.orderWithdrawal(fx.staff("casemgmt.province"), id, "技术处理不当");
    mvc.perform(get("/documents/" + id))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("已撤回的法律文书")))
        .andExpect(content().string(not(containsString("张某甲涉嫌盗窃案"))))
        .andExpect(content().string(containsString("技术处理不当")));
  }

  @Test
  void kioskOnlyDocumentsAreServedToKiosksAndNeverOnTheInternetList() throws Exception {
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
    mvc.perform(get("/documents/" + id)).andExpect(status().isNotFound());
    // A kiosk is a browser holding a device credential (ADR 27): the demo's.
    Cookie kiosk = new Cookie("SUNSHINE_KIOSK", "demo-kiosk-xiaodian-hall");
    mvc.perform(get("/kiosk/documents/" + id).cookie(kiosk)).andExpect(status().isOk());
    mvc.perform(get("/kiosk/documents").cookie(kiosk))
        .andExpect(content().string(containsString("/kiosk/documents/" + id)));
    mvc.perform(get("/kiosk/documents/" + id)).andExpect(status().isForbidden());
  }
}
