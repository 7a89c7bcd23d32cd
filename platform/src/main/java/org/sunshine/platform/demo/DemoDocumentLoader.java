package org.sunshine.platform.demo;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.sunshine.platform.approval.ApprovalView;
import org.sunshine.platform.cases.CaseEventType;
import org.sunshine.platform.cases.CaseView;
import org.sunshine.platform.cases.Cases;
import org.sunshine.platform.cases.EventView;
import org.sunshine.platform.cases.PartyRecord;
import org.sunshine.platform.cases.ScreeningOutcome;
import org.sunshine.platform.documents.DocumentWorkflow;
import org.sunshine.platform.documents.Documents;
import org.sunshine.platform.documents.NewDocument;
import org.sunshine.platform.documents.WithholdingReason;
import org.sunshine.platform.infrastructure.ReplayableClock;
import org.sunshine.platform.organisation.Role;
import org.sunshine.platform.organisation.StaffAccounts;
import org.sunshine.platform.organisation.StaffIdentity;
import org.sunshine.redaction.DocumentType;

/**
 * Gives the demo province its legal documents, through the same workflow staff use: the upstream
 * system records the judgments and announcements, the documents arrive, the engine proposes, the
 * handler submits, the chain approves and 案管 publishes. Some stay in draft or in approval, and
 * minors' cases are withheld, so every list has something to show. Runs once per database, in the
 * background after start-up (it takes a while on two cores), with a progress line every 25.
 */
@Component
@ConditionalOnProperty(name = "sunshine.demo.enabled", havingValue = "true")
class DemoDocumentLoader {

  static final String DATA_SET = "documents-v1";
  private static final Logger log = LoggerFactory.getLogger(DemoDocumentLoader.class);

  private final Cases cases;
  private final Documents documents;
  private final DocumentWorkflow workflow;
  private final StaffAccounts accounts;
  private final JdbcClient jdbc;
  private final Clock clock;
  private final int limit;
  private final DemoWorkers workers;
  private final boolean background;
  private final DemoReleases demoReleases;
  private final DemoStaff demoStaff;
  private final int releaseCount;
  private final DemoProgress progress;

  DemoDocumentLoader(
      Cases cases,
      Documents documents,
      DocumentWorkflow workflow,
      StaffAccounts accounts,
      JdbcClient jdbc,
      Clock clock,
      @Value("${sunshine.demo.documents:400}") int limit,
      @Value("${sunshine.demo.documents-in-background:true}") boolean background,
      DemoReleases demoReleases,
      DemoStaff demoStaff,
      @Value("${sunshine.demo.releases:24}") int releaseCount,
      DemoProgress progress,
      DemoWorkers workers) {
    this.workers = workers;
    this.progress = progress;
    this.demoReleases = demoReleases;
    this.demoStaff = demoStaff;
    this.releaseCount = releaseCount;
    this.cases = cases;
    this.documents = documents;
    this.workflow = workflow;
    this.accounts = accounts;
    this.jdbc = jdbc;
    this.clock = clock;
    this.limit = limit;
    this.background = background;
  }

  @EventListener(ApplicationReadyEvent.class)
  void onReady() {
    if (background) {
      workers.start("demo-documents", this::loadOnce);
    } else {
      loadOnce();
    }
  }

  void loadOnce() {
    try {
      loadUnlessLoaded();
    } finally {
      progress.finished();
    }
  }

  private void loadUnlessLoaded() {
    if (jdbc.sql("select count(*) from demo_data_set where name = ?")
            .param(DATA_SET)
            .query(Long.class)
            .single()
        > 0) {
      return;
    }
    List<Long> ids = cases.allIds();
    progress.started(Math.min(limit, ids.size()));
    LocalDate today = LocalDate.now(clock);
    recordCourtEvents(ids, today);
    Random random = new Random(20261122L);
    int done = 0;
    // Through the whole chain: published, or (an indictment before the judgment) approved and
    // waiting.
    int approved = 0;
    for (long id : ids) {
      if (done >= limit) {
        break;
      }
      if (DemoWorkers.stopping()) {
        log.info("Demo documents stopped after {}: the platform is stopping", done);
        return;
      }
      CaseView c = cases.record(id);
      DocumentType type = typeFor(c);
      if (type == null) {
        continue;
      }
      try {
        approved += process(c, type, done, today, random) ? 1 : 0;
      } catch (RuntimeException e) {
        log.warn("Demo document for {} left as it stands: {}", c.caseNumber(), e.getMessage());
      }
      progress.processed(++done);
      if (done % 25 == 0) {
        log.info("Demo documents: {} processed, {} approved", done, approved);
      }
    }
    int released = 0;
    for (long id : ids) {
      if (released >= releaseCount || DemoWorkers.stopping()) {
        break;
      }
      CaseView c = cases.record(id);
      if (typeFor(c) == DocumentType.INDICTMENT
          && last(c, CaseEventType.JUDGMENT_EFFECTIVE) != null) {
        try {
          int n = released;
          LocalDate on = last(c, CaseEventType.JUDGMENT_EFFECTIVE).plusDays(3 + n % 7);
          boolean[] ok = new boolean[1];
          // Pinned releases (the first three) are today's, so their pin runs from now.
          inThePast(
              n < 3 ? today : on,
              today,
              () -> ok[0] = demoReleases.publishAbout(c, n, LocalDate.now(clock)));
          released += ok[0] ? 1 : 0;
        } catch (RuntimeException e) {
          log.warn("Demo release for {} left as it stands: {}", c.caseNumber(), e.getMessage());
        }
      }
    }
    jdbc.sql("insert into demo_data_set (name, loaded_at) values (?, ?) on conflict do nothing")
        .params(DATA_SET, Timestamp.from(clock.instant()))
        .update();
    log.info(
        "Demo documents loaded: {} documents, {} approved (published or waiting); {} releases",
        done,
        approved,
        released);
  }

  /** The court's effective judgments and the announced decisions, as upstream would send them. */
  private void recordCourtEvents(List<Long> ids, LocalDate today) {
    List<String> lines = new ArrayList<>();
    for (long id : ids) {
      CaseView c = cases.record(id);
      LocalDate prosecuted = last(c, CaseEventType.PROSECUTED);
      LocalDate notProsecuted = last(c, CaseEventType.NOT_PROSECUTED);
      if (prosecuted != null && prosecuted.plusDays(25).isBefore(today)) {
        lines.add(event(c.caseNumber(), "J1", "JUDGMENT_EFFECTIVE", prosecuted.plusDays(25)));
      }
      if (notProsecuted != null && !notProsecuted.plusDays(3).isAfter(today)) {
        lines.add(event(c.caseNumber(), "A1", "DECISION_ANNOUNCED", notProsecuted.plusDays(3)));
      }
    }
    try {
      cases.importSystemBatch(new StringReader(String.join("\n", lines)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private boolean process(CaseView c, DocumentType type, int i, LocalDate today, Random random) {
    LocalDate signed =
        type == DocumentType.INDICTMENT
            ? last(c, CaseEventType.PROSECUTED)
            : last(c, CaseEventType.NOT_PROSECUTED);
    String number = documentNumber(c, type);
    String text =
        type == DocumentType.INDICTMENT
            ? DemoDocuments.indictment(c, number, signed, random)
            : DemoDocuments.nonProsecution(c, number, signed, random);
    int stage = i % 10;
    // What is finished happened when it would have: the document arrived the day after signing and
    // went through its chain a few days after its condition was met. What is still open is today's.
    boolean finished = stage > 2;
    long[] id = new long[1];
    boolean[] withheld = new boolean[1];
    inThePast(
        finished ? signed.plusDays(1) : today,
        today,
        () -> {
          id[0] =
              documents.createFromUpstream(
                  new NewDocument(c.id(), number, type, text, "统一业务应用系统", signed, false));
          if (c.accused().stream()
              .flatMap(p -> p.screening().stream())
              .anyMatch(f -> f.outcome() == ScreeningOutcome.WITHHELD_BY_LAW && !f.overridden())) {
            workflow.withhold(
                staff(c, Role.CASE_HANDLER), id[0], WithholdingReason.MINOR_OFFENDER, null);
            withheld[0] = true;
          }
        });
    if (withheld[0] || stage == 0) {
      return false; // withheld by law, or still with the handler
    }
    boolean[] complete = new boolean[1];
    inThePast(
        finished ? approvedOn(c, type, signed, i) : today,
        today,
        () -> {
          // The demo's handler has looked at any kept item the engine's proposal lost.
          ApprovalView a = workflow.submit(staff(c, Role.CASE_HANDLER), id[0], true);
          List<Role> steps = a.steps();
          int upTo = stage == 1 ? 0 : stage == 2 ? 1 : steps.size();
          for (int s = 0; s < upTo; s++) {
            workflow.decide(staff(c, steps.get(s)), id[0], true, "同意", a.contentHash());
          }
          complete[0] = upTo == steps.size();
        });
    return complete[0];
  }

  /** A few days after the condition (the judgment, the announcement) or after signing. */
  private static LocalDate approvedOn(CaseView c, DocumentType type, LocalDate signed, int i) {
    LocalDate condition =
        type == DocumentType.INDICTMENT
            ? last(c, CaseEventType.JUDGMENT_EFFECTIVE)
            : last(c, CaseEventType.DECISION_ANNOUNCED);
    return (condition == null ? signed : condition).plusDays(2 + i % 5);
  }

  /** Runs the work at ten in the morning of that day, or now when the day has not passed yet. */
  private void inThePast(LocalDate day, LocalDate today, Runnable work) {
    if (!day.isBefore(today)) {
      work.run();
      return;
    }
    ReplayableClock.asOf(day.atTime(10, 0).atZone(clock.getZone()).toInstant(), work);
  }

  private static DocumentType typeFor(CaseView c) {
    if (c.accused().isEmpty()) {
      return null;
    }
    PartyRecord first = c.accused().get(0);
    boolean prosecuted =
        first.events().stream().anyMatch(e -> e.type() == CaseEventType.PROSECUTED);
    boolean dropped =
        first.events().stream().anyMatch(e -> e.type() == CaseEventType.NOT_PROSECUTED);
    return prosecuted
        ? DocumentType.INDICTMENT
        : dropped ? DocumentType.NON_PROSECUTION_DECISION : null;
  }

  private static String documentNumber(CaseView c, DocumentType type) {
    String kind = type == DocumentType.INDICTMENT ? "刑诉" : "刑不诉";
    return c.caseNumber().replace("检刑诉受", "检" + kind);
  }

  private StaffIdentity staff(CaseView c, Role role) {
    return demoStaff.of(c, role);
  }

  private static LocalDate last(CaseView c, CaseEventType type) {
    return c.parties().stream()
        .flatMap(p -> p.events().stream())
        .filter(e -> e.type() == type)
        .map(EventView::occurredOn)
        .max(LocalDate::compareTo)
        .orElse(null);
  }

  private static String event(String number, String id, String type, LocalDate on) {
    return String.format(
        "{\"record\":\"event\",\"caseNumber\":\"%s\",\"eventId\":\"%s\",\"partyNo\":null,\"type\":\"%s\",\"on\":\"%s\"}",
        number, id, type, on);
  }
}
