package org.sunshine.platform.cases;

import java.util.List;

/**
 * Enough of a case to bind an application to it: its unit, type and parties (no personal data
 * beyond names).
 */
public record CaseRef(
    long caseId, String caseNumber, long unitId, CaseType caseType, List<PartyRef> parties) {

  /** A party of the case by id, name and role. */
  public record PartyRef(long id, String name, PartyRole role) {}
}
