package org.sunshine.platform.infrastructure;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.sunshine.platform.texts.Texts;

/**
 * What Tomcat answers itself, before any of our code runs — a request whose address cannot be
 * decoded ({@code GET /%}), a header too large: a short Chinese page with the same security headers
 * as every other page, instead of Tomcat's English report without them. Errors our code answers
 * never reach this valve (they are committed already).
 */
@Component
class QuietErrorPage
    implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

  @Override
  public void customize(ConfigurableTomcatWebServerFactory factory) {
    factory.addContextCustomizers(
        context -> context.getParent().getPipeline().addValve(new Valve()));
  }

  /** After Boot's own customizer: the valve added last reports first. */
  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }

  static final class Valve extends ErrorReportValve {

    Valve() {
      setShowReport(false);
      setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
      int status = response.getStatus();
      if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
        return;
      }
      try {
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Cache-Control", "no-store");
        Writer writer = response.getReporter();
        if (writer != null) {
          writer.write(page(status));
        }
        response.finishResponse();
      } catch (IOException | IllegalStateException e) {
        // the client has gone: nothing to tell
      }
    }

    // Text for the one page our message bundles cannot reach (no Spring here), in both languages.
    private static String page(int status) {
      String title =
          status == 400
              ? Texts.text("infrastructure.quiet-error-page.bad-request")
              : Texts.text("infrastructure.quiet-error-page.failed");
      return Texts.text("infrastructure.quiet-error-page.page", status, title, title);
    }
  }
}
