package org.sunshine.platform.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.sunshine.platform.infrastructure.PublicRateLimit.Allowance;

/** The one per-address limit the public modules declare, each with its own rule. */
class PublicRateLimitTest {

  private final AtomicLong nanos = new AtomicLong();
  private final TimeMeter time =
      new TimeMeter() {
        @Override
        public long currentTimeNanos() {
          return nanos.get();
        }

        @Override
        public boolean isWallClockBased() {
          return false;
        }
      };

  private final Allowance writes = new Allowance("writes", 3, Duration.ofSeconds(30));
  private final Allowance reads = Allowance.perMinute("reads", 5);

  // Writes under /forms/ count against one allowance, reads of /api/ against another; the rest
  // is not limited.
  private final PublicRateLimit limit =
      new PublicRateLimit(
          "test",
          request -> {
            String path = PublicRateLimit.path(request);
            if ("POST".equals(request.getMethod()) && path.startsWith("/forms/")) {
              return Optional.of(writes);
            }
            return path.startsWith("/api/") ? Optional.of(reads) : Optional.empty();
          },
          time);

  private MockHttpServletResponse request(String method, String path, String address)
      throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest(method, path);
    request.setRemoteAddr(address);
    MockHttpServletResponse response = new MockHttpServletResponse();
    limit.doFilter(request, response, new MockFilterChain());
    return response;
  }

  @Test
  void anAddressOverItsAllowanceIsAnswered429WithRetryAfterThroughTheErrorPage() throws Exception {
    for (int i = 0; i < 3; i++) {
      assertThat(request("POST", "/forms/a", "192.0.2.1").getStatus()).isEqualTo(200);
    }
    MockHttpServletResponse refused = request("POST", "/forms/b", "192.0.2.1");
    assertThat(refused.getStatus()).isEqualTo(429);
    assertThat(refused.getErrorMessage())
        .as("sent as an error, so the error page answers")
        .isNull();
    assertThat(refused.isCommitted()).isTrue();
    assertThat(refused.getHeader("Retry-After")).isEqualTo("30");
    assertThat(request("POST", "/forms/a", "192.0.2.2").getStatus())
        .as("another address has its own bucket")
        .isEqualTo(200);
  }

  @Test
  void eachAllowanceHasItsOwnBucketsAndUnlimitedRequestsPassFreely() throws Exception {
    for (int i = 0; i < 3; i++) {
      request("POST", "/forms/a", "192.0.2.3");
    }
    assertThat(request("POST", "/forms/a", "192.0.2.3").getStatus()).isEqualTo(429);
    for (int i = 0; i < 5; i++) {
      assertThat(request("GET", "/api/x", "192.0.2.3").getStatus())
          .as("reads are counted apart from writes")
          .isEqualTo(200);
    }
    assertThat(request("GET", "/api/x", "192.0.2.3").getStatus()).isEqualTo(429);
    assertThat(request("GET", "/api/x", "192.0.2.3").getHeader("Retry-After")).isEqualTo("60");
    for (int i = 0; i < 20; i++) {
      assertThat(request("GET", "/forms/a", "192.0.2.3").getStatus()).isEqualTo(200);
    }
  }

  @Test
  void anEmptiedBucketRefillsOverItsPeriod() throws Exception {
    for (int i = 0; i < 3; i++) {
      request("POST", "/forms/a", "192.0.2.4");
    }
    assertThat(request("POST", "/forms/a", "192.0.2.4").getStatus()).isEqualTo(429);
    nanos.addAndGet(Duration.ofSeconds(10).toNanos());
    assertThat(request("POST", "/forms/a", "192.0.2.4").getStatus())
        .as("a third of the period gives back one of three")
        .isEqualTo(200);
    assertThat(request("POST", "/forms/a", "192.0.2.4").getStatus()).isEqualTo(429);
    nanos.addAndGet(Duration.ofSeconds(30).toNanos());
    for (int i = 0; i < 3; i++) {
      assertThat(request("POST", "/forms/a", "192.0.2.4").getStatus()).isEqualTo(200);
    }
  }

  @Test
  void anAllowanceNeedsARequestAndAPeriod() {
    assertThatThrownBy(() -> Allowance.perMinute("none", 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Allowance("never", 1, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aPathWithAPercentEncodedLetterCountsAsThePathItSpells() throws Exception {
    for (int i = 0; i < 3; i++) {
      request("POST", "/forms/a", "192.0.2.9");
    }
    assertThat(request("POST", "/%66orms/a", "192.0.2.9").getStatus())
        .as("/%66orms is /forms to Spring MVC, so it is counted as /forms")
        .isEqualTo(429);
  }

  @Test
  void anIpv6ClientIsCountedByItsSlash64NotByEachAddressItRotatesThrough() throws Exception {
    for (int i = 0; i < 3; i++) {
      request("POST", "/forms/a", "2001:db8:1:2::" + Integer.toHexString(i + 1));
    }
    assertThat(request("POST", "/forms/a", "2001:db8:1:2:ffff::9").getStatus()).isEqualTo(429);
    assertThat(request("POST", "/forms/a", "2001:db8:1:3::1").getStatus())
        .as("another /64 is another client")
        .isEqualTo(200);
    assertThat(PublicRateLimit.client("192.0.2.1")).isEqualTo("192.0.2.1");
  }
}
