package org.sunshine.platform.cases;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({DeadlinePolicy.class, WorkingCalendar.class})
class CasesConfiguration {

  /** Says at start-up when this year's holidays are missing: due dates would then be too early. */
  @org.springframework.context.event.EventListener(
      org.springframework.boot.context.event.ApplicationReadyEvent.class)
  void warnWithoutHolidays(org.springframework.boot.context.event.ApplicationReadyEvent event) {
    WorkingCalendar calendar = event.getApplicationContext().getBean(WorkingCalendar.class);
    java.time.Clock clock = event.getApplicationContext().getBean(java.time.Clock.class);
    int year = java.time.LocalDate.now(clock).getYear();
    if (!calendar.hasHolidaysIn(year)) {
      org.slf4j.LoggerFactory.getLogger(CasesConfiguration.class)
          .warn(
              "No public holidays configured for {}: deadlines and due dates skip weekends only"
                  + " (set sunshine.calendar.holidays and sunshine.calendar.workdays)",
              year);
    }
  }
}
