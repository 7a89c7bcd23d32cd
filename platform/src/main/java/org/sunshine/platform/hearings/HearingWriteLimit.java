package org.sunshine.platform.hearings;

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
    return PublicRateLimit.posts(
        "hearings",
        Allowance.perMinute("hearings-writes", settings.publicWritesPerMinute()),
        path -> path.startsWith("/open-days/") || path.startsWith("/hearings/"));
  }
}
