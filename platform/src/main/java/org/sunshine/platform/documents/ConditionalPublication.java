package org.sunshine.platform.documents;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.sunshine.platform.audit.AuditLog;
import org.sunshine.platform.audit.Channel;
import org.sunshine.platform.cases.CaseEventType;
import org.sunshine.platform.cases.CaseEventsImported;
import org.sunshine.platform.cases.CaseProgressed;

/**
 * Publishes the documents that were approved before their publication condition (a 起诉书 before the
 * judgment is effective, 第二十一条: published after it) as soon as the case event that meets it is
 * recorded. Runs after the case's commit; repeated events find nothing left waiting.
 */
@Component
class ConditionalPublication {

  private static final Logger log = LoggerFactory.getLogger(ConditionalPublication.class);

  private final DocumentRows rows;
  private final DocumentWorkflow workflow;
  private final AuditLog audit;
  private final Set<CaseEventType> triggers;

  ConditionalPublication(
      DocumentRows rows, DocumentWorkflow workflow, AuditLog audit, PublicationRules rules) {
    this.rows = rows;
    this.workflow = workflow;
    this.audit = audit;
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

  private void publishWaiting(Collection<CaseProgressed> events) {
    events.stream()
        .filter(e -> triggers.contains(e.type()))
        .map(CaseProgressed::caseId)
        .distinct()
        .flatMap(caseId -> rows.waitingOf(caseId).stream())
        .forEach(this::publish);
  }

  private void publish(DocumentRows.DocumentRow row) {
    try {
      workflow.publishWhenConditionMet(row.id());
    } catch (IllegalStateException e) {
      // It stays approved and waiting (and shows as overdue once its due date passes): the
      // re-check found something the approved text must not show.
      log.warn("Document {} not published on its condition: {}", row.id(), e.getMessage());
      audit.record(
          "system",
          null,
          "PUBLISH_ON_CONDITION_BLOCKED",
          Documents.SUBJECT,
          String.valueOf(row.id()),
          e.getMessage(),
          Channel.SYSTEM);
    }
  }
}
