package org.sunshine.platform.cases;

import java.time.LocalDate;
import java.util.List;

/**
 * One party's procedural record: their events, compulsory measures, deadline and screening results.
 */
public record PartyRecord(
    long id,
    String partyNo,
    String name,
    PartyRole role,
    String idNumber,
    LocalDate birthDate,
    String nationality,
    String officialRank,
    LocalDate offenceOn,
    List<EventView> events,
    List<MeasureView> measures,
    Deadline deadline,
    List<ScreeningFinding> screening) {

  /** Not disclosed while any screening finding stands without an approved override. */
  public boolean disclosable() {
    return screening.stream().allMatch(ScreeningFinding::overridden);
  }
}
