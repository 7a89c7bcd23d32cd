package org.sunshine.platform.opendata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.ModelAndView;

/**
 * The open API's description as YAML ({@code application/yaml}). It changes only with a new version
 * of the platform, so clients revalidate it by its ETag.
 */
@RestController
class OpenApiDescription {

  static final MediaType YAML = MediaType.parseMediaType("application/yaml;charset=UTF-8");
  private final byte[] yaml;
  private final String etag;

  OpenApiDescription() {
    try {
      yaml = new ClassPathResource("openapi/openapi.yaml").getContentAsByteArray();
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(yaml);
      etag = "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The same description for people: Swagger UI, served from our own origin. */
  @GetMapping("/api")
  ModelAndView forPeople() {
    return new ModelAndView("opendata/api-docs");
  }

  @GetMapping("/api/openapi.yaml")
  ResponseEntity<byte[]> description() {
    return ResponseEntity.ok()
        .contentType(YAML)
        .cacheControl(CacheControl.noCache().cachePublic())
        .eTag(etag)
        .body(yaml);
  }
}
