package org.sunshine.platform.opendata;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OpenDataQuotas.Settings.class)
class OpenDataConfiguration implements WebMvcConfigurer {

  /** Open data is read from any origin (a newsroom's page, a researcher's notebook): GET only. */
  @Override
  public void addCorsMappings(CorsRegistry registry) {
    for (String path : new String[] {"/api/v1/**", "/feeds/**", "/api/openapi.yaml"}) {
      registry
          .addMapping(path)
          .allowedOrigins("*")
          .allowedMethods("GET", "HEAD")
          .allowedHeaders("X-Api-Key")
          .exposedHeaders("Retry-After")
          .allowCredentials(false);
    }
  }

  @Bean
  FilterRegistrationBean<OpenDataQuotas> openDataQuotas(OpenDataQuotas.Settings settings) {
    FilterRegistrationBean<OpenDataQuotas> bean =
        new FilterRegistrationBean<>(new OpenDataQuotas(settings));
    bean.addUrlPatterns("/api/v1/*", "/feeds/*");
    bean.setOrder(10);
    return bean;
  }
}
