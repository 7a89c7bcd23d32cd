package org.sunshine.platform.security;

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
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

/**
 * Limits login and second-factor attempts per client address, on top of the per-account lockout, so
 * one address cannot walk through many accounts (nor through activation links).
 */
class LoginRateLimiter extends OncePerRequestFilter {

  private static final int MAX_TRACKED = 10_000;
  private final int perMinute;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  LoginRateLimiter(int perMinute) {
    this.perMinute = perMinute;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = UrlPathHelper.defaultInstance.getPathWithinApplication(request);
    if (path.startsWith("/activate/")) {
      return false; // opening a link counts too: tokens must not be walked
    }
    return !"POST".equals(request.getMethod())
        || !(path.equals("/login")
            || path.startsWith("/mfa")
            || path.equals("/access/code")
            || path.equals("/access/login")
            || path.equals("/kiosk/query")
            || path.equals("/kiosk/enrol"));
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (buckets.size() > MAX_TRACKED) {
      evictIdle();
    }
    Bucket bucket = buckets.computeIfAbsent(request.getRemoteAddr(), a -> newBucket());
    if (bucket.tryConsume(1)) {
      chain.doFilter(request, response);
    } else {
      response.setHeader("Retry-After", "60");
      response.sendError(429);
    }
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

  /** Forgets addresses whose bucket is full again, so the map does not grow without bound. */
  void evictIdle() {
    buckets.values().removeIf(b -> b.getAvailableTokens() >= perMinute);
  }
}
