package org.sunshine.platform.surveys;

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
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The web form is a public write, and its address a guessable-looking path: answers and token
 * guesses from one client address are limited per minute (429 with Retry-After beyond it).
 */
@Component
class SurveyWriteLimiter extends OncePerRequestFilter {

  private static final int MAX_TRACKED = 10_000;
  private static final int PER_MINUTE = 30;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !request
        .getRequestURI()
        .substring(request.getContextPath().length())
        .startsWith("/survey/");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (buckets.size() > MAX_TRACKED) {
      buckets.clear();
    }
    Bucket bucket =
        buckets.computeIfAbsent(
            request.getRemoteAddr(),
            a ->
                Bucket.builder()
                    .addLimit(
                        Bandwidth.builder()
                            .capacity(PER_MINUTE)
                            .refillGreedy(PER_MINUTE, Duration.ofMinutes(1))
                            .build())
                    .build());
    if (bucket.tryConsume(1)) {
      chain.doFilter(request, response);
      return;
    }
    response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
    response.setHeader("Retry-After", "60");
  }
}
