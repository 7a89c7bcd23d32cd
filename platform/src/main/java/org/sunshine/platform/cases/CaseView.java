package org.sunshine.platform.cases;

import java.time.LocalDate;
import java.util.List;

/** A case as staff see it: its data and one procedural record per party. */
public record CaseView(
    long id,
    String caseNumber,
    long unitId,
    String unitName,
    CaseType caseType,
    String charge,
    String caseTeam,
    String procurator,
    LocalDate acceptedOn,
    boolean secret,
    boolean complex,
    long upstreamVersion,
    List<PartyRecord> parties,
    List<EventView> caseEvents) {

  /** The accused's records, which carry deadlines and screening. */
  public List<PartyRecord> accused() {
    return parties.stream().filter(p -> p.role().accused()).toList();
  }

  public boolean overdue() {
    return accused().stream().anyMatch(p -> p.deadline().overdue());
  }
}
