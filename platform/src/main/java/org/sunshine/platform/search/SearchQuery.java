package org.sunshine.platform.search;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;
import org.sunshine.platform.texts.BadInput;

/**
 * A public search.
 *
 * @param text words or phrases, space-separated; each must occur (empty: everything, newest first)
 * @param unitId a unit: its own and its subordinates' items
 * @param byDate newest first instead of by relevance
 * @param page 0-based; pages beyond {@link #MAX_PAGE} are refused, not slow
 */
record SearchQuery(
    String text,
    String kind,
    String category,
    Long unitId,
    Integer year,
    String charge,
    boolean byDate,
    int page,
    int size) {

  public static final int MAX_PAGE = 500;
  public static final int MAX_SIZE = 50;

  public SearchQuery {
    text = text == null ? "" : text.strip();
    if (text.length() > 100) {
      throw BadInput.at("q", "search.search-query.q.too-long");
    }
    if (page < 0 || page > MAX_PAGE) {
      throw BadInput.at("page", "search.search-query.page.range", MAX_PAGE);
    }
    if (size < 1 || size > MAX_SIZE) {
      throw BadInput.at("size", "search.search-query.size.range", MAX_SIZE);
    }
    kind = blankToNull(kind);
    category = blankToNull(category);
    charge = blankToNull(charge);
  }

  /**
   * This search's page address with one parameter changed (a filter, or the page; a new filter
   * starts at the first page). Only the parameters in force appear: never an empty value.
   */
  public String link(String name, Object value) {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("q", text);
    params.put("kind", kind);
    params.put("category", category);
    params.put("unit", unitId);
    params.put("year", year);
    params.put("charge", charge);
    params.put("byDate", byDate ? true : null);
    params.put(name, value);
    UriComponentsBuilder b = UriComponentsBuilder.fromPath("/search");
    params.forEach(
        (k, v) -> {
          if (v != null && !v.toString().isBlank()) {
            b.queryParam(k, v);
          }
        });
    return b.encode().build().toUriString();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
