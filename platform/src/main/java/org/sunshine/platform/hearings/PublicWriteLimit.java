package org.sunshine.platform.hearings;

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
 * Bookings, cancellations and observer applications from one client address are limited per minute
 * (seats held by a script, or a flood of applications): beyond the limit, 429 with Retry-After. The
 * SMS codes have access's own limits besides.
 */
@Component
class PublicWriteLimit extends OncePerRequestFilter {

  private static final int MAX_TRACKED = 10_000;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
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
    if (buckets.size() > MAX_TRACKED) {
      buckets.clear();
    }
    Bucket bucket = buckets.computeIfAbsent(request.getRemoteAddr(), a -> newBucket());
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
