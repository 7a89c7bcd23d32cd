package org.sunshine.platform.search;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The search in the open API ({@code /api/v1/search}, documented in openapi.yaml). */
@RestController
class SearchApi {

  private final PublicSearch search;

  SearchApi(PublicSearch search) {
    this.search = search;
  }

  @GetMapping("/api/v1/search")
  SearchResults api(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) String category,
      @RequestParam(required = false) Long unit,
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) String charge,
      @RequestParam(defaultValue = "false") boolean byDate,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    return search.search(
        new SearchQuery(q, kind, category, unit, year, charge, byDate, page, size));
  }
}
