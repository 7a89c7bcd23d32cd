package org.sunshine.platform.documents;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.sunshine.platform.infrastructure.UpstreamToken;

/** Documents from the case-management system: {@code POST /api/import/documents} (JSON Lines). */
@RestController
class UpstreamDocumentApi {

  private final DocumentImport importer;
  private final UpstreamToken token;

  UpstreamDocumentApi(DocumentImport importer, UpstreamToken token) {
    this.importer = importer;
    this.token = token;
  }

  @PostMapping(
      value = "/api/import/documents",
      consumes = {"application/x-ndjson", "application/jsonl", MediaType.TEXT_PLAIN_VALUE},
      produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<?> importBatch(
      @RequestHeader(value = "Authorization", required = false) String authorization,
      @RequestBody String body) {
    var refusal = token.refusal(authorization);
    if (refusal.isPresent()) {
      return refusal.get();
    }
    return ResponseEntity.ok(importer.apply(body));
  }
}
