package org.sunshine.platform.documents;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.sunshine.platform.cases.CaseView;
import org.sunshine.platform.cases.Cases;

/**
 * Once a day (and on demand), every open document past its due date is reported once as {@link
 * DocumentOverdue}; notifications and the monthly 实名通报 listen.
 */
@Component
class OverdueReport {

  private static final Logger log = LoggerFactory.getLogger(OverdueReport.class);

  private final DocumentRows rows;
  private final Documents documents;
  private final Cases cases;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  OverdueReport(
      DocumentRows rows,
      Documents documents,
      Cases cases,
      ApplicationEventPublisher events,
      Clock clock) {
    this.rows = rows;
    this.documents = documents;
    this.cases = cases;
    this.events = events;
    this.clock = clock;
  }

  @Scheduled(cron = "${sunshine.documents.overdue-cron:0 30 6 * * *}")
  @SchedulerLock(name = "documents.overdue-report")
  @Transactional
  public void runDaily() {
    run();
  }

  @Transactional
  public int run() {
    LocalDate today = LocalDate.now(clock);
    Map<Long, CaseView> byCase = new HashMap<>();
    int reported = 0;
    for (DocumentRows.DocumentRow d : rows.open()) {
      if (d.overdueReportedOn() != null) {
        continue;
      }
      DocumentSummary s = documents.summary(d, byCase.computeIfAbsent(d.caseId(), cases::record));
      if (s.overdue()) {
        rows.markOverdueReported(d.id(), today);
        events.publishEvent(new DocumentOverdue(d.id(), d.unitId(), d.documentNumber(), s.dueOn()));
        reported++;
      }
    }
    if (reported > 0) {
      log.info("{} documents became overdue", reported);
    }
    return reported;
  }
}
