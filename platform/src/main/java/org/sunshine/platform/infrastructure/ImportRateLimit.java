package org.sunshine.platform.infrastructure;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

/**
 * The machine endpoints under {@code /api/import/} (the upstream feeds, SMS replies and receipts)
 * accept so many requests per minute from one address, checked before the token and the body: a
 * guesser of tokens or a flood of large bodies is turned away with 429 at the door.
 */
class ImportRateLimit extends OncePerRequestFilter {

  private final int perMinute;
  private final Cache<String, Bucket> buckets =
      Caffeine.newBuilder().maximumSize(10_000).expireAfterAccess(Duration.ofMinutes(10)).build();

  ImportRateLimit(int perMinute) {
    this.perMinute = perMinute;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !UrlPathHelper.defaultInstance
        .getPathWithinApplication(request)
        .startsWith("/api/import/");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Bucket bucket = buckets.get(request.getRemoteAddr(), a -> newBucket());
    ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
    if (!probe.isConsumed()) {
      long seconds = Math.max(1, probe.getNanosToWaitForRefill() / 1_000_000_000L);
      response.setStatus(429);
      response.setHeader("Retry-After", String.valueOf(seconds));
      response.setContentType("application/problem+json;charset=UTF-8");
      response
          .getWriter()
          .write(
              "{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,"
                  + "\"detail\":\"too many import requests from this address; retry after "
                  + seconds
                  + " s\"}");
      return;
    }
    chain.doFilter(request, response);
  }

  private Bucket newBucket() {
    return Bucket.builder()
        .addLimit(
            Bandwidth.builder()
                .capacity(perMinute)
                .refillGreedy(perMinute, Duration.ofMinutes(1))
                .build())
        .build();
  }
}
