package org.sunshine.platform.access;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AccessProperties.class)
class AccessConfiguration {

  @Bean
  OutboxSmsGateway outboxSmsGateway(JdbcClient jdbc, Clock clock) {
    return new OutboxSmsGateway(jdbc, clock);
  }

  /** A real gateway when one is configured, otherwise the outbox. */
  @Bean
  @Primary
  SmsGateway smsGateway(AccessProperties properties, OutboxSmsGateway outbox) {
    String url = properties.smsHttpUrl();
    return url == null || url.isBlank()
        ? outbox
        : new HttpSmsGateway(url, properties.smsHttpToken());
  }
}
