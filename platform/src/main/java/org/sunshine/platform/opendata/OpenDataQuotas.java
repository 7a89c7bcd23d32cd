package org.sunshine.platform.opendata;

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
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;
import org.sunshine.platform.texts.Texts;

/**
 * Quotas on the open API and feeds: per client address for anonymous callers, per key ({@code
 * X-Api-Key}) for registered ones. Over quota: 429 with Retry-After and a problem document; an
 * unknown key is a 401, never an anonymous fallback.
 */
class OpenDataQuotas extends OncePerRequestFilter {

  /**
   * @param anonymousPerMinute requests per minute per client address without a key
   * @param keys API key → requests per minute
   */
  @ConfigurationProperties("sunshine.opendata")
  record Settings(Integer anonymousPerMinute, Map<String, Integer> keys) {
    Settings {
      anonymousPerMinute = anonymousPerMinute == null ? 120 : anonymousPerMinute;
      keys = keys == null ? Map.of() : Map.copyOf(keys);
    }
  }

  private final Settings settings;
  private final Cache<String, Bucket> buckets =
      Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(Duration.ofMinutes(10)).build();

  OpenDataQuotas(Settings settings) {
    this.settings = settings;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = UrlPathHelper.defaultInstance.getPathWithinApplication(request);
    return !(path.startsWith("/api/v1/search")
        || path.startsWith("/api/v1/documents")
        || path.startsWith("/api/v1/releases")
        || path.startsWith("/api/v1/procuratorates")
        || path.startsWith("/api/v1/export")
        || path.startsWith("/api/v1/statistics")
        || path.startsWith("/feeds/"));
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String key = request.getHeader("X-Api-Key");
    int perMinute;
    String bucketKey;
    if (key != null && !key.isBlank()) {
      Integer quota = settings.keys().get(key);
      if (quota == null) {
        problem(response, 401, Texts.text("opendata.open-data-quotas.key.unknown"), null);
        return;
      }
      perMinute = quota;
      bucketKey = "key:" + key;
    } else {
      perMinute = settings.anonymousPerMinute();
      bucketKey = "ip:" + request.getRemoteAddr();
    }
    Bucket bucket =
        buckets.get(
            bucketKey,
            k ->
                Bucket.builder()
                    .addLimit(
                        Bandwidth.builder()
                            .capacity(perMinute)
                            .refillGreedy(perMinute, Duration.ofMinutes(1))
                            .build())
                    .build());
    ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
    response.setHeader("X-RateLimit-Limit", String.valueOf(perMinute));
    if (!probe.isConsumed()) {
      long seconds = Math.max(1, probe.getNanosToWaitForRefill() / 1_000_000_000L);
      problem(
          response, 429, Texts.text("opendata.open-data-quotas.quota.exceeded", seconds), seconds);
      return;
    }
    response.setHeader("X-RateLimit-Remaining", String.valueOf(probe.getRemainingTokens()));
    chain.doFilter(request, response);
  }

  private static void problem(HttpServletResponse response, int status, String detail, Long retry)
      throws IOException {
    response.setStatus(status);
    if (retry != null) {
      response.setHeader("Retry-After", String.valueOf(retry));
    }
    response.setContentType("application/problem+json;charset=UTF-8");
    response
        .getWriter()
        .write(
            "{\"type\":\"about:blank\",\"status\":"
                + status
                + ",\"title\":\""
                + (status == 429 ? "Too Many Requests" : "Unauthorized")
                + "\",\"detail\":\""
                + detail
                + "\"}");
  }
}
