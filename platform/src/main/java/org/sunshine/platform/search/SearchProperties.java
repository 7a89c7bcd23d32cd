package org.sunshine.platform.search;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param indexDir where the Lucene index lives (default {@code ${sunshine.data-dir}/search-index})
 * @param ephemeral a fresh temporary index, deleted at exit (tests)
 * @param estimateAbove hits above which the total and facet counts are estimated on a sample
 *     (default 10,000; 0 counts every hit of every query: ADR 12)
 * @param queryThreads threads one query may use across index slices (default: the cores; 1: the
 *     request's own thread only)
 */
@ConfigurationProperties("sunshine.search")
record SearchProperties(
    String indexDir, boolean ephemeral, Integer estimateAbove, Integer queryThreads) {

  int queryThreadsOrDefault() {
    return queryThreads == null ? Runtime.getRuntime().availableProcessors() : queryThreads;
  }

  int estimateAboveOrDefault() {
    return estimateAbove == null ? LuceneCounts.DEFAULT_ESTIMATE_ABOVE : estimateAbove;
  }
}
