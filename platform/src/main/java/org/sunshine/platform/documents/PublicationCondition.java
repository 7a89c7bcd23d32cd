package org.sunshine.platform.documents;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.sunshine.platform.cases.CaseEventType;
import org.sunshine.platform.publication.PublicationChannel;

/**
 * The publication condition of a document, in words, with whether it is met: shown on the document
 * page and in its approval task from the first step, so the chain knows before 案管's click whether
 * approval publishes now or leaves the document waiting.
 */
@Component
class PublicationCondition {

  private final PublicationRules rules;
  private final MessageSource messages;

  PublicationCondition(PublicationRules rules, MessageSource messages) {
    this.rules = rules;
    this.messages = messages;
  }

  /** E.g. "公开条件：法院判决、裁定生效后（尚未生效）" or "…（已满足：2026-11-03 判决、裁定生效）". */
  String describe(DocumentSummary s) {
    PublicationRules.TypeRule rule = rules.rule(s.type());
    if (rule.channel() == PublicationChannel.INTERNAL) {
      return text("documents.condition.internal");
    }
    CaseEventType trigger = rule.trigger();
    String what = trigger == null ? "decided" : trigger.name();
    String when = text("documents.condition.when." + what);
    LocalDate from = s.publishableFrom();
    String state =
        from == null
            ? text("documents.condition.notMet." + what)
            : text(
                "documents.condition.met",
                from.toString(),
                text("documents.condition.event." + what));
    return text("documents.condition", when, state);
  }

  /**
   * The condition of every approved document that waits for it, by document id: the lists show it
   * under the status, so nobody takes 已审批 for published.
   */
  Map<Long, String> ofWaiting(List<DocumentSummary> documents) {
    Map<Long, String> waiting = new HashMap<>();
    for (DocumentSummary s : documents) {
      if (s.status() == DocumentStatus.APPROVED) {
        waiting.put(s.id(), describe(s));
      }
    }
    return waiting;
  }

  /** What the last approval did: published, or left the document waiting for its condition. */
  String afterApproval(DocumentSummary s) {
    return s.status() == DocumentStatus.APPROVED
        ? text("documents.decided.waiting", describe(s))
        : text("documents.decided.approved");
  }

  /** Whether the condition is met (false also for internal documents, never published). */
  boolean met(DocumentSummary s) {
    return s.publishableFrom() != null
        && rules.rule(s.type()).channel() != PublicationChannel.INTERNAL;
  }

  private String text(String key, Object... args) {
    return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
  }
}
