package org.sunshine.platform.petitions;

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
 * Filing and tracking from one client address are limited per minute (a flood of reports, or
 * guessing a reporter's password): beyond the limit, 429 with Retry-After. Reads of the JSON API
 * get twelve times as many.
 */
@Component
class PublicWriteLimiter extends OncePerRequestFilter {

  private static final int READS_PER_WRITE = 12;
  // An address idle for two minutes has a full bucket again, so forgetting it changes nothing; a
  // flood of new addresses evicts the idlest instead of resetting every address's limit.
  private final Cache<String, Bucket> buckets =
      Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(Duration.ofMinutes(2)).build();
  private final int perMinute;

  PublicWriteLimiter(PetitionProperties settings) {
    this.perMinute = settings.publicWritesPerMinute();
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = path(request);
    // The hall's other windows take public writes too: a booking registers a matter, a check
    // request a letter to answer.
    boolean write =
        "POST".equals(request.getMethod())
            && (path.startsWith("/petitions")
                || path.startsWith("/api/v1/petitions")
                || path.startsWith("/receptions")
                || path.startsWith("/bribery-checks"));
    return !write && !path.startsWith("/api/v1/petitions");
  }

  private static String path(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    boolean read = !"POST".equals(request.getMethod());
    int limit = read ? perMinute * READS_PER_WRITE : perMinute;
    Bucket bucket =
        buckets.get((read ? "read:" : "write:") + request.getRemoteAddr(), a -> newBucket(limit));
    if (bucket.tryConsume(1)) {
      chain.doFilter(request, response);
      return;
    }
    response.setHeader("Retry-After", "60");
    // Through the error page: a person sees a Chinese page, an API client problem+json.
    response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
  }

  private static Bucket newBucket(int limit) {
    return Bucket.builder()
        .addLimit(
            Bandwidth.builder().capacity(limit).refillGreedy(limit, Duration.ofMinutes(1)).build())
        .build();
  }
}
