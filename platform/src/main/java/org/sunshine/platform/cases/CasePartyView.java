package org.sunshine.platform.cases;

/**
 * One party of a case as another module shows it beside what it keeps about the party (an access
 * grant): the case's number, handling unit and revision, and the party's name.
 *
 * @param unitId the procuratorate handling the case; null on a public node, whose replica of the
 *     party's disclosure names no unit
 * @param revision the case's revision (V7) when read, for {@link Cases#disclosure(long, long,
 *     long)}
 */
public record CasePartyView(
    long caseId, long partyId, String caseNumber, String partyName, Long unitId, long revision) {

  public Key key() {
    return new Key(caseId, partyId);
  }

  /** A party of a case, by ids: how other modules refer to it. */
  public record Key(long caseId, long partyId) {}
}
