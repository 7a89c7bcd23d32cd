package org.sunshine.platform.petitions;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;
import org.sunshine.platform.texts.Texts;

/**
 * A petition whose upload is larger than its scans may be (a 100 MB scan) is answered at once with
 * 413 and the limit, before anything reads the body — not with a failed CSRF check or a broken
 * connection, which is what a multipart parser over its limit gives.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class OversizeUploads extends OncePerRequestFilter {

  /** Scans per petition the limit leaves room for, plus the form's own fields. */
  private static final int SCANS = 4;

  private static final long FORM = 1024 * 1024;

  private final long maxScan;

  OversizeUploads(PetitionProperties settings) {
    this.maxScan = settings.maxScan().toBytes();
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = UrlPathHelper.defaultInstance.getPathWithinApplication(request);
    return !"POST".equals(request.getMethod())
        || !(path.startsWith("/petitions") || path.equals("/console/petitions"));
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getContentLengthLong() <= maxScan * SCANS + FORM) {
      chain.doFilter(request, response);
      return;
    }
    long mb = maxScan / (1024 * 1024);
    response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
    response.setContentType("text/plain;charset=UTF-8");
    response.setHeader("Connection", "close");
    response.getWriter().write(Texts.text("petitions.oversize-uploads.too-large", mb, mb * SCANS));
  }
}
