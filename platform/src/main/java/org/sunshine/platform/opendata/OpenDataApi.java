package org.sunshine.platform.opendata;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.sunshine.platform.publication.PublicRelease;
import org.sunshine.platform.publication.PublicationChannel;
import org.sunshine.platform.publication.PublishedDocuments;
import org.sunshine.platform.publication.PublishedReleases;
import org.sunshine.platform.texts.BadInput;
import org.sunshine.redaction.DocumentType;
import tools.jackson.databind.json.JsonMapper;

/**
 * The open JSON API for documents and releases, and the bulk export (documented in openapi.yaml).
 */
@RestController
class OpenDataApi {

  private static final int EXPORT_PAGE = 200;
  private final PublishedDocuments documents;
  private final PublishedReleases releases;
  private final JsonMapper json;

  OpenDataApi(PublishedDocuments documents, PublishedReleases releases, JsonMapper json) {
    this.documents = documents;
    this.releases = releases;
    this.json = json;
  }

  record DocumentPage(long total, int page, int size, List<ApiDocument> items) {}

  @GetMapping("/api/v1/documents")
  DocumentPage documents(
      @RequestParam(required = false) Long unit,
      @RequestParam(required = false) DocumentType type,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    if (page < 0 || size < 1 || size > 100) {
      throw BadInput.at("size", "opendata.open-data-api.size.range");
    }
    var p = documents.list(PublicationChannel.INTERNET, unit, type, page, size);
    return new DocumentPage(
        p.total(), page, size, p.items().stream().map(v -> ApiDocument.of(v, false)).toList());
  }

  @GetMapping("/api/v1/documents/{id}")
  ApiDocument document(@PathVariable long id) {
    return documents
        .find(id, PublicationChannel.INTERNET)
        .map(v -> ApiDocument.of(v, true))
        .orElseThrow(() -> new NoSuchElementException("document"));
  }

  @GetMapping("/api/v1/releases")
  List<PublicRelease> releases(
      @RequestParam(required = false) Long unit,
      @RequestParam(required = false) String category,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    if (page < 0 || size < 1 || size > 100) {
      throw BadInput.at("size", "opendata.open-data-api.size.range");
    }
    return releases.list(unit, category, page, size);
  }

  @GetMapping("/api/v1/releases/{id}")
  PublicRelease release(@PathVariable long id) {
    return releases.find(id).orElseThrow(() -> new NoSuchElementException("release"));
  }

  /** Every live published document with its text, one JSON object per line, for researchers. */
  @GetMapping(value = "/api/v1/export/documents.jsonl", produces = "application/x-ndjson")
  ResponseEntity<StreamingResponseBody> exportDocuments() {
    StreamingResponseBody body =
        out -> {
          for (int page = 0; ; page++) {
            var p = documents.list(PublicationChannel.INTERNET, null, null, page, EXPORT_PAGE);
            for (var v : p.items()) {
              line(
                  out,
                  ApiDocument.of(
                      documents.find(v.documentId(), PublicationChannel.INTERNET).orElseThrow(),
                      true));
            }
            if (p.items().size() < EXPORT_PAGE) {
              break;
            }
          }
        };
    return ResponseEntity.ok()
        .header("Content-Disposition", "attachment; filename=\"documents.jsonl\"")
        .contentType(MediaType.parseMediaType("application/x-ndjson"))
        .body(body);
  }

  @GetMapping(value = "/api/v1/export/releases.jsonl", produces = "application/x-ndjson")
  ResponseEntity<StreamingResponseBody> exportReleases() {
    StreamingResponseBody body =
        out -> {
          for (PublicRelease r : releases.all()) {
            line(out, r);
          }
        };
    return ResponseEntity.ok()
        .header("Content-Disposition", "attachment; filename=\"releases.jsonl\"")
        .contentType(MediaType.parseMediaType("application/x-ndjson"))
        .body(body);
  }

  private void line(OutputStream out, Object value) throws IOException {
    out.write(json.writeValueAsString(value).getBytes(StandardCharsets.UTF_8));
    out.write('\n');
  }
}
