package org.sunshine.platform.search;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param indexDir where the Lucene index lives (default {@code ${sunshine.data-dir}/search-index})
 * @param ephemeral a fresh temporary index, deleted at exit (tests)
 */
@ConfigurationProperties("sunshine.search")
public record SearchProperties(String indexDir, boolean ephemeral) {}
