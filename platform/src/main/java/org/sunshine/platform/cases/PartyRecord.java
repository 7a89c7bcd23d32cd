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

  /**
   * What the person is called now: a 犯罪嫌疑人 becomes 被告人 once prosecuted (提起公诉) and 被不起诉人 once not
   * prosecuted; the record keeps the role the case was opened with.
   */
  public PartyRole roleNow() {
    if (role != PartyRole.SUSPECT) {
      return role;
    }
    if (events.stream().anyMatch(e -> e.type() == CaseEventType.PROSECUTED)) {
      return PartyRole.DEFENDANT;
    }
    if (events.stream().anyMatch(e -> e.type() == CaseEventType.NOT_PROSECUTED)) {
      return PartyRole.NON_PROSECUTED_PERSON;
    }
    return role;
  }

  /** Not disclosed while any screening finding stands without an approved override. */
  public boolean disclosable() {
    return screening.stream().allMatch(ScreeningFinding::overridden);
  }
}
