package org.sunshine.platform.cases;

import java.io.IOException;
import java.io.StringReader;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.sunshine.platform.infrastructure.UpstreamToken;

/**
 * The feed from the case-management system (统一业务应用系统): a machine posts batches with a bearer token
 * set in {@code sunshine.cases.import-token}. Without a configured token the endpoint answers 404,
 * so a default install exposes nothing. No session and no cookie are involved, so CSRF does not
 * apply.
 */
@RestController
class UpstreamImportApi {

  private final Cases cases;
  private final UpstreamToken token;

  UpstreamImportApi(Cases cases, UpstreamToken token) {
    this.cases = cases;
    this.token = token;
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
      @RequestBody String body)
      throws IOException {
    var refusal = token.refusal(authorization);
    if (refusal.isPresent()) {
      return refusal.get();
    }
    ImportReport report =
        contentType.startsWith("text/csv")
            ? cases.importSystemCsv(new StringReader(body))
            : cases.importSystemBatch(new StringReader(body));
    return ResponseEntity.ok(report);
  }
}
