package org.sunshine.platform.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.sunshine.platform.cases.Cases;
import org.sunshine.platform.support.PlatformTest;

@PlatformTest
@RecordApplicationEvents
class DocumentImportAndOverdueTest {

  @Autowired MockMvc mvc;
  @Autowired DocumentFixtures fx;
  @Autowired Documents documents;
  @Autowired Cases cases;
  @Autowired OverdueReport overdue;
  @Autowired ApplicationEvents events;

  private String line(String caseNumber, String number, String type) {
    return String.format(
        "{\"caseNumber\":\"%s\",\"documentNumber\":\"%s\",\"type\":%s,\"decidedOn\":\"2026-07-20\",\"text\":%s}",
        caseNumber,
        number,
        type == null ? "null" : "\"" + type + "\"",
        TextNode.valueOf(DocumentFixtures.indictment()));
  }

  @Test
  void theUpstreamSendsDocumentsOneBadLineNeverBlocksTheOthersAndResendingChangesNothing()
      throws Exception {
    long caseId = fx.aCase(true, false);
    String caseNumber = cases.record(caseId).caseNumber();
    String good = "晋小检刑诉〔2026〕U" + System.nanoTime() + "号";
    String body =
        String.join(
            "\n",
            line(caseNumber, good, "INDICTMENT"),
            line("不存在的案号", "晋小检刑诉〔2026〕X1号", "INDICTMENT"),
            line(caseNumber, "晋小检刑诉〔2026〕X2号", "NO_SUCH_TYPE"),
            "{not json");
    for (int round = 0; round < 2; round++) {
      mvc.perform(
              post("/api/import/documents")
                  .header("Authorization", "Bearer test-import-token")
                  .contentType("application/x-ndjson")
                  .content(body))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.total", is(4)))
          .andExpect(jsonPath("$.created", is(round == 0 ? 1 : 0)))
          .andExpect(jsonPath("$.unchanged", is(round == 0 ? 0 : 1)))
          .andExpect(jsonPath("$.rejected", is(3)))
          .andExpect(jsonPath("$.errors[0].field", is("caseNumber")))
          .andExpect(jsonPath("$.errors[1].field", is("type")));
    }
    assertThat(documents.ofCase(fx.staff("casemgmt"), caseId)).hasSize(1);
    mvc.perform(post("/api/import/documents").contentType("application/x-ndjson").content(body))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void aDocumentPastItsDueDateIsReportedOverdueOnce() throws Exception {
    long caseId = fx.aCaseWith("盗窃罪", "张伟强:DEFENDANT", "李秀兰:VICTIM");
    long id = fx.anIndictment(caseId);
    DocumentSummary s = documents.view(fx.staff("handler"), id).summary();
    assertThat(s.overdue()).isTrue();
    assertThat(documents.visibleTo(fx.staff("handler"), true))
        .extracting(DocumentSummary::id)
        .contains(id);
    overdue.run();
    overdue.run();
    assertThat(events.stream(DocumentOverdue.class).filter(e -> e.documentId() == id)).hasSize(1);
  }
}
