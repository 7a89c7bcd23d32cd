package org.sunshine.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

/**
 * Recognises a kiosk on {@code /kiosk/**} by the device credential in its cookie (ADR 27) and
 * refreshes the cookie when the kiosk opens its start page, so a kiosk in daily use never loses it
 * (browsers keep a cookie at most about 400 days). Addresses count only when the legacy setting
 * {@code sunshine.security.kiosk-allowed-from} lists them.
 */
class KioskRecognition extends OncePerRequestFilter {

  static final String COOKIE = "SUNSHINE_KIOSK";
  private static final String ATTRIBUTE = KioskRecognition.class.getName();
  private static final Duration LIFETIME = Duration.ofDays(400);

  private final KioskDevices devices;
  private final List<IpAddressMatcher> legacyAddresses;

  KioskRecognition(KioskDevices devices, List<String> legacyAddresses) {
    this.devices = devices;
    this.legacyAddresses = legacyAddresses.stream().map(IpAddressMatcher::new).toList();
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = UrlPathHelper.defaultInstance.getPathWithinApplication(request);
    return !(path.equals("/kiosk") || path.startsWith("/kiosk/"));
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String secret = secret(request);
    if (secret != null) {
      devices
          .recognise(secret)
          .ifPresent(
              device -> {
                request.setAttribute(ATTRIBUTE, device);
                String path = UrlPathHelper.defaultInstance.getPathWithinApplication(request);
                if (path.equals("/kiosk") && "GET".equals(request.getMethod())) {
                  response.addHeader(HttpHeaders.SET_COOKIE, cookie(secret, request).toString());
                }
              });
    }
    chain.doFilter(request, response);
  }

  /**
   * For {@code /kiosk/documents/**}: a recognised kiosk, or an address the legacy setting lists.
   */
  AuthorizationManager<RequestAuthorizationContext> kioskOnly() {
    return (authentication, context) -> {
      HttpServletRequest request = context.getRequest();
      boolean device = request.getAttribute(ATTRIBUTE) != null;
      return new AuthorizationDecision(
          device || legacyAddresses.stream().anyMatch(m -> m.matches(request)));
    };
  }

  /** Long-lived, never readable by scripts, sent only to the kiosk pages, Secure over TLS. */
  static ResponseCookie cookie(String secret, HttpServletRequest request) {
    return ResponseCookie.from(COOKIE, secret)
        .httpOnly(true)
        .secure(request.isSecure())
        .sameSite("Lax")
        .path("/kiosk")
        .maxAge(LIFETIME)
        .build();
  }

  private static String secret(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return null;
    }
    for (Cookie c : cookies) {
      if (COOKIE.equals(c.getName())) {
        return c.getValue();
      }
    }
    return null;
  }
}
