package org.sunshine.platform.statistics;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunshine.platform.audit.AuditLog;
import org.sunshine.platform.audit.Channel;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.Role;
import org.sunshine.platform.organisation.StaffIdentity;
import org.sunshine.platform.texts.BadInput;
import org.sunshine.platform.texts.Forbidden;
import org.sunshine.platform.texts.Texts;

/**
 * 监督检查 (seed 001: 检务督察部门每六个月检查一次并形成报告): the inspector role of a unit opens the half-yearly
 * inspection of a unit in its data scope (its own, or one below it — never one above or beside it),
 * answers the checklist from the settings, records findings and the corrections they require (each
 * with a due date and a responsible unit at or below the inspected one), and completes it with a
 * conclusion; the report is then printable as PDF.
 */
@Service
class Inspections {

  private static final Set<Role> READERS =
      Set.of(
          Role.INSPECTOR,
          Role.CASE_MANAGEMENT,
          Role.DEPUTY_CHIEF,
          Role.CHIEF_PROCURATOR,
          Role.DEPARTMENT_HEAD);

  private final InspectionRows rows;
  private final Corrections corrections;
  private final Directory directory;
  private final AuditLog audit;
  private final Clock clock;
  private final List<String> checklist;

  Inspections(
      InspectionRows rows,
      Corrections corrections,
      Directory directory,
      AuditLog audit,
      Clock clock,
      @Value(
              "${sunshine.statistics.inspection-checklist:PLAN_AND_REPORT,DOCUMENTS_ON_TIME,"
                  + "REDACTION,RELEASES,APPLICATIONS,LAWYERS,PETITIONS,ARCHIVE}")
          List<String> checklist) {
    this.rows = rows;
    this.corrections = corrections;
    this.directory = directory;
    this.audit = audit;
    this.clock = clock;
    this.checklist = List.copyOf(checklist);
  }

  List<String> checklist() {
    return checklist;
  }

  /** Opens (or returns) the inspection of a unit's half-year. */
  @Transactional
  public Inspection open(StaffIdentity me, long unitId, int year, int half) {
    requireInspector(me);
    if (!directory.unitsVisibleTo(me).contains(unitId)) {
      throw new AccessDeniedException("unit " + unitId + " is outside the inspector's scope");
    }
    if (half != 1 && half != 2) {
      throw BadInput.at("half", "statistics.inspections.half.required");
    }
    int thisYear = LocalDate.now(clock).getYear();
    if (year < thisYear - 5 || year > thisYear) {
      throw BadInput.at("year", "statistics.inspections.year.invalid");
    }
    long id =
        rows.insert(unitId, me.unitId(), year, half, me.username(), clock.instant())
            .orElseGet(() -> existing(unitId, year, half));
    audit.record(
        me.username(),
        me.unitId(),
        "OPEN_INSPECTION",
        "Inspection",
        String.valueOf(id),
        "unit " + unitId + " " + year + "-H" + half,
        Channel.CONSOLE);
    return rows.find(id).orElseThrow();
  }

  private long existing(long unitId, int year, int half) {
    return rows.of(Set.of(unitId), -1).stream()
        .filter(i -> i.year() == year && i.half() == half)
        .findFirst()
        .orElseThrow()
        .id();
  }

  @Transactional
  public void check(StaffIdentity me, long id, String item, String result, String note) {
    Inspection i = recording(me, id);
    if (!checklist.contains(item)) {
      throw BadInput.at("item", "statistics.inspections.item.unknown");
    }
    if (!Set.of("PASS", "FAIL", "NOT_APPLICABLE").contains(result)) {
      throw BadInput.at("result", "statistics.inspections.result.required");
    }
    if ("FAIL".equals(result) && (note == null || note.isBlank())) {
      throw BadInput.at("note", "statistics.inspections.note.required");
    }
    rows.check(
        i.id(), item, result, note == null ? null : note.strip(), me.username(), clock.instant());
  }

  @Transactional
  public long finding(StaffIdentity me, long id, String text) {
    Inspection i = recording(me, id);
    return rows.finding(
        i.id(),
        Correction.required(text, "text: " + Texts.text("statistics.inspections.finding.required")),
        me.username(),
        clock.instant());
  }

  /** A correction the inspection requires, of the inspected unit or a unit below it. */
  @Transactional
  public long requireCorrection(
      StaffIdentity me, long id, Long findingId, Corrections.Order order) {
    Inspection i = recording(me, id);
    if (!directory.selfAndDescendants(i.unitId()).contains(order.unitId())
        || !directory.unitsVisibleTo(me).contains(order.unitId())) {
      throw BadInput.at("unitId", "statistics.inspections.unit.not-below");
    }
    if (findingId != null && rows.findings(i.id()).stream().noneMatch(f -> f.id() == findingId)) {
      throw BadInput.at("findingId", "statistics.inspections.finding.not-this");
    }
    return corrections.create(me, i.id(), findingId, order);
  }

  @Transactional
  public Inspection complete(StaffIdentity me, long id, String summary) {
    Inspection i = recording(me, id);
    Inspection done =
        i.complete(checklist, rows.checks(id), me.username(), summary, clock.instant());
    rows.complete(done);
    audit.record(
        me.username(),
        me.unitId(),
        "COMPLETE_INSPECTION",
        "Inspection",
        String.valueOf(id),
        i.period(),
        Channel.CONSOLE);
    return done;
  }

  /** An inspection as its inspecting unit or a reader of the inspected unit may see it. */
  Inspection readable(StaffIdentity me, long id) {
    requireReader(me);
    Inspection i = rows.find(id).orElseThrow(() -> new NoSuchElementException("inspection"));
    if (me.unitId() != i.inspectorUnitId() && !directory.unitsVisibleTo(me).contains(i.unitId())) {
      throw new NoSuchElementException("inspection " + id);
    }
    return i;
  }

  List<Inspection> visibleTo(StaffIdentity me) {
    requireReader(me);
    return rows.of(directory.unitsVisibleTo(me), me.unitId());
  }

  /** Only the inspecting unit's inspectors record, and only until the inspection is completed. */
  private Inspection recording(StaffIdentity me, long id) {
    requireInspector(me);
    Inspection i = readable(me, id);
    if (i.inspectorUnitId() != me.unitId()) {
      throw new AccessDeniedException("only the inspecting unit records this inspection");
    }
    i.requireRecording();
    return i;
  }

  /** Inspections are read by 督察, 案管 and the unit's leaders (as the figures are). */
  static void requireReader(StaffIdentity me) {
    if (READERS.stream().noneMatch(me::hasRole)) {
      throw Forbidden.of("statistics.inspections.read.forbidden");
    }
  }

  private static void requireInspector(StaffIdentity me) {
    if (!me.hasRole(Role.INSPECTOR)) {
      throw Forbidden.of("statistics.inspections.record.forbidden");
    }
  }
}
