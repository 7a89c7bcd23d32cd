package org.sunshine.platform.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The realistic query mix of the search benchmark: terms, phrases, filters, facets, date order. */
final class BenchQueries {

  private BenchQueries() {}

  static List<SearchQuery> mix() {
    return List.of(
        q("盗窃", null, null, null, null, false),
        q("非法占有为目的", null, null, null, null, false),
        q("电动自行车", null, null, null, null, false),
        q("笔记本电脑 某网吧", null, null, null, null, false),
        q("以非法占有为目的，秘密窃取", null, null, null, null, false),
        q("金项链", "INDICTMENT", null, null, null, false),
        q("退赔", null, 8L, null, null, false),
        q("", null, 3L, 2024, null, true),
        q("虚构事实", null, null, null, "诈骗罪", false),
        q("谅解 轿车", "NON_PROSECUTION_DECISION", 17L, null, null, true));
  }

  /** The text terms only (the naive LIKE baseline has no index to filter with). */
  static List<String> likeTerms() {
    return List.of("盗窃", "非法占有为目的", "电动自行车", "笔记本电脑", "以非法占有为目的，秘密窃取");
  }

  private static SearchQuery q(
      String text, String category, Long unit, Integer year, String charge, boolean byDate) {
    return new SearchQuery(text, null, category, unit, year, charge, byDate, 0, 10);
  }

  static String url(SearchQuery q) {
    StringBuilder u = new StringBuilder("/api/v1/search?size=10");
    if (!q.text().isEmpty()) {
      u.append("&q=").append(URLEncoder.encode(q.text(), StandardCharsets.UTF_8));
    }
    if (q.category() != null) {
      u.append("&category=").append(q.category());
    }
    if (q.unitId() != null) {
      u.append("&unit=").append(q.unitId());
    }
    if (q.year() != null) {
      u.append("&year=").append(q.year());
    }
    if (q.charge() != null) {
      u.append("&charge=").append(URLEncoder.encode(q.charge(), StandardCharsets.UTF_8));
    }
    if (q.byDate()) {
      u.append("&byDate=true");
    }
    return u.toString();
  }
}
