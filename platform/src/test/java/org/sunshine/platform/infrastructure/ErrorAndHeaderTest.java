package org.sunshine.platform.infrastructure;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.sunshine.platform.support.PlatformTest;

@PlatformTest
class ErrorAndHeaderTest {

  @Autowired MockMvc mvc;
  @LocalServerPort int port;

  @Test
  void unknownPageIsAChinese404PageNeverAStackTrace() throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/no/such/page"))
            .header("Accept", "text/html")
            .build();
    HttpResponse<String> response =
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    Assertions.assertThat(response.statusCode()).isEqualTo(404);
    Assertions.assertThat(response.body())
        .contains("页面不存在")
        .doesNotContain("Exception")
        .doesNotContain("at org.");
  }

  @Test
  void unknownApiRecordIsProblemJson() throws Exception {
    mvc.perform(get("/api/v1/procuratorates/999999").accept(MediaType.APPLICATION_JSON))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(404))
        .andExpect(jsonPath("$.detail").value(containsString("not found")));
  }

  @Test
  void everyResponseCarriesStrictSecurityHeadersAndARequestId() throws Exception {
    mvc.perform(get("/"))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
        .andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-inline"))))
        .andExpect(header().string("X-Frame-Options", "DENY"))
        .andExpect(header().string("X-Content-Type-Options", "nosniff"))
        .andExpect(header().exists("X-Request-Id"));
  }

  @Test
  void aWellFormedIncomingRequestIdIsKept() throws Exception {
    mvc.perform(get("/").header("X-Request-Id", "trace-12345678"))
        .andExpect(header().string("X-Request-Id", "trace-12345678"));
  }

  @Test
  void healthAndReadinessAreOpenAndMetricsOnlyFromAllowedAddresses() throws Exception {
    mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
    mvc.perform(get("/actuator/prometheus")).andExpect(status().isOk());
    mvc.perform(
            get("/actuator/prometheus")
                .with(
                    r -> {
                      r.setRemoteAddr("203.0.113.9");
                      return r;
                    }))
        .andExpect(status().isUnauthorized());
  }
}
