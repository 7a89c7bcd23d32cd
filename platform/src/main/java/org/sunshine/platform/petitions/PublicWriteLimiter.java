package org.sunshine.platform.petitions;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Filing and tracking from one client address are limited per minute (a flood of reports, or
 * guessing a reporter's password): beyond the limit, 429 with Retry-After. Reads of the JSON API
 * get twelve times as many.
 */
@Component
class PublicWriteLimiter extends OncePerRequestFilter {

  private static final int MAX_TRACKED = 10_000;
  private static final int READS_PER_WRITE = 12;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
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
    if (buckets.size() > MAX_TRACKED) {
      buckets.clear();
    }
    boolean read = !"POST".equals(request.getMethod());
    int limit = read ? perMinute * READS_PER_WRITE : perMinute;
    Bucket bucket =
        buckets.computeIfAbsent(
            (read ? "read:" : "write:") + request.getRemoteAddr(), a -> newBucket(limit));
    if (bucket.tryConsume(1)) {
      chain.doFilter(request, response);
      return;
    }
    response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
    response.setHeader("Retry-After", "60");
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    response
        .getWriter()
        .write("{\"status\":429,\"title\":\"Too Many Requests\",\"detail\":\"提交过于频繁，请一分钟后再试\"}");
  }

  private static Bucket newBucket(int limit) {
    return Bucket.builder()
        .addLimit(
            Bandwidth.builder().capacity(limit).refillGreedy(limit, Duration.ofMinutes(1)).build())
        .build();
  }
}
