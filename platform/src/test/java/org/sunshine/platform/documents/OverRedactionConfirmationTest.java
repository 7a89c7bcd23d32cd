package org.sunshine.platform.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.sunshine.platform.support.StaffLogin.login;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.sunshine.platform.audit.AuditLog;
import org.sunshine.platform.audit.AuditRecord;
import org.sunshine.platform.support.PlatformTest;

/** Issue 14: the over-redaction guard on the review page, confirmed before submission. */
@PlatformTest
class OverRedactionConfirmationTest {

  @Autowired MockMvc mvc;
  @Autowired DocumentFixtures fx;
  @Autowired Documents documents;
  @Autowired DocumentReview review;
  @Autowired AuditLog audit;

  @Test
  void aReviewerMustConfirmAnOverRedactionBeforeSubmitting() throws Exception {
    long id = fx.anIndictment(fx.aCase(true, false));
    String original = documents.view(fx.staff("handler"), id).originalText();
    int at = original.indexOf("王志明");
    // The reviewer masks the procurator who signed the indictment: a kept name disappears.
    review.addFinding(fx.staff("handler"), id, at, at + 3, true);
    MockHttpSession session = login(mvc, "handler");

    mvc.perform(get("/console/documents/" + id).session(session))
        .andExpect(content().string(containsString("id=\"over-redaction\"")))
        .andExpect(content().string(containsString("王志明：原文 1 处，公开文本仅 0 处")))
        .andExpect(content().string(containsString("id=\"confirm-over-redaction\"")));

    mvc.perform(post("/console/documents/" + id + "/submit").session(session).with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("is-invalid")))
        .andExpect(content().string(containsString("id=\"confirm-over-redaction-error\"")));
    assertThat(statusOf(id)).isEqualTo(DocumentStatus.DRAFT);
    assertThat(actions(id)).doesNotContain("CONFIRM_OVER_REDACTION", "SUBMIT_DOCUMENT");

    mvc.perform(
            post("/console/documents/" + id + "/submit")
                .param("confirmOverRedaction", "true")
                .session(session)
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(statusOf(id)).isEqualTo(DocumentStatus.IN_APPROVAL);
    AuditRecord confirmation =
        audit.about(Documents.SUBJECT, String.valueOf(id)).stream()
            .filter(r -> r.action().equals("CONFIRM_OVER_REDACTION"))
            .findFirst()
            .orElseThrow();
    assertThat(confirmation.actor()).isEqualTo("handler");
    assertThat(confirmation.detail()).contains("王志明");
  }

  @Test
  void aDocumentThatLostNothingKeptAsksForNoConfirmation() throws Exception {
    long id = fx.anIndictment(fx.aCase(true, false));
    MockHttpSession session = login(mvc, "handler");
    mvc.perform(get("/console/documents/" + id).session(session))
        .andExpect(content().string(not(containsString("id=\"over-redaction\""))))
        .andExpect(content().string(not(containsString("id=\"confirm-over-redaction\""))));
    mvc.perform(post("/console/documents/" + id + "/submit").session(session).with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(statusOf(id)).isEqualTo(DocumentStatus.IN_APPROVAL);
    assertThat(actions(id)).doesNotContain("CONFIRM_OVER_REDACTION");
  }

  private DocumentStatus statusOf(long id) {
    return documents.view(fx.staff("handler"), id).summary().status();
  }

  private List<String> actions(long id) {
    return audit.about(Documents.SUBJECT, String.valueOf(id)).stream()
        .map(AuditRecord::action)
        .toList();
  }
}
