package org.sunshine.platform.infrastructure;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SunshineProperties.class)
class InfrastructureConfiguration implements WebMvcConfigurer {

  private final int maxFieldChars;

  InfrastructureConfiguration(@Value("${sunshine.web.max-field-chars:200000}") int maxFieldChars) {
    this.maxFieldChars = maxFieldChars;
  }

  /**
   * Text a request brings is checked in one place, before any controller (400 with the field); a
   * refused form shows its message without the field name and keeps what was typed.
   */
  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new RequestTextInterceptor(maxFieldChars));
    registry.addInterceptor(new FormErrorInterceptor());
  }

  /**
   * The one clock every deadline and lockout reads, so tests can fix time. Its zone is the
   * procuratorates' (dates of deadlines are Beijing dates, whatever the server's own zone). Only
   * the demo's loader replays the past on it ({@link ReplayableClock}).
   */
  @Bean
  Clock clock(@Value("${sunshine.time-zone:Asia/Shanghai}") String zone) {
    return new ReplayableClock(ZoneId.of(zone));
  }

  /**
   * The node's role. A public node must never hold staff accounts or case data, so the demo data
   * (which creates both) is refused there outright.
   */
  @Bean
  NodeRole nodeRole(
      @Value("${sunshine.node.role:combined}") String role,
      @Value("${sunshine.demo.enabled:false}") boolean demo) {
    NodeRole r;
    try {
      r = NodeRole.valueOf(role.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(
          "sunshine.node.role: combined, internal or public, not '" + role + "'");
    }
    if (r == NodeRole.PUBLIC && demo) {
      throw new IllegalStateException(
          "sunshine.demo.enabled: a public node takes its data from the internal node's packages"
              + " (start it with --sunshine.demo.enabled=false)");
    }
    return r;
  }

  /** Before the import endpoints read a token or a body (ADR 10's feeds; issue 16). */
  @Bean
  FilterRegistrationBean<ImportRateLimit> importRateLimit(
      @Value("${sunshine.web.import-requests-per-minute:120}") int perMinute) {
    FilterRegistrationBean<ImportRateLimit> bean =
        new FilterRegistrationBean<>(new ImportRateLimit(perMinute));
    bean.setOrder(Ordered.HIGHEST_PRECEDENCE + 4);
    return bean;
  }

  @Bean
  FilterRegistrationBean<NodeRoleFilter> nodeRoleFilter(NodeRole role) {
    FilterRegistrationBean<NodeRoleFilter> bean =
        new FilterRegistrationBean<>(new NodeRoleFilter(role));
    bean.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
    return bean;
  }
}
