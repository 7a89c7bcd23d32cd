package org.sunshine.platform.search;

import java.util.Collection;
import java.util.Map;

/**
 * The search port. Implementations: the embedded Lucene index (default). Every write is idempotent:
 * upserting an entry twice, or deleting a missing key, changes nothing.
 */
interface SearchIndex {

  void upsert(Collection<SearchEntry> entries);

  void delete(String key);

  /** Replaces the whole index with these entries, atomically for readers. */
  void replaceAll(Iterable<SearchEntry> entries, Runnable onEach);

  SearchResults search(SearchQuery query);

  /** key → fingerprint of every entry, for the drift check. */
  Map<String, String> fingerprints();

  long count();
}
