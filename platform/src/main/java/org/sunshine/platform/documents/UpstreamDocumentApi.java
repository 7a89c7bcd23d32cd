package org.sunshine.platform.documents;

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
 * Documents from the case-management system: {@code POST /api/import/documents} (JSON Lines). The
 * token is checked before the body is read; the body is streamed line by line and cut off at {@code
 * sunshine.documents.import-max-bytes} (413).
 */
@RestController
class UpstreamDocumentApi {

  private final DocumentImport importer;
  private final UpstreamToken token;
  private final DataSize maxBody;

  UpstreamDocumentApi(
      DocumentImport importer,
      UpstreamToken token,
      @Value("${sunshine.documents.import-max-bytes:64MB}") DataSize maxBody) {
    this.importer = importer;
    this.token = token;
    this.maxBody = maxBody;
  }

  @PostMapping(
      value = "/api/import/documents",
      consumes = {"application/x-ndjson", "application/jsonl", MediaType.TEXT_PLAIN_VALUE},
      produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<?> importBatch(
      @RequestHeader(value = "Authorization", required = false) String authorization,
      HttpServletRequest request)
      throws IOException {
    var refusal = token.refusal(authorization);
    if (refusal.isPresent()) {
      return refusal.get();
    }
    try (Reader body = BoundedBody.utf8(request, maxBody)) {
      return ResponseEntity.ok(importer.apply(body));
    }
  }
}
