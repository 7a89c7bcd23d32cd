package org.sunshine.platform.hearings;

import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.sunshine.platform.infrastructure.PublicRateLimit;
import org.sunshine.platform.infrastructure.PublicRateLimit.Allowance;

/**
 * Bookings, cancellations and observer applications from one client address are limited per minute
 * (seats held by a script, or a flood of applications): beyond the limit, 429 with Retry-After. The
 * SMS codes have access's own limits besides.
 */
@Configuration(proxyBeanMethods = false)
class HearingWriteLimit {

  @Bean
  PublicRateLimit hearingsPublicWriteLimit(HearingsProperties settings) {
    Allowance writes = Allowance.perMinute("hearings-writes", settings.publicWritesPerMinute());
    return new PublicRateLimit(
        "hearings",
        request -> {
          String path = PublicRateLimit.path(request);
          boolean write =
              "POST".equals(request.getMethod())
                  && (path.startsWith("/open-days/") || path.startsWith("/hearings/"));
          return write ? Optional.of(writes) : Optional.empty();
        });
  }
}
