package org.sunshine.platform.cases;

import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.PlatformTransactionManager;
import org.sunshine.platform.infrastructure.NodeRole;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({DeadlinePolicy.class, WorkingCalendar.class})
class CasesConfiguration {

  /** The node's role decides once where disclosures come from; nothing else branches on it. */
  @Bean
  DisclosureSource disclosureSource(
      NodeRole role,
      CaseRows rows,
      CaseAssembler assembler,
      DisclosureCache cache,
      DisclosureReplicaRows replicas,
      PlatformTransactionManager transactions,
      Clock clock) {
    return role == NodeRole.PUBLIC
        ? new ReplicaDisclosures(replicas)
        : new CaseTableDisclosures(rows, assembler, cache, transactions, clock);
  }

  /** Says at start-up when this year's holidays are missing: due dates would then be too early. */
  @EventListener(ApplicationReadyEvent.class)
  void warnWithoutHolidays(ApplicationReadyEvent event) {
    WorkingCalendar calendar = event.getApplicationContext().getBean(WorkingCalendar.class);
    Clock clock = event.getApplicationContext().getBean(Clock.class);
    int year = LocalDate.now(clock).getYear();
    if (!calendar.hasHolidaysIn(year)) {
      LoggerFactory.getLogger(CasesConfiguration.class)
          .warn(
              "No public holidays configured for {}: deadlines and due dates skip weekends only"
                  + " (an administrator sets them on /console/calendar, or set sunshine.calendar.*)",
              year);
    }
  }
}
