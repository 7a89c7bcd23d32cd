package org.sunshine.platform.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The search port on an OpenSearch cluster, for installations that outgrow one machine (ADR 8). It
 * speaks OpenSearch's REST API with the JDK's HTTP client. Readers use an alias; a rebuild fills a
 * new index and swaps the alias, so searches never see a half-built index. The same contract tests
 * as the Lucene index run against a real node.
 */
class OpenSearchIndex implements SearchIndex {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;
  private final String alias;

  OpenSearchIndex(String url, String alias) {
    this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    this.alias = alias;
    if (call("HEAD", "/_alias/" + alias, null, true).statusCode() == 404) {
      String index = createIndex();
      call("POST", "/_aliases", actions(null, index), false);
    }
  }

  @Override
  public void upsert(Collection<SearchEntry> entries) {
    if (!entries.isEmpty()) {
      bulk(alias, entries);
    }
  }

  @Override
  public void delete(String key) {
    call("DELETE", "/" + alias + "/_doc/" + encode(key) + "?refresh=wait_for", null, true);
  }

  @Override
  public void replaceAll(Iterable<SearchEntry> entries, Runnable onEach) {
    String fresh = createIndex();
    List<SearchEntry> chunk = new ArrayList<>();
    for (SearchEntry e : entries) {
      chunk.add(e);
      onEach.run();
      if (chunk.size() == 500) {
        bulk(fresh, chunk);
        chunk.clear();
      }
    }
    bulk(fresh, chunk);
    call("POST", "/" + fresh + "/_refresh", null, false);
    List<String> old = new ArrayList<>();
    call("GET", "/_alias/" + alias, null, false).body().fieldNames().forEachRemaining(old::add);
    call("POST", "/_aliases", actions(old, fresh), false);
    for (String index : old) {
      call("DELETE", "/" + index, null, true);
    }
  }

  @Override
  public SearchResults search(SearchQuery q) {
    ObjectNode body = OpenSearchQueries.body(q);
    JsonNode r = call("POST", "/" + alias + "/_search", body, false).body();
    List<SearchResults.Hit> hits = new ArrayList<>();
    for (JsonNode h : r.path("hits").path("hits")) {
      JsonNode s = h.path("_source");
      List<String> fragments = new ArrayList<>();
      h.path("highlight").path("text").forEach(f -> fragments.add(f.asText()));
      String snippet =
          fragments.isEmpty()
              ? LuceneDocuments.opening(s.path("text").asText())
              : String.join("…", fragments);
      hits.add(
          new SearchResults.Hit(
              s.path("key").asText(),
              s.path("kind").asText(),
              s.path("title").asText(),
              snippet,
              s.path("category").asText(),
              s.path("categoryLabel").asText(),
              s.path("unitName").asText(),
              LocalDate.parse(s.path("published").asText()),
              s.path("url").asText()));
    }
    Map<String, List<SearchResults.FacetCount>> facets = new LinkedHashMap<>();
    for (String dim : LuceneSearchIndex.DIMENSIONS) {
      List<SearchResults.FacetCount> values = new ArrayList<>();
      for (JsonNode b : r.path("aggregations").path(dim).path("buckets")) {
        values.add(
            new SearchResults.FacetCount(b.path("key").asText(), b.path("doc_count").asLong()));
      }
      facets.put(dim, values);
    }
    long total = r.path("hits").path("total").path("value").asLong();
    return new SearchResults(total, q.page(), q.size(), hits, facets);
  }

  @Override
  public Map<String, String> fingerprints() {
    Map<String, String> out = new HashMap<>();
    JsonNode after = null;
    while (true) {
      ObjectNode body = JSON.createObjectNode();
      body.put("size", 1000);
      body.putArray("_source").add("key").add("fingerprint");
      body.putArray("sort").addObject().put("key", "asc");
      if (after != null) {
        body.set("search_after", after);
      }
      JsonNode hits =
          call("POST", "/" + alias + "/_search", body, false).body().path("hits").path("hits");
      if (hits.isEmpty()) {
        return out;
      }
      for (JsonNode h : hits) {
        out.put(
            h.path("_source").path("key").asText(), h.path("_source").path("fingerprint").asText());
        after = h.path("sort");
      }
    }
  }

  @Override
  public long count() {
    return call("GET", "/" + alias + "/_count", null, false).body().path("count").asLong();
  }

  private String createIndex() {
    String index = alias + "-" + System.currentTimeMillis() + "-" + System.nanoTime() % 1000;
    call("PUT", "/" + index, OpenSearchQueries.settingsAndMappings(), false);
    return index;
  }

  private ObjectNode actions(List<String> remove, String add) {
    ObjectNode body = JSON.createObjectNode();
    ArrayNode actions = body.putArray("actions");
    if (remove != null) {
      for (String index : remove) {
        actions.addObject().putObject("remove").put("index", index).put("alias", alias);
      }
    }
    actions.addObject().putObject("add").put("index", add).put("alias", alias);
    return body;
  }

  private void bulk(String index, Collection<SearchEntry> entries) {
    if (entries.isEmpty()) {
      return;
    }
    StringBuilder nd = new StringBuilder();
    for (SearchEntry e : entries) {
      nd.append("{\"index\":{\"_index\":\"")
          .append(index)
          .append("\",\"_id\":")
          .append(JSON.valueToTree(e.key()).toString())
          .append("}}\n");
      nd.append(OpenSearchQueries.source(e)).append('\n');
    }
    JsonNode r =
        send("POST", "/_bulk?refresh=wait_for", nd.toString(), "application/x-ndjson", false)
            .body();
    if (r.path("errors").asBoolean()) {
      throw new IllegalStateException("OpenSearch bulk failed: " + r.path("items").toString());
    }
  }

  record Response(int statusCode, JsonNode body) {}

  private Response call(String method, String path, JsonNode body, boolean notFoundIsFine) {
    return send(
        method, path, body == null ? null : body.toString(), "application/json", notFoundIsFine);
  }

  private Response send(
      String method, String path, String body, String type, boolean notFoundIsFine) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", type);
    b.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    try {
      HttpResponse<String> r =
          http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (r.statusCode() >= 300 && !(notFoundIsFine && r.statusCode() == 404)) {
        throw new IllegalStateException(
            "OpenSearch " + method + " " + path + ": " + r.statusCode() + " " + r.body());
      }
      return new Response(
          r.statusCode(), r.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(r.body()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String key) {
    return URLEncoder.encode(key, StandardCharsets.UTF_8);
  }
}
