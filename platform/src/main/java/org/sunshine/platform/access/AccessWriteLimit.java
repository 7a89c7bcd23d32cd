package org.sunshine.platform.access;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.sunshine.platform.infrastructure.PublicRateLimit;
import org.sunshine.platform.infrastructure.PublicRateLimit.Allowance;

/**
 * Applications to follow a case and their material uploads, each carrying ID-card scans, are
 * limited per client address and minute (beyond: 429 with Retry-After), as the other public forms
 * are; the SMS codes before them have their own limits.
 */
@Configuration(proxyBeanMethods = false)
class AccessWriteLimit {

  @Bean
  PublicRateLimit accessPublicWriteLimit(AccessProperties settings) {
    return PublicRateLimit.posts(
        "access",
        Allowance.perMinute("access-writes", settings.publicWritesPerMinute()),
        path ->
            path.equals("/access/apply")
                || path.startsWith("/access/applications/") && path.endsWith("/materials"));
  }
}
