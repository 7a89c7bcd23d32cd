package org.sunshine.platform.statistics;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.sunshine.platform.organisation.StaffIdentity;

/**
 * Inspections and corrections (监督检查、整改) for other modules — today the demo; a migration of the
 * previous platform's inspection records would use it too. The same rules as the console.
 */
@Service
public class Oversight {

  private final Inspections inspections;
  private final Corrections corrections;

  Oversight(Inspections inspections, Corrections corrections) {
    this.inspections = inspections;
    this.corrections = corrections;
  }

  public List<String> checklist() {
    return inspections.checklist();
  }

  public long openInspection(StaffIdentity inspector, long unitId, int year, int half) {
    return inspections.open(inspector, unitId, year, half).id();
  }

  public void check(StaffIdentity inspector, long id, String item, String result, String note) {
    inspections.check(inspector, id, item, result, note);
  }

  public long finding(StaffIdentity inspector, long id, String text) {
    return inspections.finding(inspector, id, text);
  }

  /** A correction the inspection requires; {@code documentNumber} may be null. */
  public long requireCorrection(
      StaffIdentity inspector,
      long id,
      Long findingId,
      long unitId,
      String requirement,
      LocalDate dueOn,
      String documentNumber) {
    return inspections.requireCorrection(
        inspector,
        id,
        findingId,
        new Corrections.Order(unitId, requirement, dueOn, documentNumber));
  }

  public void complete(StaffIdentity inspector, long id, String summary) {
    inspections.complete(inspector, id, summary);
  }

  /** An upper unit orders a correction in a unit below it; {@code documentNumber} may be null. */
  public long order(
      StaffIdentity staff,
      long unitId,
      String requirement,
      LocalDate dueOn,
      String documentNumber) {
    return corrections.order(
        staff, new Corrections.Order(unitId, requirement, dueOn, documentNumber));
  }

  public void report(StaffIdentity caseManagement, long correctionId, String note) {
    corrections.report(caseManagement, correctionId, note);
  }

  public void confirm(StaffIdentity staff, long correctionId, boolean accept, String note) {
    corrections.confirm(staff, correctionId, accept, note);
  }
}
