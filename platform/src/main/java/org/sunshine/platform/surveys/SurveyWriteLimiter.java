package org.sunshine.platform.surveys;

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
 * The web form is a public write, and its address a guessable-looking path: answers and token
 * guesses from one client address are limited per minute (429 with Retry-After beyond it).
 */
@Component
class SurveyWriteLimiter extends OncePerRequestFilter {

  private static final int PER_MINUTE = 30;

  // An address idle for two minutes has a full bucket again anyway, so forgetting it changes
  // nothing; a flood of new addresses evicts the idlest, never resets everyone's limits at once.
  private final Cache<String, Bucket> buckets =
      Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(Duration.ofMinutes(2)).build();

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
    Bucket bucket =
        buckets.get(
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
    response.setHeader("Retry-After", "60");
    // Through the error page: a person sees a Chinese page, an API client problem+json.
    response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
  }
}
