package org.sunshine.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

/**
 * Keeps a password-only session out of the console until the second factor is passed (or enrolled,
 * on first login), when the setting requires it.
 */
class SecondFactorGate extends OncePerRequestFilter {

  static final String PASSED = SecondFactorGate.class.getName() + ".PASSED";

  private final boolean required;

  SecondFactorGate(boolean required) {
    this.required = required;
  }

  static void markPassed(HttpServletRequest request) {
    request.changeSessionId();
    request.getSession().setAttribute(PASSED, Boolean.TRUE);
  }

  static boolean passed(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return session != null && Boolean.TRUE.equals(session.getAttribute(PASSED));
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = UrlPathHelper.defaultInstance.getPathWithinApplication(request);
    return !required || !(path.startsWith("/console") || path.startsWith("/api/console"));
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null && auth.getPrincipal() instanceof StaffPrincipal && !passed(request)) {
      response.sendRedirect(request.getContextPath() + "/mfa");
      return;
    }
    chain.doFilter(request, response);
  }
}
