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

  @AfterEach
  void close() throws Exception {
    if (index != null) {
      index.close();
    }
  }
}
