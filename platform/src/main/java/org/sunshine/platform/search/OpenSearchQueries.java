package org.sunshine.platform.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The OpenSearch side of the search contract: the same CJK bigrams (the built-in {@code cjk}
 * analyzer), the same rule that every term must occur as a phrase, the same filters and facets.
 */
final class OpenSearchQueries {

  private static final ObjectMapper JSON = new ObjectMapper();

  private OpenSearchQueries() {}

  static ObjectNode settingsAndMappings() {
    ObjectNode root = JSON.createObjectNode();
    ObjectNode settings = root.putObject("settings");
    // Pages up to 500 of 20 (and the page size of the API) must stay inside the result window.
    settings
        .put("number_of_shards", 1)
        .put("number_of_replicas", 0)
        .put("max_result_window", 11_000);
    settings.putObject("analysis").putObject("analyzer").putObject("bigram").put("type", "cjk");
    ObjectNode props = root.putObject("mappings").putObject("properties");
    for (String k : new String[] {"key", "kind", "category", "unit", "year", "charge"}) {
      props.putObject(k).put("type", "keyword");
    }
    for (String k : new String[] {"categoryLabel", "unitName", "url", "fingerprint"}) {
      props.putObject(k).put("type", "keyword").put("index", false);
    }
    props.putObject("published").put("type", "date").put("format", "yyyy-MM-dd");
    props.putObject("title").put("type", "text").put("analyzer", "bigram");
    props
        .putObject("text")
        .put("type", "text")
        .put("analyzer", "bigram")
        .put("index_options", "offsets");
    return root;
  }

  static String source(SearchEntry e) {
    ObjectNode s = JSON.createObjectNode();
    s.put("key", e.key()).put("kind", e.kind()).put("category", e.category());
    s.put("categoryLabel", e.categoryLabel()).put("unitName", e.unitName()).put("url", e.url());
    s.put("fingerprint", e.fingerprint()).put("year", String.valueOf(e.year()));
    if (e.charge() != null && !e.charge().isBlank()) {
      s.put("charge", e.charge());
    }
    ArrayNode units = s.putArray("unit");
    e.unitPath().forEach(u -> units.add(String.valueOf(u)));
    s.put("published", e.publishedOn().toString()).put("title", e.title()).put("text", e.text());
    return s.toString();
  }

  static ObjectNode body(SearchQuery q) {
    ObjectNode body = JSON.createObjectNode();
    body.put("from", q.page() * q.size()).put("size", q.size()).put("track_total_hits", true);
    ObjectNode bool = body.putObject("query").putObject("bool");
    ArrayNode must = bool.putArray("must");
    int terms = 0;
    for (String term : q.text().isBlank() ? new String[0] : q.text().split("\\s+")) {
      ArrayNode should = must.addObject().putObject("bool").putArray("should");
      phrase(should, "text", term, 1);
      phrase(should, "title", term, 3);
      terms++;
    }
    if (terms == 0) {
      must.addObject().putObject("match_all");
    }
    ArrayNode filter = bool.putArray("filter");
    term(filter, "kind", q.kind());
    term(filter, "category", q.category());
    term(filter, "unit", q.unitId() == null ? null : String.valueOf(q.unitId()));
    term(filter, "year", q.year() == null ? null : String.valueOf(q.year()));
    term(filter, "charge", q.charge());
    ArrayNode sort = body.putArray("sort");
    if (q.byDate() || q.text().isBlank()) {
      sort.addObject().put("published", "desc");
    } else {
      sort.add("_score");
    }
    sort.addObject().put("key", "desc");
    ObjectNode aggs = body.putObject("aggs");
    for (String dim : LuceneSearchIndex.DIMENSIONS) {
      aggs.putObject(dim).putObject("terms").put("field", dim).put("size", 200);
    }
    ObjectNode hl = body.putObject("highlight");
    hl.putArray("pre_tags").add("<mark>");
    hl.putArray("post_tags").add("</mark>");
    hl.put("encoder", "html");
    hl.putObject("fields").putObject("text").put("fragment_size", 90).put("number_of_fragments", 2);
    return body;
  }

  /** A bigram phrase; a single Han character matches the bigrams that start or end with it. */
  private static void phrase(ArrayNode should, String field, String term, float boost) {
    if (term.codePointCount(0, term.length()) == 1
        && Character.isIdeographic(term.codePointAt(0))) {
      should
          .addObject()
          .putObject("prefix")
          .putObject(field)
          .put("value", term)
          .put("boost", boost);
      should
          .addObject()
          .putObject("wildcard")
          .putObject(field)
          .put("value", "?" + term)
          .put("boost", boost);
    } else {
      should
          .addObject()
          .putObject("match_phrase")
          .putObject(field)
          .put("query", term)
          .put("boost", boost);
    }
  }

  private static void term(ArrayNode filter, String field, String value) {
    if (value != null) {
      filter.addObject().putObject("term").put(field, value);
    }
  }
}
