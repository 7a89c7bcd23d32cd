package org.sunshine.platform.publication;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The links of a filtered public list: an empty filter value means no filter, so it never appears
 * in a link (a link carries only the filters in force).
 *
 * @param previous the previous page's link, null on the first page
 * @param next the next page's link, null on the last page
 */
record PageLinks(String previous, String next, int page, int pages) {

  /** The links around {@code page} (0-based) of {@code pages}, keeping the filters in force. */
  static PageLinks of(String path, int page, int pages, Map<String, Object> filters) {
    return new PageLinks(
        page > 0 ? url(path, withPage(filters, page - 1)) : null,
        page + 1 < pages ? url(path, withPage(filters, page + 1)) : null,
        page,
        pages);
  }

  /** {@code path} with the filters that have a value. */
  static String url(String path, Map<String, Object> filters) {
    UriComponentsBuilder b = UriComponentsBuilder.fromPath(path);
    filters.forEach(
        (name, value) -> {
          if (value != null && !value.toString().isBlank()) {
            b.queryParam(name, value);
          }
        });
    return b.encode().build().toUriString();
  }

  /** A filter value as the lists take it: blank is none. */
  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static Map<String, Object> withPage(Map<String, Object> filters, int page) {
    Map<String, Object> all = new LinkedHashMap<>(filters);
    all.put("page", page);
    return all;
  }
}
