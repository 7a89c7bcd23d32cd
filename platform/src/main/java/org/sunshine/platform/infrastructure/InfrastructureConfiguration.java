package org.sunshine.platform.infrastructure;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SunshineProperties.class)
class InfrastructureConfiguration {

  /**
   * The one clock every deadline and lockout reads, so tests can fix time. Its zone is the
   * procuratorates' (dates of deadlines are Beijing dates, whatever the server's own zone).
   */
  @Bean
  Clock clock(
      @org.springframework.beans.factory.annotation.Value("${sunshine.time-zone:Asia/Shanghai}")
          String zone) {
    return Clock.system(java.time.ZoneId.of(zone));
  }
}
