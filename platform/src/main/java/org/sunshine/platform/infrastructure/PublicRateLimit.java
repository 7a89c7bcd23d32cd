package org.sunshine.platform.infrastructure;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

/**
 * A limit on public requests per client address, as a servlet filter a module declares as a bean
 * (petitions' filings, surveys' form, hearings' bookings). The module's rule says which requests
 * count and against which {@link Allowance}; each allowance keeps its own bucket per address.
 * Beyond it: 429 with Retry-After, through the error page, so a person sees a Chinese page and an
 * API client problem+json.
 */
public final class PublicRateLimit extends OncePerRequestFilter {

  /**
   * How many requests a bucket holds and how long an empty one takes to fill again.
   *
   * @param name keeps this allowance's buckets apart from the other allowances of the same limit
   */
  public record Allowance(String name, int capacity, Duration refill) {

    public Allowance {
      if (capacity < 1 || refill.isNegative() || refill.isZero()) {
        throw new IllegalArgumentException("allowance: at least one request per positive period");
      }
    }

    public static Allowance perMinute(String name, int requests) {
      return new Allowance(name, requests, Duration.ofMinutes(1));
    }
  }

  /** A bucket with the allowance it was made for (its refill says when it may be forgotten). */
  private record Held(Bucket bucket, Allowance allowance) {}

  private final String name;
  private final Function<HttpServletRequest, Optional<Allowance>> rule;
  private final TimeMeter time;
  // An address idle for a whole refill has a full bucket again, so forgetting it after two changes
  // nothing; a flood of new addresses evicts the idlest instead of resetting every address's limit.
  private final Cache<String, Held> buckets =
      Caffeine.newBuilder().maximumSize(100_000).expireAfter(new IdleFor()).build();

  /**
   * @param name names the limit (its filter's "already filtered" mark), unique per application
   * @param rule the allowance a request counts against, or empty for a request it does not limit
   */
  public PublicRateLimit(String name, Function<HttpServletRequest, Optional<Allowance>> rule) {
    this(name, rule, TimeMeter.SYSTEM_NANOTIME);
  }

  /** With the time buckets refill by (a test's). */
  PublicRateLimit(
      String name, Function<HttpServletRequest, Optional<Allowance>> rule, TimeMeter time) {
    this.name = name;
    this.rule = rule;
    this.time = time;
  }

  @Override
  protected String getAlreadyFilteredAttributeName() {
    // Several instances of this one class run in the chain: each needs its own mark.
    return PublicRateLimit.class.getName() + "." + name + ".FILTERED";
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<Allowance> allowance = rule.apply(request);
    if (allowance.isEmpty() || take(allowance.get(), client(request.getRemoteAddr()))) {
      chain.doFilter(request, response);
      return;
    }
    // A whole refill: the bucket is full again by then, whatever the client does meanwhile.
    response.setHeader("Retry-After", String.valueOf(allowance.get().refill().toSeconds()));
    response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
  }

  private boolean take(Allowance allowance, String address) {
    Held held =
        buckets.get(allowance.name() + ":" + address, k -> new Held(bucket(allowance), allowance));
    return held.bucket().tryConsume(1);
  }

  private Bucket bucket(Allowance a) {
    return Bucket.builder()
        .withCustomTimePrecision(time)
        .addLimit(
            Bandwidth.builder()
                .capacity(a.capacity())
                .refillGreedy(a.capacity(), a.refill())
                .build())
        .build();
  }

  /**
   * Whom a bucket counts: an IPv4 address, or the /64 network of an IPv6 one (one subscriber's line
   * holds a whole /64 and could otherwise take a fresh bucket per request).
   */
  static String client(String address) {
    if (address == null || address.indexOf(':') < 0) {
      return address;
    }
    try {
      byte[] bytes = InetAddress.getByName(address).getAddress();
      if (bytes.length != 16) {
        return address;
      }
      return HexFormat.of().formatHex(bytes, 0, 8) + "::/64";
    } catch (UnknownHostException e) {
      return address; // a literal the container gave us; never resolved as a name here
    }
  }

  /**
   * The request path without the context path, decoded as Spring MVC matches it (/%73urvey is
   * /survey: a raw path would let an encoded letter pass uncounted).
   */
  /** A limit on the POSTs to the paths {@code paths} accepts: a module's public writes. */
  public static PublicRateLimit posts(String name, Allowance allowance, Predicate<String> paths) {
    Optional<Allowance> limited = Optional.of(allowance);
    return new PublicRateLimit(
        name,
        request ->
            "POST".equals(request.getMethod()) && paths.test(path(request))
                ? limited
                : Optional.empty());
  }

  public static String path(HttpServletRequest request) {
    return UrlPathHelper.defaultInstance.getPathWithinApplication(request);
  }

  private static final class IdleFor implements Expiry<String, Held> {

    private static long twoRefills(Held held) {
      return held.allowance().refill().multipliedBy(2).toNanos();
    }

    @Override
    public long expireAfterCreate(String key, Held held, long now) {
      return twoRefills(held);
    }

    @Override
    public long expireAfterUpdate(String key, Held held, long now, long current) {
      return twoRefills(held);
    }

    @Override
    public long expireAfterRead(String key, Held held, long now, long current) {
      return twoRefills(held);
    }
  }
}
