package org.sunshine.platform.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class ImportRateLimitTest {

  private final ImportRateLimit limit = new ImportRateLimit(3);

  @Test
  void anAddressOverItsImportRequestsPerMinuteIsTurnedAwayBeforeTokenAndBody() throws Exception {
    for (int i = 0; i < 3; i++) {
      assertThat(post("/api/import/cases", "198.51.100.7").getStatus()).isEqualTo(200);
    }
    MockHttpServletResponse refused = post("/api/import/documents", "198.51.100.7");
    assertThat(refused.getStatus()).isEqualTo(429);
    assertThat(refused.getHeader("Retry-After")).isNotBlank();
    assertThat(post("/api/import/cases", "198.51.100.8").getStatus())
        .as("another address has its own allowance")
        .isEqualTo(200);
    assertThat(post("/api/v1/search", "198.51.100.7").getStatus())
        .as("other endpoints have their own limits")
        .isEqualTo(200);
  }

  private MockHttpServletResponse post(String path, String address) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
    request.setRequestURI(path);
    request.setRemoteAddr(address);
    MockHttpServletResponse response = new MockHttpServletResponse();
    limit.doFilter(request, response, new MockFilterChain());
    return response;
  }
}
