package org.sunshine.platform.cases;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Reader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.sunshine.platform.infrastructure.BoundedBody;
import org.sunshine.platform.infrastructure.UpstreamToken;

/**
 * The feed from the case-management system (统一业务应用系统): a machine posts batches with a bearer token
 * set in {@code sunshine.cases.import-token}. Without a configured token the endpoint answers 404,
 * so a default install exposes nothing. The token is checked before a byte of the body is read; the
 * body is then streamed and cut off at {@code sunshine.cases.import-max-bytes} (413). No session
 * and no cookie are involved, so CSRF does not apply.
 */
@RestController
class UpstreamImportApi {

  private final Cases cases;
  private final UpstreamToken token;
  private final DataSize maxBody;

  UpstreamImportApi(
      Cases cases,
      UpstreamToken token,
      @Value("${sunshine.cases.import-max-bytes:64MB}") DataSize maxBody) {
    this.cases = cases;
    this.token = token;
    this.maxBody = maxBody;
  }

  @PostMapping(
      value = "/api/import/cases",
      consumes = {
        "application/x-ndjson",
        "application/jsonl",
        MediaType.TEXT_PLAIN_VALUE,
        "text/csv"
      },
      produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<?> importBatch(
      @RequestHeader(value = "Authorization", required = false) String authorization,
      @RequestHeader("Content-Type") String contentType,
      HttpServletRequest request)
      throws IOException {
    var refusal = token.refusal(authorization);
    if (refusal.isPresent()) {
      return refusal.get();
    }
    try (Reader body = BoundedBody.utf8(request, maxBody)) {
      return ResponseEntity.ok(cases.importUpstream(body, contentType.startsWith("text/csv")));
    }
  }
}
