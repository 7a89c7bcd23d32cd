package org.sunshine.platform.publication;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.springframework.http.CacheControl;

/**
 * How fresh a published document's page or PDF is. A published revision never changes, but a
 * correction, a withdrawal or a new document of the same case changes the page, and a new version
 * of the platform changes its layout: the validator covers all of them, and caches (browsers,
 * proxies) keep a copy for a few minutes only, so a withdrawal takes effect everywhere soon.
 */
final class Freshness {

  /** Shared caches may keep a published page this long before asking again. */
  static final CacheControl PUBLISHED = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

  /** When this instance started: its templates, styles and typesetter are part of every page. */
  private static final Instant STARTED = Instant.now();

  private Freshness() {}

  /** A strong validator of the document's page: its live revision, state and related documents. */
  static String etag(PublicDocumentView d, List<PublicDocumentView> related) {
    StringBuilder state = new StringBuilder().append(STARTED).append('|').append(version(d));
    related.forEach(r -> state.append('|').append(version(r)));
    return quoted(state.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** A strong validator of a PDF: its bytes. */
  static String etag(byte[] content) {
    return quoted(content);
  }

  /** The last change of the page: its live revision, its last correction, or this instance. */
  static Instant lastModified(PublicDocumentView d) {
    Instant last = STARTED;
    if (d.latest().publishedAt().isAfter(last)) {
      last = d.latest().publishedAt();
    }
    for (CorrectionEntry c : d.corrections()) {
      if (c.occurredAt().isAfter(last)) {
        last = c.occurredAt();
      }
    }
    return last;
  }

  private static String version(PublicDocumentView d) {
    return d.documentId()
        + ":"
        + d.latest().id()
        + ":"
        + d.withdrawn()
        + ":"
        + d.corrections().size();
  }

  private static String quoted(byte[] content) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
      return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
