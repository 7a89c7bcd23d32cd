package org.sunshine.platform.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.ProcuratorateView;
import org.sunshine.platform.texts.Texts;

/**
 * Applies import records one by one, each in its own transaction: a bad record is reported with its
 * field and never half-applied, and never stops the rest of the batch. Applying the same record
 * twice changes nothing; an older case version than the stored one is ignored, so late or repeated
 * messages never roll a case back.
 */
@Component
class CaseImport {

  enum Outcome {
    APPLIED,
    UNCHANGED
  }

  private final CaseRows rows;
  private final Screening screening;
  private final Directory directory;
  private final DeadlinePolicy policy;
  private final TransactionTemplate perRecord;
  private final EventBatch events;
  private final ApplicationEventPublisher publisher;
  private final RightsNotices rightsNotices;
  private final Clock clock;

  CaseImport(
      CaseRows rows,
      Screening screening,
      Directory directory,
      DeadlinePolicy policy,
      PlatformTransactionManager tx,
      Clock clock,
      EventBatch events,
      ApplicationEventPublisher publisher,
      RightsNotices rightsNotices) {
    this.events = events;
    this.publisher = publisher;
    this.rightsNotices = rightsNotices;
    this.rows = rows;
    this.screening = screening;
    this.directory = directory;
    this.policy = policy;
    this.perRecord = new TransactionTemplate(tx);
    this.perRecord.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.clock = clock;
  }

  /** Parsed lines in order: a record or the reason it could not be read. */
  record Line(
      int number, ImportRecords.ImportRecord record, RecordParser.RejectedField unreadable) {}

  ImportReport apply(List<Line> lines, Set<Long> scope, String actor) {
    Tally tally = new Tally();
    List<EventBatch.Item> chunk = new ArrayList<>();
    for (Line line : lines) {
      if (line.record() instanceof ImportRecords.EventRecord e) {
        chunk.add(new EventBatch.Item(line.number(), e));
        if (chunk.size() == CHUNK) {
          applyChunk(chunk, lines, scope, actor, tally);
          chunk = new ArrayList<>();
        }
        continue;
      }
      applyChunk(chunk, lines, scope, actor, tally);
      chunk = new ArrayList<>();
      applyOneLine(line, scope, actor, tally);
    }
    applyChunk(chunk, lines, scope, actor, tally);
    tally.errors.sort(Comparator.comparingInt(ImportReport.RecordError::line));
    return new ImportReport(
        lines.size(), tally.applied, tally.unchanged, tally.errors.size(), tally.errors);
  }

  private static final int CHUNK = 2000;

  private static final class Tally {
    int applied;
    int unchanged;
    final List<ImportReport.RecordError> errors = new ArrayList<>();
  }

  /** Events in one transaction and one batch; if the batch fails, the same events one by one. */
  private void applyChunk(
      List<EventBatch.Item> chunk, List<Line> lines, Set<Long> scope, String actor, Tally tally) {
    if (chunk.isEmpty()) {
      return;
    }
    try {
      EventBatch.Result r =
          perRecord.execute(
              status -> {
                EventBatch.Result applied = events.apply(chunk, scope, actor);
                // Inside the batch's transaction: listeners hear of it only once it commits.
                if (!applied.progressed().isEmpty()) {
                  publisher.publishEvent(new CaseEventsImported(applied.progressed()));
                }
                applied.progressed().stream()
                    .filter(p -> p.type() == CaseEventType.ACCEPTED)
                    .map(CaseProgressed::caseId)
                    .distinct()
                    .forEach(rightsNotices::accepted);
                return applied;
              });
      tally.applied += r.applied();
      tally.unchanged += r.unchanged();
      tally.errors.addAll(r.errors());
    } catch (DataAccessException e) {
      for (EventBatch.Item item : chunk) {
        applyOneLine(new Line(item.line(), item.record(), null), scope, actor, tally);
      }
    }
  }

  private void applyOneLine(Line line, Set<Long> scope, String actor, Tally tally) {
    if (line.unreadable() != null) {
      tally.errors.add(
          new ImportReport.RecordError(
              line.number(), null, line.unreadable().field, line.unreadable().getMessage()));
      return;
    }
    try {
      Outcome outcome =
          perRecord.execute(
              status -> {
                try {
                  return applyOne(line.record(), scope, actor);
                } catch (RecordParser.RejectedField e) {
                  throw new Rejected(e);
                }
              });
      if (outcome == Outcome.APPLIED) {
        tally.applied++;
      } else {
        tally.unchanged++;
      }
    } catch (DataIntegrityViolationException e) {
      // A value the database refuses (too long, out of range): this record only, reported, the
      // batch goes on.
      tally.errors.add(
          new ImportReport.RecordError(
              line.number(),
              line.record().caseNumber(),
              "(record)",
              Texts.text("cases.case-import.record.refused")));
    } catch (Rejected e) {
      tally.errors.add(
          new ImportReport.RecordError(
              line.number(), line.record().caseNumber(), e.field.field, e.field.getMessage()));
    }
  }

  private Outcome applyOne(ImportRecords.ImportRecord record, Set<Long> scope, String actor)
      throws RecordParser.RejectedField {
    if (record instanceof ImportRecords.CaseRecord c) {
      return applyCase(c, scope);
    }
    if (record instanceof ImportRecords.EventRecord e) {
      return applyEvent(e, scope, actor);
    }
    return applyMeasure((ImportRecords.MeasureRecord) record, scope);
  }

  private Outcome applyCase(ImportRecords.CaseRecord c, Set<Long> scope)
      throws RecordParser.RejectedField {
    ProcuratorateView unit =
        directory
            .findByCode(c.unitCode())
            .orElseThrow(
                () ->
                    new RecordParser.RejectedField(
                        "unit", Texts.text("cases.case-import.unit.unknown", c.unitCode())));
    if (scope != null && !scope.contains(unit.id())) {
      throw new RecordParser.RejectedField(
          "unit", Texts.text("cases.case-import.unit.out-of-scope", unit.name()));
    }
    var existing = rows.byNumberForUpdate(c.caseNumber());
    if (existing.isPresent() && scope != null && !scope.contains(existing.get().unitId())) {
      // The stored case belongs to a unit outside the importer's scope: it cannot be moved into it.
      throw new RecordParser.RejectedField(
          "caseNumber", Texts.text("cases.case-import.case.out-of-scope", c.caseNumber()));
    }
    if (existing.isPresent() && existing.get().version() >= c.version()) {
      return Outcome.UNCHANGED;
    }
    long id;
    boolean wasWithheld = existing.isPresent() && screening.withheld(existing.get().id());
    if (existing.isPresent()) {
      id = existing.get().id();
      rows.updateCase(id, c, unit.id(), clock.instant());
    } else {
      id = rows.insertCase(c, unit.id(), clock.instant());
    }
    for (ImportRecords.PartyData p : c.parties()) {
      rows.upsertParty(id, p);
    }
    screening.screen(id, wasWithheld);
    return Outcome.APPLIED;
  }

  private Outcome applyEvent(ImportRecords.EventRecord e, Set<Long> scope, String actor)
      throws RecordParser.RejectedField {
    CaseRows.CaseRow c = knownCase(e.caseNumber(), scope);
    Long partyId = e.partyNo() == null ? null : partyId(c.id(), e.partyNo());
    var existing = rows.event(c.id(), e.eventId());
    if (existing.isPresent()) {
      EventView known = existing.get();
      if (known.type() == e.type() && known.occurredOn().equals(e.on())) {
        return Outcome.UNCHANGED;
      }
      throw new RecordParser.RejectedField(
          "eventId",
          Texts.text("cases.case-import.event.conflict", known.type(), known.occurredOn()));
    }
    validateEventDate(c, e.type(), e.on());
    validateReturns(c.id(), partyId, e.type());
    rows.insertEvent(
        c.id(), partyId, e.eventId(), e.type(), e.on(), e.detail(), actor, clock.instant());
    publisher.publishEvent(new CaseProgressed(c.id(), c.caseNumber(), partyId, e.type(), e.on()));
    if (e.type() == CaseEventType.ACCEPTED) {
      rightsNotices.accepted(c.id());
    }
    return Outcome.APPLIED;
  }

  /** 刑事诉讼法 第一百七十五条: at most two returns for supplementary investigation. */
  void validateReturns(long caseId, Long partyId, CaseEventType type)
      throws RecordParser.RejectedField {
    if (type != CaseEventType.RETURNED_FOR_SUPPLEMENTARY_INVESTIGATION) {
      return;
    }
    long returns =
        rows.events(caseId).stream()
            .filter(x -> x.type() == CaseEventType.RETURNED_FOR_SUPPLEMENTARY_INVESTIGATION)
            .filter(x -> x.partyId() == null || partyId == null || x.partyId().equals(partyId))
            .count();
    if (returns >= policy.maxReturns()) {
      throw new RecordParser.RejectedField(
          "type", Texts.text("cases.case-import.event.returns-exhausted", policy.maxReturns()));
    }
  }

  void validateEventDate(CaseRows.CaseRow c, CaseEventType type, LocalDate on)
      throws RecordParser.RejectedField {
    if (c.acceptedOn() != null && type != CaseEventType.ACCEPTED && on.isBefore(c.acceptedOn())) {
      String what =
          type.concludes()
              ? Texts.text("cases.case-import.event.concluded-on")
              : Texts.text("cases.case-import.event.on");
      throw new RecordParser.RejectedField(
          "on", Texts.text("cases.case-import.event.before-accepted", what, on, c.acceptedOn()));
    }
    if (on.isAfter(LocalDate.now(clock).plusDays(1))) {
      throw new RecordParser.RejectedField("on", Texts.text("cases.case-import.event.future", on));
    }
  }

  private Outcome applyMeasure(ImportRecords.MeasureRecord m, Set<Long> scope)
      throws RecordParser.RejectedField {
    CaseRows.CaseRow c = knownCase(m.caseNumber(), scope);
    long partyId = partyId(c.id(), m.partyNo());
    return rows.insertMeasure(c.id(), partyId, m.measureId(), m.kind(), m.from(), m.to())
        ? Outcome.APPLIED
        : Outcome.UNCHANGED;
  }

  CaseRows.CaseRow knownCase(String number, Set<Long> scope) throws RecordParser.RejectedField {
    CaseRows.CaseRow c =
        rows.byNumber(number)
            .orElseThrow(
                () ->
                    new RecordParser.RejectedField(
                        "caseNumber", Texts.text("cases.case-import.case.unknown", number)));
    if (scope != null && !scope.contains(c.unitId())) {
      throw new RecordParser.RejectedField(
          "caseNumber", Texts.text("cases.case-import.case.out-of-scope", number));
    }
    return c;
  }

  long partyId(long caseId, String partyNo) throws RecordParser.RejectedField {
    return rows.parties(caseId).stream()
        .filter(p -> p.partyNo().equals(partyNo))
        .findFirst()
        .orElseThrow(
            () ->
                new RecordParser.RejectedField(
                    "partyNo", Texts.text("cases.case-import.party.unknown", partyNo)))
        .id();
  }

  /** Carries a rejection out of the transaction callback, which rolls the record back. */
  private static final class Rejected extends RuntimeException {
    final RecordParser.RejectedField field;

    Rejected(RecordParser.RejectedField field) {
      super(field.getMessage(), null, false, false);
      this.field = field;
    }
  }
}
