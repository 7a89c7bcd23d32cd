package org.sunshine.platform.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SearchProperties.class)
class SearchConfiguration {

  /**
   * {@code sunshine.search.engine=opensearch}: a cluster at {@code sunshine.search.opensearch.url}.
   */
  @Bean
  @ConditionalOnProperty(name = "sunshine.search.engine", havingValue = "opensearch")
  SearchIndex openSearchIndex(
      @Value("${sunshine.search.opensearch.url}") String url,
      @Value("${sunshine.search.opensearch.alias:sunshine}") String alias) {
    return new OpenSearchIndex(url, alias);
  }

  @Bean(destroyMethod = "close")
  @ConditionalOnProperty(
      name = "sunshine.search.engine",
      havingValue = "lucene",
      matchIfMissing = true)
  LuceneSearchIndex searchIndex(
      SearchProperties properties, @Value("${sunshine.data-dir:data}") String dataDir)
      throws IOException {
    Path path;
    if (properties.ephemeral()) {
      path = Files.createTempDirectory("sunshine-search");
      path.toFile().deleteOnExit();
    } else {
      path =
          Path.of(
              properties.indexDir() == null || properties.indexDir().isBlank()
                  ? dataDir + "/search-index"
                  : properties.indexDir());
      Files.createDirectories(path);
    }
    return new LuceneSearchIndex(
        path, properties.queryThreadsOrDefault(), properties.estimateAboveOrDefault());
  }
}
