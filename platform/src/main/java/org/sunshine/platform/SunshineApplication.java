package org.sunshine.platform;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.sunshine.platform.infrastructure.StartupPreflight;

/** Sunshine 阳光检务平台: one process by default, with every capability a module below this package. */
@SpringBootApplication
public class SunshineApplication {

  public static void main(String[] args) {
    SpringApplication application = new SpringApplication(SunshineApplication.class);
    application.addListeners(new PreflightListener());
    application.run(args);
  }

  /** Fails at once, with one line, when the port is taken or the data directory is not writable. */
  static final class PreflightListener
      implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {
    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
      StartupPreflight.check(event.getEnvironment())
          .ifPresent(
              problem -> {
                System.err.println(problem);
                System.exit(2);
              });
    }
  }
}
