package org.sunshine.platform.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.annotation.ScheduledAnnotationBeanPostProcessor;
import org.sunshine.platform.SunshineApplication;

/**
 * A maintenance command (./sunshine check-search-index, verify-audit) starts the platform as the
 * script does: no scheduled job runs, so the command sends no message and moves nothing.
 */
class MaintenanceCommandTest {

  @Test
  void aMaintenanceCommandRunsNoScheduledJob() {
    try (ConfigurableApplicationContext command =
        new SpringApplicationBuilder(SunshineApplication.class)
            .web(WebApplicationType.NONE)
            .profiles("test")
            .run(
                "--sunshine.demo.enabled=false",
                "--sunshine.search.rebuild-on-start=false",
                "--sunshine.scheduling.enabled=false",
                "--spring.modulith.events.republish-outstanding-events-on-restart=false")) {
      assertThat(command.getBeansOfType(ScheduledAnnotationBeanPostProcessor.class)).isEmpty();
    }
  }
}
