package org.sunshine.platform.petitions;

import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.sunshine.platform.infrastructure.PublicRateLimit;
import org.sunshine.platform.infrastructure.PublicRateLimit.Allowance;

/**
 * Filing and tracking from one client address are limited per minute (a flood of reports, or
 * guessing a reporter's password): beyond the limit, 429 with Retry-After. Reads of the JSON API
 * get twelve times as many, in a bucket of their own.
 */
@Configuration(proxyBeanMethods = false)
class PetitionWriteLimit {

  private static final int READS_PER_WRITE = 12;

  @Bean
  PublicRateLimit petitionsPublicWriteLimit(PetitionProperties settings) {
    int perMinute = settings.publicWritesPerMinute();
    Allowance writes = Allowance.perMinute("petitions-writes", perMinute);
    Allowance reads = Allowance.perMinute("petitions-api-reads", perMinute * READS_PER_WRITE);
    return new PublicRateLimit(
        "petitions",
        request -> {
          String path = PublicRateLimit.path(request);
          // The hall's other windows take public writes too: a booking registers a matter, a
          // check request a letter to answer.
          boolean write =
              "POST".equals(request.getMethod())
                  && (path.startsWith("/petitions")
                      || path.startsWith("/api/v1/petitions")
                      || path.startsWith("/receptions")
                      || path.startsWith("/bribery-checks"));
          if (write) {
            return Optional.of(writes);
          }
          return path.startsWith("/api/v1/petitions") ? Optional.of(reads) : Optional.empty();
        });
  }
}
