package org.sunshine.platform.infrastructure;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SunshineProperties.class)
class InfrastructureConfiguration {

  /** The one clock every deadline and lockout reads, so tests can fix time. */
  @Bean
  Clock clock() {
    return Clock.systemDefaultZone();
  }
}
