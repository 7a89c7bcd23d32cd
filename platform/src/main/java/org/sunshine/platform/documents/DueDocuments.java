package org.sunshine.platform.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunshine.platform.cases.CaseView;
import org.sunshine.platform.cases.Cases;
import org.sunshine.platform.cases.WorkingCalendar;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.ProcuratorateView;
import org.sunshine.platform.publication.PublicationChannel;
import org.sunshine.platform.publication.Publications;
import org.sunshine.platform.publication.PublishedRevision;

/**
 * The documents that have become due, read by the statistics ledger (its events and its rebuild):
 * the same due date the document list and the reminders use ({@link PublicationRules#dueOn}).
 * Internal working documents and documents whose trigger has not happened are never due.
 */
@Service
public class DueDocuments {

  private final DocumentRows rows;
  private final Cases cases;
  private final PublicationRules rules;
  private final WorkingCalendar calendar;
  private final Publications publications;
  private final Directory directory;

  DueDocuments(
      DocumentRows rows,
      Cases cases,
      PublicationRules rules,
      WorkingCalendar calendar,
      Publications publications,
      Directory directory) {
    this.rows = rows;
    this.cases = cases;
    this.rules = rules;
    this.calendar = calendar;
    this.publications = publications;
    this.directory = directory;
  }

  /** One document, if it is due. */
  @Transactional(readOnly = true)
  public Optional<DueDocument> find(long documentId) {
    return rows.find(documentId).flatMap(d -> due(d, cases.record(d.caseId())));
  }

  /** The due documents of one case (its trigger event may just have arrived). */
  @Transactional(readOnly = true)
  public List<DueDocument> ofCase(long caseId) {
    CaseView c = cases.record(caseId);
    return rows.ofCase(caseId).stream().flatMap(d -> due(d, c).stream()).toList();
  }

  /** Every due document of every unit (the ledger's rebuild and drift check). */
  @Transactional(readOnly = true)
  public List<DueDocument> all() {
    List<Long> units = directory.all().stream().map(ProcuratorateView::id).toList();
    Map<Long, CaseView> byCase = new HashMap<>();
    List<DueDocument> list = new ArrayList<>();
    for (DocumentRows.DocumentRow d : rows.inUnits(units, false, Integer.MAX_VALUE)) {
      due(d, byCase.computeIfAbsent(d.caseId(), cases::record)).ifPresent(list::add);
    }
    return list;
  }

  private Optional<DueDocument> due(DocumentRows.DocumentRow d, CaseView c) {
    if (rules.rule(d.type()).channel() == PublicationChannel.INTERNAL) {
      return Optional.empty();
    }
    LocalDate from = rules.publishableFrom(d.type(), c, d.decidedOn());
    LocalDate due = rules.dueOn(d.type(), from, calendar);
    if (due == null) {
      return Optional.empty();
    }
    List<PublishedRevision> out = d.revision() > 0 ? publications.revisions(d.id()) : List.of();
    LocalDate first = out.isEmpty() ? null : out.get(out.size() - 1).publishedOn();
    return Optional.of(
        new DueDocument(
            d.id(),
            d.caseId(),
            d.unitId(),
            d.documentNumber(),
            d.type(),
            rules.rule(d.type()).channel(),
            state(d),
            d.createdBy(),
            from,
            due,
            first,
            d.revision(),
            d.withholdingReason(),
            d.withheldOn(),
            d.withdrawalReason()));
  }

  private static String state(DocumentRows.DocumentRow d) {
    return switch (d.status()) {
      case WITHHELD -> "WITHHELD";
      case WITHDRAWN -> "WITHDRAWN";
      case PUBLISHED -> "PUBLISHED";
      // A correction in draft or approval: the public still has the earlier revision.
      // Approved and waiting for its condition: not public yet.
      case DRAFT, IN_APPROVAL, APPROVED -> d.revision() > 0 ? "PUBLISHED" : "OPEN";
    };
  }
}
