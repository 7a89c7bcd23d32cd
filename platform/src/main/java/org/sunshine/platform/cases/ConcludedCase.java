package org.sunshine.platform.cases;

import java.time.LocalDate;
import java.util.List;

/**
 * A case whose records all concluded (审结), with the people the case record can reach: what the
 * satisfaction survey needs to choose whom to ask, and nothing more (no names, no identity
 * numbers).
 *
 * @param concludedOn the day its last record concluded
 * @param caseTeam the 办案组 handling it, as the case record names it (the department is found from
 *     it)
 */
public record ConcludedCase(
    long caseId,
    String caseNumber,
    long unitId,
    String caseTeam,
    LocalDate concludedOn,
    List<Participant> participants) {

  public ConcludedCase {
    participants = List.copyOf(participants);
  }

  /**
   * One party or participant of the case.
   *
   * @param mobile the mobile number on the case record; null when there is none
   * @param birthDate null when the record has none
   * @param reporter a 举报人, whatever the role
   * @param keyWitness a witness the record marks as key (关键证人)
   */
  public record Participant(
      long partyId,
      PartyRole role,
      String mobile,
      LocalDate birthDate,
      boolean reporter,
      boolean keyWitness) {}
}
