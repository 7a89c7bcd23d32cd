package org.sunshine.platform.cases;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The feed from the case-management system (统一业务应用系统): a machine posts batches with a bearer token
 * set in {@code sunshine.cases.import-token}. Without a configured token the endpoint answers 404,
 * so a default install exposes nothing. No session and no cookie are involved, so CSRF does not
 * apply.
 */
@RestController
class UpstreamImportApi {

  private final Cases cases;
  private final String token;

  UpstreamImportApi(Cases cases, @Value("${sunshine.cases.import-token:}") String token) {
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
    if (token.isBlank()) {
      return ResponseEntity.notFound().build();
    }
    String presented = authorization == null ? "" : authorization.replaceFirst("^Bearer\\s+", "");
    if (!MessageDigest.isEqual(
        presented.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
      return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
          .body(
              ProblemDetail.forStatusAndDetail(
                  HttpStatus.UNAUTHORIZED, "导入令牌无效 (bad import token)"));
    }
    ImportReport report =
        contentType.startsWith("text/csv")
            ? cases.importSystemCsv(new StringReader(body))
            : cases.importSystemBatch(new StringReader(body));
    return ResponseEntity.ok(report);
  }
}
