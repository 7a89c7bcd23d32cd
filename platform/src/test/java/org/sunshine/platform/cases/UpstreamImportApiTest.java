package org.sunshine.platform.cases;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.sunshine.platform.support.PlatformTest;

@PlatformTest
class UpstreamImportApiTest {

  @Autowired MockMvc mvc;

  private static final String BATCH =
      "{\"record\":\"case\",\"caseNumber\":\"TEST-UPSTREAM-1\",\"version\":1,\"unit\":\"140221\","
          + "\"caseType\":\"ARREST_REVIEW\",\"charge\":\"盗窃罪\",\"procurator\":\"张三\",\"acceptedOn\":\"2026-11-01\"}\n"
          + "{\"record\":\"event\",\"caseNumber\":\"TEST-UPSTREAM-1\",\"eventId\":\"E1\",\"type\":\"ACCEPTED\",\"on\":\"2026-11-01\"}";

  @Test
  void theUpstreamSystemPostsABatchWithItsTokenAndGetsTheReport() throws Exception {
    mvc.perform(
            post("/api/import/cases")
                .header("Authorization", "Bearer test-import-token")
                .contentType("application/x-ndjson")
                .content(BATCH))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(2))
        .andExpect(jsonPath("$.rejected").value(0));
  }

  @Test
  void aWrongOrMissingTokenIsUnauthorizedAndChangesNothing() throws Exception {
    mvc.perform(
            post("/api/import/cases")
                .header("Authorization", "Bearer guess")
                .contentType("application/x-ndjson")
                .content(BATCH))
        .andExpect(status().isUnauthorized());
    mvc.perform(post("/api/import/cases").contentType("application/x-ndjson").content(BATCH))
        .andExpect(status().isUnauthorized());
  }
}
