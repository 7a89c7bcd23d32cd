package org.sunshine.platform.opendata;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OpenDataQuotas.Settings.class)
class OpenDataConfiguration {

  @Bean
  FilterRegistrationBean<OpenDataQuotas> openDataQuotas(OpenDataQuotas.Settings settings) {
    FilterRegistrationBean<OpenDataQuotas> bean =
        new FilterRegistrationBean<>(new OpenDataQuotas(settings));
    bean.addUrlPatterns("/api/v1/*", "/feeds/*");
    bean.setOrder(10);
    return bean;
  }
}
