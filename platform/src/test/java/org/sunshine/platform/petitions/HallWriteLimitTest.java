package org.sunshine.platform.petitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.sunshine.platform.support.PlatformTest;

/** The hall's public writes (bookings, check requests) are limited per address like filings. */
@PlatformTest
class HallWriteLimitTest {

  @Autowired MockMvc mvc;

  private List<Integer> posts(String path, String address, int times) throws Exception {
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < times; i++) {
      statuses.add(
          mvc.perform(
                  post(path)
                      .param("names", "第 " + i + " 次")
                      .with(csrf())
                      .with(
                          r -> {
                            r.setRemoteAddr(address);
                            return r;
                          }))
              .andReturn()
              .getResponse()
              .getStatus());
    }
    return statuses;
  }

  @Test
  void aFloodOfBriberyCheckRequestsOrBookingsFromOneAddressIsAnsweredWith429() throws Exception {
    List<Integer> checks = posts("/bribery-checks", "10.19.8.1", 7);
    assertThat(checks.subList(0, 5)).doesNotContain(429);
    assertThat(checks.subList(5, 7)).containsOnly(429);
    List<Integer> bookings = posts("/receptions/1/book", "10.19.8.2", 7);
    assertThat(bookings.subList(0, 5)).doesNotContain(429);
    assertThat(bookings.subList(5, 7)).containsOnly(429);
  }
}
