package org.sunshine.platform.search;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;

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
      throw new IllegalArgumentException("q: 检索词不超过100字");
    }
    if (page < 0 || page > MAX_PAGE) {
      throw new IllegalArgumentException("page: 页码应在 0–" + MAX_PAGE + " 之间");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("size: 每页 1–" + MAX_SIZE + " 条");
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
