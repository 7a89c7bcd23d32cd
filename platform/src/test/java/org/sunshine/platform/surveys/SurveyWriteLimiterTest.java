package org.sunshine.platform.surveys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.sunshine.platform.support.PlatformTest;

/** The survey form's address is a token: guessing tokens from one address is slowed down. */
@PlatformTest
class SurveyWriteLimiterTest {

  @Autowired MockMvc mvc;

  private int statusFrom(String address, String token) throws Exception {
    return mvc.perform(
            get("/survey/" + token)
                .with(
                    r -> {
                      r.setRemoteAddr(address);
                      return r;
                    }))
        .andReturn()
        .getResponse()
        .getStatus();
  }

  @Test
  void guessingSurveyTokensFromOneAddressIsRefusedAfterThirtyAMinute() throws Exception {
    for (int i = 0; i < 30; i++) {
      assertThat(statusFrom("203.0.113.7", "guess" + i)).isNotEqualTo(429);
    }
    assertThat(statusFrom("203.0.113.7", "guess-over")).isEqualTo(429);
    assertThat(statusFrom("203.0.113.8", "guess-other"))
        .as("another address keeps its own allowance")
        .isNotEqualTo(429);
  }
}
