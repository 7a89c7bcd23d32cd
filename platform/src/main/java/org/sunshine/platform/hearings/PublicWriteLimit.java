package org.sunshine.platform.hearings;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bookings, cancellations and observer applications from one client address are limited per minute
 * (seats held by a script, or a flood of applications): beyond the limit, 429 with Retry-After. The
 * SMS codes have access's own limits besides.
 */
@Component
class PublicWriteLimit extends OncePerRequestFilter {

  // An address idle for two minutes has a full bucket again, so forgetting it changes nothing; a
  // flood of new addresses evicts the idlest instead of resetting every address's limit.
  private final Cache<String, Bucket> buckets =
      Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(Duration.ofMinutes(2)).build();
  private final int perMinute;

  PublicWriteLimit(HearingsProperties settings) {
    this.perMinute = settings.publicWritesPerMinute();
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return !"POST".equals(request.getMethod())
        || !(path.startsWith("/open-days/") || path.startsWith("/hearings/"));
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Bucket bucket = buckets.get(request.getRemoteAddr(), a -> newBucket());
    if (bucket.tryConsume(1)) {
      chain.doFilter(request, response);
      return;
    }
    response.setHeader("Retry-After", "60");
    // Through the error page: a person sees a Chinese page, an API client problem+json.
    response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
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
