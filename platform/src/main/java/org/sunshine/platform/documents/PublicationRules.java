package org.sunshine.platform.documents;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.sunshine.platform.cases.CaseEventType;
import org.sunshine.platform.cases.CaseView;
import org.sunshine.platform.cases.EventView;
import org.sunshine.platform.cases.PartyRecord;
import org.sunshine.platform.cases.WorkingCalendar;
import org.sunshine.platform.publication.PublicationChannel;
import org.sunshine.redaction.DocumentType;

/**
 * When and where each document type is published (RULES.md §4) and by when (2014 规定 第二十一条: 10 days;
 * the court's 7 working days shows why working days are an option).
 *
 * @param types per type: channel, the case event that makes it publishable (none: its own decision
 *     date), the days allowed and whether they are working days
 * @param reminders when due-date reminders start and when they climb to the deputy chief
 */
@ConfigurationProperties("sunshine.documents")
record PublicationRules(Map<DocumentType, TypeRule> types, Reminders reminders) {

  /**
   * @param remindBefore working days before the due date that the handler is reminded
   * @param escalateAfter working days overdue after which the deputy chief is reminded too
   */
  record Reminders(Integer remindBefore, Integer escalateAfter) {
    Reminders {
      remindBefore = remindBefore == null ? 2 : remindBefore;
      escalateAfter = escalateAfter == null ? 5 : escalateAfter;
    }
  }

  /**
   * @param trigger the event that makes the document publishable; null means the document's own
   *     decision date
   */
  public record TypeRule(
      PublicationChannel channel, CaseEventType trigger, int days, boolean workingDays) {}

  public PublicationRules {
    Map<DocumentType, TypeRule> all = new EnumMap<>(DocumentType.class);
    all.putAll(defaults());
    if (types != null) {
      all.putAll(types);
    }
    types = Map.copyOf(all);
    reminders = reminders == null ? new Reminders(null, null) : reminders;
  }

  static Map<DocumentType, TypeRule> defaults() {
    Map<DocumentType, TypeRule> d = new EnumMap<>(DocumentType.class);
    var internet = PublicationChannel.INTERNET;
    var kiosk = PublicationChannel.KIOSK;
    d.put(
        DocumentType.INDICTMENT,
        new TypeRule(internet, CaseEventType.JUDGMENT_EFFECTIVE, 10, false));
    d.put(
        DocumentType.PROTEST, new TypeRule(internet, CaseEventType.JUDGMENT_EFFECTIVE, 10, false));
    d.put(
        DocumentType.NON_PROSECUTION_DECISION,
        new TypeRule(internet, CaseEventType.DECISION_ANNOUNCED, 10, false));
    d.put(
        DocumentType.PETITION_REVIEW_DECISION,
        new TypeRule(internet, CaseEventType.DECISION_SERVED, 10, false));
    d.put(DocumentType.NO_CASE_DECISION, new TypeRule(kiosk, null, 10, false));
    d.put(DocumentType.CASE_WITHDRAWAL_DECISION, new TypeRule(kiosk, null, 10, false));
    d.put(DocumentType.ARREST_REFUSAL_DECISION, new TypeRule(kiosk, null, 10, false));
    d.put(DocumentType.OTHER, new TypeRule(PublicationChannel.INTERNAL, null, 10, false));
    return d;
  }

  public TypeRule rule(DocumentType type) {
    return types.get(type);
  }

  /** The day the document becomes publishable, or null while its trigger has not happened. */
  public LocalDate publishableFrom(DocumentType type, CaseView c, LocalDate decidedOn) {
    TypeRule r = rule(type);
    if (r.channel() == PublicationChannel.INTERNAL) {
      return null;
    }
    if (r.trigger() == null) {
      return decidedOn;
    }
    // Every accused person's judgment must be effective (one co-defendant's appeal holds it back).
    List<PartyRecord> accused = c.accused();
    if (accused.isEmpty()) {
      return earliest(c.caseEvents().stream(), r.trigger());
    }
    LocalDate latest = null;
    for (PartyRecord p : accused) {
      LocalDate own =
          earliest(Stream.concat(c.caseEvents().stream(), p.events().stream()), r.trigger());
      if (own == null) {
        return null;
      }
      latest = latest == null || own.isAfter(latest) ? own : latest;
    }
    return latest;
  }

  private static LocalDate earliest(Stream<EventView> events, CaseEventType type) {
    return events
        .filter(e -> e.type() == type)
        .map(EventView::occurredOn)
        .min(LocalDate::compareTo)
        .orElse(null);
  }

  /**
   * The due date: {@code days} after the day it became publishable; counted in working days where
   * configured, and a last day on a holiday moves to the next working day either way.
   */
  public LocalDate dueOn(DocumentType type, LocalDate from, WorkingCalendar calendar) {
    if (from == null) {
      return null;
    }
    TypeRule r = rule(type);
    return r.workingDays()
        ? calendar.plusWorkingDays(from, r.days())
        : calendar.onOrAfter(from.plusDays(r.days()));
  }
}
