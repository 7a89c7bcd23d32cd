package org.sunshine.platform.search;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
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

  @org.junit.jupiter.api.Test
  void aFailedRebuildLeavesTheIndexAsItWas() {
    SearchIndex index = index();
    index.upsert(
        java.util.List.of(
            entry("x", "一份文书", "INDICTMENT", java.util.List.of(2L), "盗窃罪", "2026-01-01")));
    Iterable<SearchEntry> broken =
        () ->
            new java.util.Iterator<>() {
              @Override
              public boolean hasNext() {
                return true;
              }

              @Override
              public SearchEntry next() {
                throw new IllegalStateException("database went away");
              }
            };
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> index.replaceAll(broken, () -> {}))
        .hasMessageContaining("database went away");
    index.delete("no-such-key"); // a later commit must not publish the half-done rebuild
    org.assertj.core.api.Assertions.assertThat(index.count()).isEqualTo(1);
  }

  @AfterEach
  void close() throws Exception {
    if (index != null) {
      index.close();
    }
  }
}
