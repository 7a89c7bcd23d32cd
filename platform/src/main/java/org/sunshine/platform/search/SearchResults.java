package org.sunshine.platform.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One page of results with facet counts.
 *
 * @param facets per dimension ({@code kind}, {@code category}, {@code unit}, {@code year}, {@code
 *     charge}) the values and their counts over the whole result set
 * @param exact false when the total and the facet counts are estimates (a query with very many hits
 *     is counted on a sample of the index: ADR 12); the hits themselves are always the best
 */
record SearchResults(
    long total,
    int page,
    int size,
    List<Hit> hits,
    Map<String, List<FacetCount>> facets,
    boolean exact) {

  public SearchResults {
    hits = List.copyOf(hits);
    facets = Map.copyOf(facets);
  }

  /** Exact counts. */
  public SearchResults(
      long total, int page, int size, List<Hit> hits, Map<String, List<FacetCount>> facets) {
    this(total, page, size, hits, facets, true);
  }

  /** A result; {@code snippet} is HTML-escaped text with {@code <mark>} around the matches. */
  public record Hit(
      String key,
      String kind,
      String title,
      String snippet,
      String category,
      String categoryLabel,
      String unitName,
      LocalDate publishedOn,
      String url) {}

  public record FacetCount(String value, long count) {}

  public int pages() {
    return (int) Math.min(SearchQuery.MAX_PAGE + 1, Math.max(1, (total + size - 1) / size));
  }
}
