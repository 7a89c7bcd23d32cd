package org.sunshine.platform.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.sunshine.redaction.RedactionEngine;
import org.sunshine.redaction.RedactionPolicy;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PublicationRules.class)
class DocumentsConfiguration {

  @Bean
  RedactionEngine redactionEngine() {
    return new RedactionEngine();
  }

  /** The engine's policy file ({@code sunshine.documents.redaction-policy}), or the defaults. */
  @Bean
  RedactionPolicy redactionPolicy(
      @Value("${sunshine.documents.redaction-policy:}") String policyFile) throws IOException {
    if (policyFile.isBlank()) {
      return RedactionPolicy.defaults();
    }
    try (InputStream in = Files.newInputStream(Path.of(policyFile))) {
      return RedactionPolicy.load(in);
    }
  }
}
