package org.sunshine.platform.infrastructure;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

/** Answers 404 for paths this node's role does not serve, before security or any controller. */
class NodeRoleFilter extends OncePerRequestFilter {

  private static final UrlPathHelper PATHS = new UrlPathHelper();
  private final NodeRole role;

  NodeRoleFilter(NodeRole role) {
    this.role = role;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    // The decoded path without ;parameters, as Spring MVC matches it (/%61ccess is /access).
    String path = PATHS.getPathWithinApplication(request);
    if (!role.serves(path)) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    chain.doFilter(request, response);
  }
}
