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
 * Keeps a session signed in with a temporary password (one an administrator typed) on the password
 * form until its holder has chosen their own. Checked once per session until it is done.
 */
class PasswordChangeGate extends OncePerRequestFilter {

  static final String FORM = "/console/profile/security";
  private static final String OWN_PASSWORD = PasswordChangeGate.class.getName() + ".OWN";

  private final Credentials credentials;

  PasswordChangeGate(Credentials credentials) {
    this.credentials = credentials;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = UrlPathHelper.defaultInstance.getPathWithinApplication(request);
    return path.startsWith(FORM)
        || !(path.startsWith("/console") || path.startsWith("/api/console"));
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    HttpSession session = request.getSession(false);
    if (auth != null
        && auth.getPrincipal() instanceof StaffPrincipal staff
        && session != null
        && session.getAttribute(OWN_PASSWORD) == null) {
      if (credentials.mustChangePassword(staff.identity().accountId())) {
        response.sendRedirect(request.getContextPath() + FORM + "?first");
        return;
      }
      session.setAttribute(OWN_PASSWORD, Boolean.TRUE);
    }
    chain.doFilter(request, response);
  }
}
