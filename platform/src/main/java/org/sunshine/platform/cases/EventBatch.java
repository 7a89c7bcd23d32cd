package org.sunshine.platform.cases;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.sunshine.platform.texts.Texts;

/**
 * The fast path for the bulk of an import, procedural events: a chunk of events is validated
 * against what the database already holds (read in three queries) and written with one batch
 * insert, in one transaction. The rules are those of {@link CaseImport}; a record that breaks one
 * is reported and left out, and if the batch itself fails the caller replays the chunk record by
 * record.
 */
@Component
class EventBatch {

  record Item(int line, ImportRecords.EventRecord record) {}

  record Result(
      int applied,
      int unchanged,
      List<ImportReport.RecordError> errors,
      List<CaseProgressed> progressed) {}

  private record CaseInfo(long id, long unitId, LocalDate acceptedOn) {}

  private record Known(CaseEventType type, LocalDate on, Long partyId) {}

  private final NamedParameterJdbcTemplate named;
  private final JdbcTemplate jdbc;
  private final DeadlinePolicy policy;
  private final Clock clock;

  EventBatch(
      NamedParameterJdbcTemplate named, JdbcTemplate jdbc, DeadlinePolicy policy, Clock clock) {
    this.named = named;
    this.jdbc = jdbc;
    this.policy = policy;
    this.clock = clock;
  }

  /**
   * Inserting events bumps each case's revision (V7), which locks the case row until commit; taking
   * those locks up front in id order keeps two concurrent imports of overlapping cases from
   * deadlocking.
   */
  private void lockInIdOrder(Map<String, CaseInfo> cases) {
    if (cases.isEmpty()) {
      return;
    }
    named.query(
        "select id from criminal_case where id in (:ids) order by id for no key update",
        Map.of("ids", cases.values().stream().map(CaseInfo::id).toList()),
        (rs, n) -> rs.getLong(1));
  }

  /** Runs inside the caller's transaction. */
  Result apply(List<Item> items, Set<Long> scope, String actor) {
    Map<String, CaseInfo> cases = loadCases(items);
    lockInIdOrder(cases);
    Map<Long, Map<String, Long>> parties = loadParties(cases);
    Map<Long, Map<String, Known>> known = loadEvents(cases);
    LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
    Instant now = clock.instant();
    List<Object[]> inserts = new ArrayList<>();
    List<CaseProgressed> progressed = new ArrayList<>();
    List<ImportReport.RecordError> errors = new ArrayList<>();
    int unchanged = 0;
    for (Item item : items) {
      ImportRecords.EventRecord e = item.record();
      CaseInfo c = cases.get(e.caseNumber());
      String problem = null;
      String field = null;
      Long partyId = null;
      if (c == null || scope != null && !scope.contains(c.unitId())) {
        field = "caseNumber";
        problem =
            c == null
                ? Texts.text("cases.event-batch.case.unknown", e.caseNumber())
                : Texts.text("cases.event-batch.case.out-of-scope", e.caseNumber());
      } else if (e.partyNo() != null
          && (partyId = parties.getOrDefault(c.id(), Map.of()).get(e.partyNo())) == null) {
        field = "partyNo";
        problem = Texts.text("cases.event-batch.party.unknown", e.partyNo());
      }
      Map<String, Known> events =
          c == null ? Map.of() : known.computeIfAbsent(c.id(), k -> new HashMap<>());
      Known existing = events.get(e.eventId());
      if (problem == null && existing != null) {
        if (existing.type() == e.type() && existing.on().equals(e.on())) {
          unchanged++;
          continue;
        }
        field = "eventId";
        problem = Texts.text("cases.event-batch.event.conflict", existing.type(), existing.on());
      }
      if (problem == null
          && c.acceptedOn() != null
          && e.type() != CaseEventType.ACCEPTED
          && e.on().isBefore(c.acceptedOn())) {
        field = "on";
        problem =
            Texts.text(
                "cases.event-batch.event.before-accepted",
                (e.type().concludes()
                    ? Texts.text("cases.event-batch.event.concluded-on")
                    : Texts.text("cases.event-batch.event.on")),
                e.on(),
                c.acceptedOn());
      }
      if (problem == null && e.on().isAfter(tomorrow)) {
        field = "on";
        problem = Texts.text("cases.event-batch.event.future", e.on());
      }
      if (problem == null && e.type() == CaseEventType.RETURNED_FOR_SUPPLEMENTARY_INVESTIGATION) {
        Long party = partyId;
        long returns =
            events.values().stream()
                .filter(k -> k.type() == CaseEventType.RETURNED_FOR_SUPPLEMENTARY_INVESTIGATION)
                .filter(k -> k.partyId() == null || Objects.equals(k.partyId(), party))
                .count();
        if (returns >= policy.maxReturns()) {
          field = "type";
          problem = Texts.text("cases.event-batch.event.returns-exhausted", policy.maxReturns());
        }
      }
      if (problem != null) {
        errors.add(new ImportReport.RecordError(item.line(), e.caseNumber(), field, problem));
        continue;
      }
      events.put(e.eventId(), new Known(e.type(), e.on(), partyId));
      progressed.add(new CaseProgressed(c.id(), e.caseNumber(), partyId, e.type(), e.on()));
      inserts.add(
          new Object[] {
            c.id(),
            partyId,
            e.eventId(),
            e.type().name(),
            Date.valueOf(e.on()),
            e.detail(),
            actor,
            Timestamp.from(now)
          });
    }
    if (!inserts.isEmpty()) {
      jdbc.batchUpdate(
          """
          insert into case_event (case_id, party_id, upstream_event_id, event_type, occurred_on, detail, recorded_by,
                                  recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?)""",
          inserts);
    }
    return new Result(inserts.size(), unchanged, errors, progressed);
  }

  private Map<String, CaseInfo> loadCases(List<Item> items) {
    Set<String> numbers = new HashSet<>();
    items.forEach(i -> numbers.add(i.record().caseNumber()));
    Map<String, CaseInfo> map = new HashMap<>();
    named.query(
        "select id, case_number, procuratorate_id, accepted_on from criminal_case where case_number in (:n)",
        new MapSqlParameterSource("n", numbers),
        rs -> {
          Date accepted = rs.getDate("accepted_on");
          map.put(
              rs.getString("case_number"),
              new CaseInfo(
                  rs.getLong("id"),
                  rs.getLong("procuratorate_id"),
                  accepted == null ? null : accepted.toLocalDate()));
        });
    return map;
  }

  private Map<Long, Map<String, Long>> loadParties(Map<String, CaseInfo> cases) {
    Map<Long, Map<String, Long>> map = new HashMap<>();
    if (cases.isEmpty()) {
      return map;
    }
    named.query(
        "select id, case_id, party_no from case_party where case_id in (:ids)",
        new MapSqlParameterSource("ids", cases.values().stream().map(CaseInfo::id).toList()),
        rs -> {
          map.computeIfAbsent(rs.getLong("case_id"), k -> new HashMap<>())
              .put(rs.getString("party_no"), rs.getLong("id"));
        });
    return map;
  }

  private Map<Long, Map<String, Known>> loadEvents(Map<String, CaseInfo> cases) {
    Map<Long, Map<String, Known>> map = new HashMap<>();
    if (cases.isEmpty()) {
      return map;
    }
    named.query(
        "select case_id, upstream_event_id, event_type, occurred_on, party_id from case_event where case_id in (:ids)",
        new MapSqlParameterSource("ids", cases.values().stream().map(CaseInfo::id).toList()),
        rs -> {
          long party = rs.getLong("party_id");
          Long partyId = rs.wasNull() ? null : party;
          map.computeIfAbsent(rs.getLong("case_id"), k -> new HashMap<>())
              .put(
                  rs.getString("upstream_event_id"),
                  new Known(
                      CaseEventType.valueOf(rs.getString("event_type")),
                      rs.getDate("occurred_on").toLocalDate(),
                      partyId));
        });
    return map;
  }
}
