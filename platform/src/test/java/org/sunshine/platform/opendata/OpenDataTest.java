package org.sunshine.platform.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.sunshine.platform.documents.DocumentFixtures;
import org.sunshine.platform.documents.DocumentWorkflow;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.support.PlatformTest;

@PlatformTest
class OpenDataTest {

  @Autowired MockMvc mvc;
  @Autowired DocumentFixtures fx;
  @Autowired DocumentWorkflow workflow;
  @Autowired Directory directory;

  private long published() throws Exception {
    long id = fx.anIndictment(fx.aCase(true, false));
    String hash = workflow.submit(fx.staff("handler"), id).contentHash();
    for (String who : new String[] {"depthead", "deputy", "casemgmt"}) {
      workflow.decide(fx.staff(who), id, true, null, hash);
    }
    return id;
  }

  @Test
  void theApiServesPublishedDocumentsWithoutStaffNamesAndAnExportLinePerDocument()
      throws Exception {
    long id = published();
    mvc.perform(get("/api/v1/documents/" + id))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.title").value("起诉书（张某甲涉嫌盗窃案）"))
        .andExpect(jsonPath("$.text").exists())
        .andExpect(content().string(not(containsString("casemgmt"))))
        .andExpect(content().string(not(containsString("张伟强"))));
    mvc.perform(get("/api/v1/documents?size=5"))
        .andExpect(jsonPath("$.items[0].text").doesNotExist());
    var started = mvc.perform(get("/api/v1/export/documents.jsonl")).andReturn();
    String export =
        mvc.perform(asyncDispatch(started))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(export.lines()).anyMatch(l -> l.contains("\"id\":" + id + ","));
    assertThat(export).doesNotContain("张伟强");
  }

  @Test
  void aProvincesListIncludesItsCountiesDocuments() throws Exception {
    long id = published();
    long province = directory.findByCode("140000").orElseThrow().id();
    long otherCity = directory.findByCode("140200").orElseThrow().id();
    mvc.perform(get("/api/v1/documents?size=100&unit=" + province))
        .andExpect(content().string(containsString("\"id\":" + id + ",")));
    mvc.perform(get("/api/v1/documents?size=100&unit=" + otherCity))
        .andExpect(content().string(not(containsString("\"id\":" + id + ","))));
  }

  @Test
  void theFeedListsNewDocumentsAndAWithdrawnOneLeavesIt() throws Exception {
    long id = published();
    mvc.perform(get("/feeds/documents.atom"))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", containsString("application/atom+xml")))
        .andExpect(content().string(containsString("/documents/" + id + "\"")))
        .andExpect(content().string(containsString("<feed xmlns=\"http://www.w3.org/2005/Atom\"")));
    workflow.orderWithdrawal(fx.staff("casemgmt.province"), id, "技术处理不当");
    mvc.perform(get("/feeds/documents.atom"))
        .andExpect(content().string(not(containsString("/documents/" + id + "\""))));
  }

  @Test
  void aForgedHostHeaderNeverReachesTheFeedsLinks() throws Exception {
    long id = published();
    for (String feed : List.of("/feeds/documents.atom", "/feeds/releases.atom")) {
      mvc.perform(get(feed).header("Host", "evil.example"))
          .andExpect(status().isOk())
          .andExpect(content().string(not(containsString("evil.example"))))
          .andExpect(content().string(containsString("href=\"https://sunshine.example.cn" + feed)));
    }
    mvc.perform(get("/feeds/documents.atom").header("Host", "evil.example"))
        .andExpect(
            content().string(containsString("https://sunshine.example.cn/documents/" + id + "\"")));
  }

  @Test
  void quotasAnswer429WithRetryAfterAndAnUnknownKeyIs401() throws Exception {
    for (int i = 0; i < 2; i++) {
      mvc.perform(get("/api/v1/releases").header("X-Api-Key", "test-small-key"))
          .andExpect(status().isOk());
    }
    mvc.perform(get("/api/v1/releases").header("X-Api-Key", "test-small-key"))
        .andExpect(status().isTooManyRequests())
        .andExpect(header().exists("Retry-After"))
        .andExpect(jsonPath("$.status").value(429));
    mvc.perform(get("/api/v1/releases").header("X-Api-Key", "no-such-key"))
        .andExpect(status().isUnauthorized());
    // The public statistics are open data too, under the same quotas.
    mvc.perform(get("/api/v1/statistics").header("X-Api-Key", "no-such-key"))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void theOpenApiDescriptionIsServedAndBadParametersAreProblemsNamingTheField() throws Exception {
    mvc.perform(get("/api/openapi.yaml"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("/api/v1/search")));
    mvc.perform(get("/api/v1/search?page=999"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("page"))
        .andExpect(jsonPath("$.code").value("search.search-query.page.range"));
  }

  @Test
  void searchIsReachableThroughTheApi() throws Exception {
    long id = published();
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                mvc.perform(get("/api/v1/search?q=非法占有为目的&size=50"))
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8)
                    .contains("document-" + id));
    // a demo-sized result is counted exactly, and says so (estimates say exact: false)
    mvc.perform(get("/api/v1/search?q=非法占有为目的"))
        .andExpect(jsonPath("$.exact").value(true))
        .andExpect(jsonPath("$.total").isNumber());
  }
}
