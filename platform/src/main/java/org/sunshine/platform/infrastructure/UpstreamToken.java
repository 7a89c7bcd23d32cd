package org.sunshine.platform.infrastructure;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.sunshine.platform.texts.Texts;

/**
 * The bearer token the case-management system presents on the import endpoints ({@code
 * sunshine.cases.import-token}). Without a configured token the endpoints do not exist (404).
 */
@Component
public class UpstreamToken {

  private final String token;

  UpstreamToken(@Value("${sunshine.cases.import-token:}") String token) {
    this.token = token;
  }

  /** The response that refuses the request, or empty when the caller may go on. */
  public Optional<ResponseEntity<?>> refusal(String authorization) {
    if (token.isBlank()) {
      return Optional.of(ResponseEntity.notFound().build());
    }
    String presented = authorization == null ? "" : authorization.replaceFirst("^Bearer\\s+", "");
    if (!MessageDigest.isEqual(
        presented.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
      return Optional.of(
          ResponseEntity.status(HttpStatus.UNAUTHORIZED)
              .body(
                  ProblemDetail.forStatusAndDetail(
                      HttpStatus.UNAUTHORIZED,
                      Texts.text("infrastructure.upstream-token.bad-token"))));
    }
    return Optional.empty();
  }
}
