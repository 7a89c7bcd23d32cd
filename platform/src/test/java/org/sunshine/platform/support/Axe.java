package org.sunshine.platform.support;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * axe-core (Deque, MPL-2.0; vendored from the npm package, see axe/LICENSE) run inside the page the
 * browser shows: the accessibility rules a screen-reader user, a keyboard user or someone with low
 * vision depends on. Evaluated through the browser's debugging protocol, so the page's own Content
 * Security Policy (no inline script) stays as it is.
 */
public final class Axe {

  private static final String SOURCE = load();

  private static final String RUN =
      """
      async () => {
        // Swagger UI's markup (/api) is a third-party widget with known issues (nested controls); the YAML it
        // renders is linked beside it as the accessible form.
        const result = await axe.run({ exclude: [['#api-description']] }, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
          resultTypes: ['violations']
        });
        return result.violations
          .filter(v => v.impact === 'serious' || v.impact === 'critical')
          .map(v => v.id + ' (' + v.impact + '): '
            + v.nodes.slice(0, 3).map(n => n.target.join(' ') + ' ' + (n.failureSummary || '').replace(/\\s+/g, ' ')).join(' | '));
      }""";

  private Axe() {}

  /** The serious and critical violations on the page as it stands, one line each. */
  @SuppressWarnings("unchecked")
  public static List<String> seriousViolations(Page page) {
    if (!(Boolean) page.evaluate("() => typeof window.axe !== 'undefined'")) {
      page.evaluate(SOURCE);
    }
    List<String> found = (List<String>) page.evaluate(RUN);
    return found.stream().map(v -> page.url() + " → " + v).toList();
  }

  private static String load() {
    try (InputStream in = Axe.class.getResourceAsStream("/axe/axe.min.js")) {
      if (in == null) {
        throw new IllegalStateException("axe/axe.min.js missing from the test resources");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
