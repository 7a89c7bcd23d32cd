package org.sunshine.platform.documents;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.sunshine.platform.audit.AuditLog;
import org.sunshine.platform.audit.Channel;
import org.sunshine.platform.cases.CaseEventType;
import org.sunshine.platform.cases.CaseEventsImported;
import org.sunshine.platform.cases.CaseProgressed;
import org.sunshine.platform.notifications.Message;
import org.sunshine.platform.notifications.MessageChannel;
import org.sunshine.platform.notifications.Notifications;
import org.sunshine.platform.organisation.Role;
import org.sunshine.platform.organisation.StaffAccounts;

/**
 * Publishes the documents that were approved before their publication condition (a 起诉书 before the
 * judgment is effective, 第二十一条: published after it) as soon as the case event that meets it is
 * recorded. Runs after the case's commit; repeated events find nothing left waiting. A document
 * whose re-check fails then goes back to its handler with a notice, never out.
 */
@Component
class ConditionalPublication {

  private static final Logger log = LoggerFactory.getLogger(ConditionalPublication.class);
  private static final String SYSTEM = "system";

  private final DocumentRows rows;
  private final ApprovedPublication publisher;
  private final AuditLog audit;
  private final StaffAccounts accounts;
  private final Notifications notifications;
  private final TransactionTemplate ownTransaction;
  private final Clock clock;
  private final Set<CaseEventType> triggers;

  ConditionalPublication(
      DocumentRows rows,
      ApprovedPublication publisher,
      AuditLog audit,
      StaffAccounts accounts,
      Notifications notifications,
      PlatformTransactionManager transactions,
      PublicationRules rules,
      Clock clock) {
    this.rows = rows;
    this.publisher = publisher;
    this.audit = audit;
    this.accounts = accounts;
    this.notifications = notifications;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.clock = clock;
    this.triggers =
        rules.types().values().stream()
            .map(PublicationRules.TypeRule::trigger)
            .filter(Objects::nonNull)
            .collect(Collectors.toUnmodifiableSet());
  }

  @ApplicationModuleListener
  void on(CaseProgressed event) {
    publishWaiting(List.of(event));
  }

  @ApplicationModuleListener
  void on(CaseEventsImported imported) {
    publishWaiting(imported.events());
  }

  /**
   * Catches a document whose last approval committed just after its condition's event was handled
   * (the listener saw it still in approval), and one whose publication failed for a passing reason.
   */
  @Scheduled(cron = "${sunshine.documents.waiting-cron:0 */15 * * * *}")
  @SchedulerLock(name = "documents.publish-waiting")
  public void runScheduled() {
    sweep();
  }

  /** Publishes every waiting document whose condition is met; returns how many. */
  int sweep() {
    int published = 0;
    for (DocumentRows.DocumentRow row : rows.waiting()) {
      published += publish(row) ? 1 : 0;
    }
    return published;
  }

  private void publishWaiting(Collection<CaseProgressed> events) {
    events.stream()
        .filter(e -> triggers.contains(e.type()))
        .map(CaseProgressed::caseId)
        .distinct()
        .flatMap(caseId -> rows.waitingOf(caseId).stream())
        .forEach(this::publish);
  }

  private boolean publish(DocumentRows.DocumentRow row) {
    try {
      return publisher.whenConditionMet(row.id());
    } catch (IllegalStateException e) {
      // Never the residual hits themselves: they are names and numbers, and the audit trail keeps
      // what it is given for ever.
      String why = e instanceof ApprovedPublication.ResidualFound r ? r.summary() : e.getMessage();
      log.warn("Document {} not published on its condition: {}", row.id(), why);
      ownTransaction.executeWithoutResult(s -> sendBack(row.id(), why));
      return false;
    }
  }

  private void sendBack(long id, String why) {
    LegalDocument d = new LegalDocument(rows.lock(id).orElseThrow());
    if (d.status() != DocumentStatus.APPROVED) {
      return;
    }
    d.conditionRecheckFailed();
    rows.save(d, clock.instant());
    audit.record(
        SYSTEM,
        null,
        "PUBLISH_ON_CONDITION_BLOCKED",
        Documents.SUBJECT,
        String.valueOf(id),
        why,
        Channel.SYSTEM);
    DocumentRows.DocumentRow row = rows.find(id).orElseThrow();
    Set<String> who = new LinkedHashSet<>();
    if (!SYSTEM.equals(row.createdBy())) {
      who.add(row.createdBy());
    }
    // An upstream document has no handler account: the unit's department heads hear of it.
    who.addAll(accounts.holdersOf(row.unitId(), Role.DEPARTMENT_HEAD));
    for (String username : who) {
      notifications.send(
          new Message(
              "document-blocked:" + id + ":" + clock.instant().toEpochMilli(),
              "staff:" + username,
              Set.of(MessageChannel.INBOX),
              null,
              null,
              "document-blocked",
              List.of(row.documentNumber(), why),
              "/console/documents/" + id,
              false,
              false,
              row.unitId()));
    }
  }
}
