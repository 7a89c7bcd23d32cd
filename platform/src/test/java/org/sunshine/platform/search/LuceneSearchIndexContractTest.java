package org.sunshine.platform.search;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contract on the embedded Lucene index. */
class LuceneSearchIndexContractTest extends SearchIndexContract {

  @TempDir Path dir;
  private LuceneSearchIndex index;

  @Override
  SearchIndex index() {
    index = new LuceneSearchIndex(dir);
    return index;
  }

  @Test
  void aFailedRebuildLeavesTheIndexAsItWas() {
    SearchIndex index = index();
    index.upsert(List.of(entry("x", "一份文书", "INDICTMENT", List.of(2L), "盗窃罪", "2026-01-01")));
    Iterable<SearchEntry> broken =
        () ->
            new Iterator<>() {
              @Override
              public boolean hasNext() {
                return true;
              }

              @Override
              public SearchEntry next() {
                throw new IllegalStateException("database went away");
              }
            };
    Assertions.assertThatThrownBy(() -> index.replaceAll(broken, () -> {}))
        .hasMessageContaining("database went away");
    index.delete("no-such-key"); // a later commit must not publish the half-done rebuild
    Assertions.assertThat(index.count()).isEqualTo(1);
  }

  /** 3,000 thefts in two counties; five of them say 盗窃 again and again, so rank first. */
  private static List<SearchEntry> thefts() {
    List<SearchEntry> out = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      String text =
          i % 600 == 7
              ? "盗窃，盗窃，再次盗窃，多次盗窃，盗窃数额较大。"
              : "被告人某某秘密窃取财物，构成盗窃，案发后退赔。" + (i % 3 == 0 ? "情节较轻。" : "");
      out.add(
          entry(
              "document-" + i,
              text,
              i % 4 == 0 ? "NON_PROSECUTION_DECISION" : "INDICTMENT",
              List.of(2L, 3L, i % 3 == 0 ? 5L : 4L),
              i < 50 ? "抢夺罪" : "盗窃罪",
              i % 2 == 0 ? "2025-06-01" : "2026-06-01"));
    }
    return out;
  }

  private static long count(SearchResults r, String dimension, String value) {
    return r.facets().get(dimension).stream()
        .filter(f -> f.value().equals(value))
        .mapToLong(SearchResults.FacetCount::count)
        .sum();
  }

  @Test
  void manyHitsAreCountedOnTheSampleSaySoAndStillRankTheBestFirst(@TempDir Path other)
      throws Exception {
    // 3,000 hits over a threshold of 2,000: estimated on the 1-in-16 sample (about 190 sampled)
    index = new LuceneSearchIndex(dir, 2, 2000);
    index.upsert(thefts());
    SearchResults estimated =
        index.search(new SearchQuery("盗窃", null, null, null, null, null, false, 0, 10));
    try (LuceneSearchIndex exact = new LuceneSearchIndex(other, 2, 0)) {
      exact.upsert(thefts());
      SearchResults counted =
          exact.search(new SearchQuery("盗窃", null, null, null, null, null, false, 0, 10));
      Assertions.assertThat(counted.exact()).isTrue();
      Assertions.assertThat(counted.total()).isEqualTo(3000);
      Assertions.assertThat(count(counted, "unit", "5")).isEqualTo(1000);
      Assertions.assertThat(estimated.exact()).isFalse();
      Assertions.assertThat(estimated.total()).isBetween(2550L, 3450L);
      Assertions.assertThat(count(estimated, "unit", "5")).isBetween(800L, 1200L);
      Assertions.assertThat(count(estimated, "unit", "4")).isBetween(1650L, 2350L);
      Assertions.assertThat(count(estimated, "year", "2026")).isBetween(1200L, 1800L);
      // the page is not estimated: the same best hits in the same order
      Assertions.assertThat(estimated.hits())
          .extracting(SearchResults.Hit::key)
          .containsExactlyElementsOf(counted.hits().stream().map(SearchResults.Hit::key).toList())
          .contains("document-7", "document-607", "document-1207");
    }
    // newest first, estimated too: the same page as counting everything
    try (LuceneSearchIndex exact = new LuceneSearchIndex(other.resolve("by-date"), 2, 0)) {
      exact.upsert(thefts());
      SearchQuery byDate = new SearchQuery("盗窃", null, null, null, null, null, true, 3, 10);
      SearchResults newest = index.search(byDate);
      Assertions.assertThat(newest.exact()).isFalse();
      Assertions.assertThat(newest.hits())
          .extracting(SearchResults.Hit::publishedOn)
          .containsExactlyElementsOf(
              exact.search(byDate).hits().stream().map(SearchResults.Hit::publishedOn).toList())
          .allMatch(d -> d.getYear() == 2026);
    }
    // a narrow question is counted exactly again
    SearchResults narrow =
        index.search(new SearchQuery("盗窃", null, null, null, null, "抢夺罪", false, 0, 10));
    Assertions.assertThat(narrow.exact()).isTrue();
    Assertions.assertThat(narrow.total()).isEqualTo(50);
    Assertions.assertThat(count(narrow, "unit", "5")).isEqualTo(17);
  }

  @Test
  void aQueryWithVeryManyHitsIsEstimatedOnTheSparserSample() {
    // a threshold of 400 needs 25 sampled hits: the 1-in-64 sample (about 47) has them
    index = new LuceneSearchIndex(dir, 2, 400);
    index.upsert(thefts());
    SearchResults r =
        index.search(new SearchQuery("盗窃", null, null, null, null, null, false, 0, 10));
    Assertions.assertThat(r.exact()).isFalse();
    Assertions.assertThat(r.total()).isBetween(1950L, 4050L);
    Assertions.assertThat(count(r, "unit", "4") + count(r, "unit", "5"))
        .isBetween(r.total() - 10, r.total() + 10);
  }

  @AfterEach
  void close() throws Exception {
    if (index != null) {
      index.close();
    }
  }
}
